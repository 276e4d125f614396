import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { DAY_MS } from './durations';
import { findGaps, GAP_THRESHOLD, type Gap } from './gaps';

/** Space kept empty at each end of the axis, in pixels. @default 24 */
export const DEFAULT_AXIS_INSET_PX = 24;
/** Share of the busy time added before the first and after the last event. @default 0.02 */
export const DEFAULT_DOMAIN_PADDING = 0.02;

/** A time span on the story's axis, in ms. */
export interface TimeExtent {
  start: number;
  end: number;
}

/** The span covered by events given as `{time, endTime}`; one day around a single instant. */
export function getTimeExtent(events: readonly { time: number; endTime: number }[]): TimeExtent {
  if (events.length === 0) return { start: 0, end: DAY_MS };
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    start = Math.min(start, event.time);
    end = Math.max(end, event.endTime);
  }
  if (end - start < DAY_MS) return { start: start - DAY_MS / 2, end: end + DAY_MS / 2 };
  return { start, end };
}

/** Width of a compressed quiet period on the axis, in pixels. @default 36 */
export const BREAK_WIDTH_PX = 36;
/** Least share of the axis left to time itself when compressing (the rest is breaks). @default 0.6 */
export const MIN_TIME_SHARE = 0.6;

/** One straight stretch of the axis: time maps linearly onto pixels within it. */
export interface AxisSegment {
  domain: [number, number];
  range: [number, number];
}

/** A compressed quiet period as drawn: its times and its pixels. */
export interface AxisBreak extends Gap {
  x0: number;
  x1: number;
}

/** The axis of a track: a piecewise-linear d3 scale of time, its straight segments and its breaks. */
export interface TimeAxis {
  /** Maps an axis time (UTC ms) to x (px at `width`); `invert` maps back. */
  scale: ScaleLinear<number, number>;
  segments: AxisSegment[];
  breaks: AxisBreak[];
  width: number;
  inset: number;
}

/** Options for `createTimeAxis`. */
export interface TimeAxisOptions {
  /** Width the axis is laid out at, in pixels. */
  width: number;
  /** Compress quiet periods into breaks. @default true */
  compress?: boolean | undefined;
  /** How many times the axis is zoomed in (1 = the whole story): gaps are judged against the visible span. @default 1 */
  zoom?: number | undefined;
  /** Empty space at each end, in pixels. @default 24 */
  inset?: number | undefined;
}

/**
 * Builds the story's axis. With compression, each quiet period longer than `GAP_THRESHOLD` of the
 * visible span becomes a break `BREAK_WIDTH_PX` wide; everywhere else one common scale factor
 * holds, so distance stays proportional to time within and across segments. The result is one
 * d3 `scaleLinear` over UTC milliseconds with a polylinear domain (d3-scale's piecewise
 * interpolation); `getTicks` asks d3-time for the calendar ticks of each segment. (`scaleUtc` maps
 * the same way, but brings d3-time-format for a tick format the axis does not use: Intl labels it.)
 */
export function createTimeAxis(events: readonly { time: number; endTime: number }[], options: TimeAxisOptions): TimeAxis {
  const inset = options.inset ?? DEFAULT_AXIS_INSET_PX;
  const { width } = options;
  const extent = getTimeExtent(events);
  const span = extent.end - extent.start;
  const zoom = Math.max(1, options.zoom ?? 1);
  const axisWidth = Math.max(1, width - 2 * inset);
  let gaps = options.compress === false ? [] : findGaps(events, (GAP_THRESHOLD * span) / zoom);
  // Keep the longest gaps that leave time at least MIN_TIME_SHARE of the axis.
  const maxBreaks = Math.floor((axisWidth * (1 - MIN_TIME_SHARE)) / BREAK_WIDTH_PX);
  if (gaps.length > maxBreaks) {
    const kept = new Set([...gaps].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, maxBreaks));
    gaps = gaps.filter((gap) => kept.has(gap));
  }
  const busy = span - gaps.reduce((total, gap) => total + gap.end - gap.start, 0);
  // Padding from the span when the gaps take nearly all of it (instants separated by breaks).
  const pad = Math.max(busy, span * 0.1) * DEFAULT_DOMAIN_PADDING;
  const start = extent.start - pad;
  const end = extent.end + pad;
  const pxPerMs = (axisWidth - gaps.length * BREAK_WIDTH_PX) / (busy + 2 * pad);
  const domain: number[] = [start];
  const range: number[] = [inset];
  const breaks: AxisBreak[] = [];
  let x = inset;
  let cursor = start;
  for (const gap of gaps) {
    x += (gap.start - cursor) * pxPerMs;
    domain.push(gap.start, gap.end);
    range.push(x, x + BREAK_WIDTH_PX);
    breaks.push({ ...gap, x0: x, x1: x + BREAK_WIDTH_PX });
    x += BREAK_WIDTH_PX;
    cursor = gap.end;
  }
  domain.push(end);
  range.push(inset + axisWidth);
  const scale = scaleLinear().domain(domain).range(range);
  const segments: AxisSegment[] = [];
  for (let index = 0; index < domain.length; index += 2) {
    segments.push({ domain: [domain[index] ?? start, domain[index + 1] ?? end], range: [range[index] ?? inset, range[index + 1] ?? inset + axisWidth] });
  }
  return { scale, segments, breaks, width, inset };
}
