import { useMemo } from 'react';
import { computeTimelineLayout, type TimelineLayoutOptions, type TimelineLayoutResult } from '../layout/trackLayout';

export { LABEL_FONT_PX, TICK_FONT_PX } from '../layout/trackLayout';
export type { TimelineLayoutOptions, TimelineLayoutResult } from '../layout/trackLayout';

/**
 * The layout of a track at `width` × zoom (see `computeTimelineLayout`). Positions are fractions of
 * the axis, and a layout free of overlaps at one width stays free of them at any wider one
 * (distances grow, boxes keep their size): each of the `TRACK_WIDTHS` serves containers from its
 * width up to the next one.
 */
export function useTimelineLayout({ events, locale, zoom = 1, compress = true, width, focus, direction }: TimelineLayoutOptions): TimelineLayoutResult {
  return useMemo(() => computeTimelineLayout({ events, locale, zoom, compress, width, focus, direction }), [events, locale, zoom, compress, width, focus, direction]);
}
