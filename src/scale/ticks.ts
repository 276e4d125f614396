import type { ScaleTime } from 'd3-scale';
import { estimateTextWidth } from '../layout/textWidth';
import { formatTicks } from './tickFormat';

/** Least room a tick label needs, in pixels. @default 96 */
export const MIN_TICK_SPACING_PX = 96;
/** Gap kept between neighbouring tick labels, in pixels. @default 12 */
export const TICK_LABEL_GAP_PX = 12;

/** One axis tick: where it is and what it says. */
export interface Tick {
  time: number;
  /** Position in pixels at the scale's width. */
  x: number;
  /** Position as a share of the scale's range: the same at any width. */
  fraction: number;
  label: string;
}

/**
 * Ticks for the axis: d3-time picks the interval for about one tick per `MIN_TICK_SPACING_PX`,
 * Intl labels them, and labels that would touch a neighbour are dropped.
 */
export function getTicks(scale: ScaleTime<number, number>, locale: string, fontSizePx: number): Tick[] {
  const [left = 0, right = 0] = scale.range();
  const count = Math.max(2, Math.floor((right - left) / MIN_TICK_SPACING_PX));
  const dates = scale.ticks(count);
  const labels = formatTicks(dates, locale);
  const ticks: Tick[] = [];
  let lastEnd = -Infinity;
  dates.forEach((date, index) => {
    const label = labels[index] ?? '';
    const x = scale(date);
    const half = estimateTextWidth(label, fontSizePx) / 2;
    if (x - half < lastEnd + TICK_LABEL_GAP_PX || x - half < 0 || x + half > right + left) return;
    lastEnd = x + half;
    ticks.push({ time: date.getTime(), x, fraction: (x - left) / (right - left || 1), label });
  });
  return ticks;
}
