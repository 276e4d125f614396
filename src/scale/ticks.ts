import { scaleLinear } from 'd3-scale';
import { utcTicks } from 'd3-time';
import { getAxisYear, getYearStart, isDateTime, MEAN_YEAR_MS } from '../data/civilDate';
import { estimateTextWidth } from './textWidth';
import { formatDuration } from './durations';
import type { TimeAxis } from './timeAxis';
import { formatTickTimes } from './tickFormat';

/** Least room a tick label needs, in pixels. @default 96 */
export const MIN_TICK_SPACING_PX = 96;
/** Gap kept between neighbouring tick labels, in pixels. @default 12 */
export const TICK_LABEL_GAP_PX = 12;
/** Font size of a break's label, in pixels (quoteline.css `.ql-break-label`). @default 11 */
export const BREAK_LABEL_FONT_PX = 11;

/** Longest stretch of the axis, in years, ticked by d3-time; longer ones are ticked by year numbers. @default 1000 */
export const MAX_CALENDAR_TICK_YEARS = 1000;

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
  /** False when the label would touch the label of a longer break: the break is drawn without it. */
  isLabelShown: boolean;
}

/** A stretch of the axis, in pixels. */
interface Span {
  start: number;
  end: number;
}

/** True when two stretches come closer than `TICK_LABEL_GAP_PX`. */
function isNear(a: Span, b: Span): boolean {
  return a.start < b.end + TICK_LABEL_GAP_PX && a.end > b.start - TICK_LABEL_GAP_PX;
}

/** Where a break's label is drawn: centred under the break, and often wider ("8.2 billion years"). */
function getBreakLabelSpan(mark: Pick<BreakMark, 'x0' | 'x1' | 'label'>): Span {
  const half = estimateTextWidth(mark.label, BREAK_LABEL_FONT_PX) / 2;
  const centre = (mark.x0 + mark.x1) / 2;
  return { start: centre - half, end: centre + half };
}

/**
 * About `count` tick times within [start, end] (axis ms): d3-time's calendar ticks for a stretch
 * Date holds that is shorter than `MAX_CALENDAR_TICK_YEARS`; otherwise the starts of round years,
 * chosen as numbers by d3-scale's linear ticks (Date cannot hold 13.8 billion years ago).
 */
export function getTickTimes(start: number, end: number, count: number): number[] {
  const isCalendar = isDateTime(start) && isDateTime(end) && end - start <= MAX_CALENDAR_TICK_YEARS * MEAN_YEAR_MS;
  const times = isCalendar
    ? utcTicks(new Date(start), new Date(end), count).map((date) => date.getTime())
    : scaleLinear()
        .domain([getAxisYear(start), getAxisYear(end) + 1])
        .ticks(count)
        .filter((year) => Number.isInteger(year))
        .map(getYearStart);
  return times.filter((time) => time >= start && time <= end);
}

/**
 * Ticks for the axis: within each straight segment d3-time picks the interval (years → months →
 * weeks → days → hours) for about one tick per `MIN_TICK_SPACING_PX` (over millennia, or beyond
 * Date's range, round years: `getTickTimes`); Intl labels them all with one granularity, in UTC
 * (civil time); labels that would touch a neighbour, a break or a break's label are dropped.
 */
export function getTicks(axis: TimeAxis, locale: string, fontSizePx: number): Tick[] {
  const { width } = axis;
  const times: number[] = [];
  for (const segment of axis.segments) {
    const [x0, x1] = segment.range;
    const count = Math.floor((x1 - x0) / MIN_TICK_SPACING_PX);
    if (count < 1) continue;
    const [start, end] = segment.domain;
    times.push(...getTickTimes(start, end, count));
  }
  const labels = formatTickTimes(times, locale);
  const occupied = getBreakMarks(axis, locale).flatMap((mark) => [{ start: mark.x0, end: mark.x1 }, ...(mark.isLabelShown ? [getBreakLabelSpan(mark)] : [])]);
  const ticks: Tick[] = [];
  let lastEnd = -Infinity;
  times.forEach((time, index) => {
    const label = labels[index] ?? '';
    const x = axis.scale(time);
    const half = estimateTextWidth(label, fontSizePx) / 2;
    const start = x - half;
    const end = x + half;
    if (start < lastEnd + TICK_LABEL_GAP_PX || start < 0 || end > width) return;
    if (occupied.some((span) => isNear({ start, end }, span))) return;
    lastEnd = end;
    ticks.push({ time, x, label });
  });
  return ticks;
}

/**
 * The breaks of an axis, ready to draw, with their lengths in words; where two labels would touch
 * (breaks a few pixels apart), the longer break keeps its label.
 */
export function getBreakMarks(axis: TimeAxis, locale: string): BreakMark[] {
  const marks = axis.breaks.map((mark) => ({ start: mark.start, end: mark.end, x0: mark.x0, x1: mark.x1, label: formatDuration(mark.end - mark.start, locale) }));
  const longestFirst = [...marks].sort((a, b) => b.end - b.start - (a.end - a.start));
  const shown: Span[] = [];
  const withLabel = new Set<(typeof marks)[number]>();
  for (const mark of longestFirst) {
    const span = getBreakLabelSpan(mark);
    if (shown.some((other) => isNear(span, other))) continue;
    shown.push(span);
    withLabel.add(mark);
  }
  return marks.map((mark) => ({ ...mark, isLabelShown: withLabel.has(mark) }));
}
