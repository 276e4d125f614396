import { useMemo } from 'react';
import { computeTimelineLayout, type TimelineLayoutOptions, type TimelineLayoutResult } from '../layout/trackLayout';

export { LABEL_FONT_PX, TICK_FONT_PX } from '../layout/trackLayout';
export type { TimelineLayoutOptions, TimelineLayoutResult } from '../layout/trackLayout';

/**
 * The layout of a track, at its least width (`MIN_TRACK_WIDTH_PX` × zoom). Positions are fractions
 * of the axis, and a layout free of overlaps at one width stays free of them at any wider one
 * (distances grow, boxes keep their size), so the same markup fits every screen: the server and the
 * browser render identical HTML and hydration moves nothing.
 */
export function useTimelineLayout({ events, locale, zoom = 1, compress = true }: TimelineLayoutOptions): TimelineLayoutResult {
  return useMemo(() => computeTimelineLayout({ events, locale, zoom, compress }), [events, locale, zoom, compress]);
}
