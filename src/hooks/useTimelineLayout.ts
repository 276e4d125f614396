import { useMemo } from 'react';
import type { TimelineEvent } from '../data/types';
import { getTrackWidth, layoutTimeline, type TimelineLayout } from '../layout/layoutTimeline';
import { createTimeScale, getTimeExtent } from '../scale/timeScale';
import { getTicks, type Tick } from '../scale/ticks';

/** Label font size on the track, in pixels. @default 13 */
export const LABEL_FONT_PX = 13;
/** Tick label font size, in pixels. @default 12 */
export const TICK_FONT_PX = 12;

export interface TimelineLayoutOptions {
  events: readonly TimelineEvent[];
  /** Width available to the track, in pixels. */
  availableWidth: number;
  locale: string;
  /** Measures label text. @default estimateTextWidth */
  measureText?: ((text: string, fontSizePx: number) => number) | undefined;
}

export interface TimelineLayoutResult {
  /** Width the track is laid out at, in pixels (at least `MIN_TRACK_WIDTH_PX`). */
  width: number;
  layout: TimelineLayout;
  ticks: Tick[];
  /** x of the axis' two ends, in pixels. */
  axisRange: [number, number];
}

/** Computes the scale, ticks and lane layout of a track; recomputed only when inputs change. */
export function useTimelineLayout({ events, availableWidth, locale, measureText }: TimelineLayoutOptions): TimelineLayoutResult {
  return useMemo(() => {
    const width = getTrackWidth(availableWidth);
    const scale = createTimeScale(getTimeExtent(events), { width });
    const layout = layoutTimeline(events, {
      scale: (time) => scale(new Date(time)),
      width,
      fontSizePx: LABEL_FONT_PX,
      measureText,
    });
    const [left = 0, right = width] = scale.range();
    return { width, layout, ticks: getTicks(scale, locale, TICK_FONT_PX), axisRange: [left, right] };
  }, [events, availableWidth, locale, measureText]);
}
