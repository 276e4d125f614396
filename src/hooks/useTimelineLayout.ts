import { useMemo } from 'react';
import type { TimelineEvent } from '../data/types';
import { layoutTimeline, MIN_TRACK_WIDTH_PX, type TimelineLayout } from '../layout/layoutTimeline';
import { createTimeScale, DEFAULT_AXIS_INSET_PX, getTimeExtent } from '../scale/timeScale';
import { getTicks, type Tick } from '../scale/ticks';

/** Label font size on the track, in pixels. @default 13 */
export const LABEL_FONT_PX = 13;
/** Tick label font size, in pixels. @default 12 */
export const TICK_FONT_PX = 12;

export interface TimelineLayoutOptions {
  events: readonly TimelineEvent[];
  locale: string;
  /** Width the layout is computed at, in pixels. @default MIN_TRACK_WIDTH_PX */
  layoutWidth?: number | undefined;
}

export interface TimelineLayoutResult {
  /** Width the layout was computed at, in pixels: the track's least width. */
  width: number;
  /** Empty space at each end of the axis, in pixels. */
  inset: number;
  layout: TimelineLayout;
  ticks: Tick[];
}

/**
 * Computes ticks and the lane layout once per story, at the track's least width. Positions come
 * out as shares of the axis, and a layout free of overlaps at one width stays free of them at any
 * wider one (distances grow, boxes keep their size), so the same markup fits every screen: the
 * server and the browser render identical HTML and hydration moves nothing.
 */
export function useTimelineLayout({ events, locale, layoutWidth = MIN_TRACK_WIDTH_PX }: TimelineLayoutOptions): TimelineLayoutResult {
  return useMemo(() => {
    const inset = DEFAULT_AXIS_INSET_PX;
    const scale = createTimeScale(getTimeExtent(events), { width: layoutWidth, inset });
    const [start = inset, end = layoutWidth - inset] = scale.range();
    const layout = layoutTimeline(events, {
      scale: (time) => scale(new Date(time)),
      width: layoutWidth,
      axisRange: [start, end],
      fontSizePx: LABEL_FONT_PX,
    });
    return { width: layoutWidth, inset, layout, ticks: getTicks(scale, locale, TICK_FONT_PX) };
  }, [events, locale, layoutWidth]);
}
