import { utcTicks } from 'd3-time';
import { estimateTextWidth } from './textWidth';
import { formatDuration } from './durations';
import type { TimeAxis } from './timeAxis';
import { formatTicks } from './tickFormat';

/** Least room a tick label needs, in pixels. @default 96 */
export const MIN_TICK_SPACING_PX = 96;
/** Gap kept between neighbouring tick labels, in pixels. @default 12 */
export const TICK_LABEL_GAP_PX = 12;

/** One axis tick: where it is and what it says. */
export interface Tick {
  time: number;
  /** Position in pixels at the axis' width. */
  x: number;
  label: string;
}

/** A drawn break: a compressed quiet period, where it is drawn and its length in words ("7 months"). */
export interface BreakMark {
  start: number;
  end: number;
  /** Left and right edges in pixels at the axis' width. */
  x0: number;
  x1: number;
  label: string;
}

/**
 * Ticks for the axis: within each straight segment d3-time picks the interval (years → months →
 * weeks → days → hours) for about one tick per `MIN_TICK_SPACING_PX`; Intl labels them all with
 * one granularity, in UTC (civil time); labels that would touch a neighbour or a break are dropped.
 */
export function getTicks(axis: TimeAxis, locale: string, fontSizePx: number): Tick[] {
  const { width } = axis;
  const dates: Date[] = [];
  for (const segment of axis.segments) {
    const [x0, x1] = segment.range;
    const count = Math.floor((x1 - x0) / MIN_TICK_SPACING_PX);
    if (count < 1) continue;
    const [start, end] = segment.domain;
    dates.push(...utcTicks(new Date(start), new Date(end), count).filter((date) => date.getTime() >= start && date.getTime() <= end));
  }
  const labels = formatTicks(dates, locale);
  const occupied = axis.breaks.map((mark) => ({ start: mark.x0, end: mark.x1 }));
  const ticks: Tick[] = [];
  let lastEnd = -Infinity;
  dates.forEach((date, index) => {
    const label = labels[index] ?? '';
    const x = axis.scale(date.getTime());
    const half = estimateTextWidth(label, fontSizePx) / 2;
    const start = x - half;
    const end = x + half;
    if (start < lastEnd + TICK_LABEL_GAP_PX || start < 0 || end > width) return;
    if (occupied.some((box) => start < box.end + TICK_LABEL_GAP_PX && end > box.start - TICK_LABEL_GAP_PX)) return;
    lastEnd = end;
    ticks.push({ time: date.getTime(), x, label });
  });
  return ticks;
}

/** The breaks of an axis, ready to draw, with their lengths in words. */
export function getBreakMarks(axis: TimeAxis, locale: string): BreakMark[] {
  return axis.breaks.map((mark) => ({ start: mark.start, end: mark.end, x0: mark.x0, x1: mark.x1, label: formatDuration(mark.end - mark.start, locale) }));
}
