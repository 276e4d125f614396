import { useMemo } from 'react';
import type { TimelineEvent } from '../data/types';
import { layoutTimeline, MIN_TRACK_WIDTH_PX, type TimelineLayout } from '../layout/layoutTimeline';
import { estimateTextWidth } from '../scale/textWidth';
import { createTimeAxis, type TimeAxis } from '../scale/timeAxis';
import { getBreakMarks, getTicks, type BreakMark, type Tick } from '../scale/ticks';

/** Label font size on the track, in pixels. @default 13 */
export const LABEL_FONT_PX = 13;
/** Tick label font size, in pixels. @default 12 */
export const TICK_FONT_PX = 12;

export interface TimelineLayoutOptions {
  events: readonly TimelineEvent[];
  locale: string;
  /** How many times the track is zoomed in; 1 shows the whole story. @default 1 */
  zoom?: number | undefined;
  /** Compress quiet periods into marked breaks. @default true */
  compress?: boolean | undefined;
}

export interface TimelineLayoutResult {
  /** Width the layout was computed at, in pixels: the track's least width at this zoom. */
  width: number;
  /** Empty space at each end of the axis, in pixels. */
  inset: number;
  axis: TimeAxis;
  layout: TimelineLayout;
  ticks: Tick[];
  breaks: BreakMark[];
}

/**
 * Computes the axis, ticks, breaks and lane layout, once per story, zoom level and compression,
 * at the track's least width (`MIN_TRACK_WIDTH_PX` × zoom). Positions come out as shares of the
 * axis, and a layout free of overlaps at one width stays free of them at any wider one (distances
 * grow, boxes keep their size), so the same markup fits every screen: the server and the browser
 * render identical HTML and hydration moves nothing.
 */
export function useTimelineLayout({ events, locale, zoom = 1, compress = true }: TimelineLayoutOptions): TimelineLayoutResult {
  // Label widths do not depend on zoom: measure each label once per story (a new story, a new cache).
  const measureText = useMemo(() => {
    void events;
    const widths = new Map<string, number>();
    return (text: string, fontSizePx: number): number => {
      let width = widths.get(text);
      if (width === undefined) {
        width = estimateTextWidth(text, fontSizePx);
        widths.set(text, width);
      }
      return width;
    };
  }, [events]);
  // Zooming back and forth reuses layouts: one per zoom level, compression and language, per story.
  const cache = useMemo(() => {
    void events;
    return new Map<string, TimelineLayoutResult>();
  }, [events]);
  const cacheKey = `${zoom}|${compress}|${locale}`;
  return useMemo(() => {
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const width = Math.round(MIN_TRACK_WIDTH_PX * zoom);
    const axis = createTimeAxis(events, { width, compress, zoom });
    const [start = axis.inset, end = width - axis.inset] = axis.scale.range();
    const layout = layoutTimeline(events, {
      scale: (time) => axis.scale(new Date(time)),
      width,
      axisRange: [start, axis.scale.range().at(-1) ?? end],
      fontSizePx: LABEL_FONT_PX,
      measureText,
    });
    const result = { width, inset: axis.inset, axis, layout, ticks: getTicks(axis, locale, TICK_FONT_PX), breaks: getBreakMarks(axis, locale) };
    cache.set(cacheKey, result);
    return result;
  }, [events, locale, zoom, compress, cacheKey, measureText, cache]);
}
