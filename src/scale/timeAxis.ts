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
/** With compression, the share of the axis (breaks aside) handed out by events rather than by time: busy weeks widen. @default 0.5 */
export const EVENT_SHARE = 0.5;
/** Each event widens the axis over this much time on either side of it (so a day's events share a day's room). @default half a day */
export const EVENT_REACH_MS = DAY_MS / 2;
/** With compression, the share of the axis (breaks aside) an opening view gets, at least. @default 0.75 */
export const FOCUS_SHARE = 0.75;

/** One stretch of the axis between breaks: time maps onto pixels monotonically (piecewise linearly) within it. */
export interface AxisSegment {
  domain: [number, number];
  range: [number, number];
}

/** A compressed quiet period as drawn: its times and its pixels. */
export interface AxisBreak extends Gap {
  x0: number;
  x1: number;
}

/** The axis of a track: a piecewise-linear d3 scale of time, its stretches between breaks, and its breaks. */
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
  /** Compress quiet periods into breaks and widen busy weeks; false draws the true linear axis. @default true */
  compress?: boolean | undefined;
  /** How many times the axis is zoomed in (1 = the whole story): gaps are judged against the visible span. @default 1 */
  zoom?: number | undefined;
  /** Empty space at each end, in pixels. @default 24 */
  inset?: number | undefined;
  /** The story's opening view: with compression, this span gets at least `FOCUS_SHARE` of the axis. */
  focus?: TimeExtent | undefined;
  /** Pieces of the axis narrower than this share one linear stretch, so no time moves by more than it. @default MIN_KNOT_PX */
  minKnotPx?: number | undefined;
}

/** Pieces shorter than this on the axis are merged with their neighbours (a knot per event would make the scale as long as the story). @default 0.5 */
export const MIN_KNOT_PX = 0.5;

/**
 * The stretches between the knots of the axis, before they are turned into pixels, as parallel
 * typed arrays (a story of 100,000 events has 200,000 of them).
 */
interface Pieces {
  count: number;
  from: Float64Array;
  to: Float64Array;
  /** A compressed quiet period: a break of fixed width. */
  isBreak: Uint8Array;
  /** Events whose reach covers the piece. */
  active: Float64Array;
  isFocus: Uint8Array;
}

/**
 * Builds the story's axis as one d3 `scaleLinear` over UTC milliseconds with a polylinear domain.
 * Without compression it is the true linear axis. With it:
 * - each quiet period longer than `GAP_THRESHOLD` of the visible span becomes a break
 *   `BREAK_WIDTH_PX` wide, labelled with its length;
 * - half the remaining width (`EVENT_SHARE`) goes to time, half to events: each event widens the
 *   `EVENT_REACH_MS` around it by the same amount, so a week with six events gets room for six
 *   labels while the order of everything, and every date under its tick, stays true;
 * - an opening view (`focus`) gets at least `FOCUS_SHARE` of the width, its surroundings the rest.
 */
export function createTimeAxis(events: readonly { time: number; endTime: number }[], options: TimeAxisOptions): TimeAxis {
  const steps = stepTimeAxis(events, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `createTimeAxis` in steps: it pauses once the quiet periods are found and once the time is cut
 * into pieces, so a caller may give the page a turn (at 100,000 events each part takes a while).
 */
export function* stepTimeAxis(events: readonly { time: number; endTime: number }[], options: TimeAxisOptions): Generator<void, TimeAxis> {
  const inset = options.inset ?? DEFAULT_AXIS_INSET_PX;
  const { width } = options;
  const extent = getTimeExtent(events);
  const span = extent.end - extent.start;
  const zoom = Math.max(1, options.zoom ?? 1);
  const axisWidth = Math.max(1, width - 2 * inset);
  if (options.compress === false) {
    const pad = span * DEFAULT_DOMAIN_PADDING;
    const domain: [number, number] = [extent.start - pad, extent.end + pad];
    const range: [number, number] = [inset, inset + axisWidth];
    return { scale: scaleLinear().domain(domain).range(range), segments: [{ domain, range }], breaks: [], width, inset };
  }
  let gaps = findGaps(events, (GAP_THRESHOLD * span) / zoom);
  // Keep the longest gaps that leave time at least MIN_TIME_SHARE of the axis.
  const maxBreaks = Math.floor((axisWidth * (1 - MIN_TIME_SHARE)) / BREAK_WIDTH_PX);
  if (gaps.length > maxBreaks) {
    const kept = new Set([...gaps].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, maxBreaks));
    gaps = gaps.filter((gap) => kept.has(gap));
  }
  yield;
  const busy = span - gaps.reduce((total, gap) => total + gap.end - gap.start, 0);
  // Padding from the span when the gaps take nearly all of it (instants separated by breaks).
  const pad = Math.max(busy, span * 0.1) * DEFAULT_DOMAIN_PADDING;
  const start = extent.start - pad;
  const end = extent.end + pad;
  const pieces = cutPieces(events, gaps, start, end, options.focus);
  yield;
  const timePx = axisWidth - gaps.length * BREAK_WIDTH_PX;
  const pxOf = weighPieces(pieces, timePx);
  const minKnotPx = options.minKnotPx ?? MIN_KNOT_PX;
  const domain: number[] = [start];
  const range: number[] = [inset];
  const breaks: AxisBreak[] = [];
  const segments: AxisSegment[] = [];
  let x = inset;
  let segmentStart = { time: start, x: inset };
  for (let index = 0; index < pieces.count; index += 1) {
    const from = pieces.from[index] ?? start;
    const to = pieces.to[index] ?? end;
    const px = pxOf[index] ?? 0;
    const isBreak = pieces.isBreak[index] === 1;
    const lastX = range[range.length - 1] ?? inset;
    // Runs of pieces narrower than minKnotPx share one linear stretch (no time moves by more
    // than that); breaks, the focus's edges and every wider piece keep their own knots.
    if (domain[domain.length - 1] !== from && (isBreak || x + px - lastX > minKnotPx || pieces.isFocus[index] !== pieces.isFocus[index - 1])) {
      domain.push(from);
      range.push(x);
    }
    const x0 = x;
    x += px;
    const isLast = index === pieces.count - 1;
    if (isBreak || isLast || pieces.isBreak[index + 1] === 1 || x - (range[range.length - 1] ?? inset) > minKnotPx) {
      domain.push(to);
      range.push(x);
    }
    if (!isBreak) continue;
    breaks.push({ start: from, end: to, x0, x1: x });
    segments.push({ domain: [segmentStart.time, from], range: [segmentStart.x, x0] });
    segmentStart = { time: to, x };
  }
  segments.push({ domain: [segmentStart.time, end], range: [segmentStart.x, inset + axisWidth] });
  return { scale: scaleLinear().domain(domain).range(range), segments, breaks, width, inset };
}

/**
 * The sorted times of `count` values of `at` (typed arrays sort numbers natively, much faster than
 * with a comparator). Times already in order (a story's events are sorted by time) are not sorted again.
 */
function sortedTimes(count: number, at: (index: number) => number): Float64Array {
  const times = new Float64Array(count);
  let isSorted = true;
  let previous = -Infinity;
  for (let index = 0; index < count; index += 1) {
    const time = at(index);
    times[index] = time;
    if (time < previous) isSorted = false;
    previous = time;
  }
  return isSorted ? times : times.sort();
}

/** Two sorted arrays as one, in order: a linear merge rather than a sort of both. */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const merged = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x <= y) {
      merged[k] = x;
      i += 1;
    } else {
      merged[k] = y;
      j += 1;
    }
    k += 1;
  }
  merged.set(a.subarray(i), k);
  merged.set(b.subarray(j), k + a.length - i);
  return merged;
}

/** Cuts [start, end] at the gaps, the focus and the edges of every event's reach (none inside a gap). */
function cutPieces(events: readonly { time: number; endTime: number }[], gaps: readonly Gap[], start: number, end: number, focus: TimeExtent | undefined): Pieces {
  const clamp = (time: number): number => Math.min(end, Math.max(start, time));
  const count = events.length;
  const reachStarts = sortedTimes(count, (index) => clamp((events[index]?.time ?? start) - EVENT_REACH_MS));
  const reachEnds = sortedTimes(count, (index) => clamp((events[index]?.endTime ?? end) + EVENT_REACH_MS));
  const hasFocus = focus !== undefined && focus.end > start && focus.start < end && (focus.start > start || focus.end < end);
  const extra = [start, end, ...gaps.flatMap((gap) => [gap.start, gap.end]), ...(hasFocus ? [clamp(focus.start), clamp(focus.end)] : [])];
  const knots = mergeSorted(mergeSorted(reachStarts, reachEnds), Float64Array.from(extra).sort());
  const size = knots.length;
  const pieces: Pieces = { count: 0, from: new Float64Array(size), to: new Float64Array(size), isBreak: new Uint8Array(size), active: new Float64Array(size), isFocus: new Uint8Array(size) };
  let gapIndex = 0;
  let startsBefore = 0;
  let endsBefore = 0;
  let from = start;
  for (const knot of knots) {
    if (knot <= from) continue;
    // Knots strictly inside a gap are dropped: a gap is one break.
    while (gapIndex < gaps.length && (gaps[gapIndex]?.end ?? Infinity) < knot) gapIndex += 1;
    const gap = gaps[gapIndex];
    if (gap && knot > gap.start && knot < gap.end) continue;
    const middle = (from + knot) / 2;
    while (startsBefore < count && (reachStarts[startsBefore] ?? Infinity) <= middle) startsBefore += 1;
    while (endsBefore < count && (reachEnds[endsBefore] ?? Infinity) <= middle) endsBefore += 1;
    const index = pieces.count;
    pieces.from[index] = from;
    pieces.to[index] = knot;
    pieces.isBreak[index] = gap !== undefined && from === gap.start && knot === gap.end ? 1 : 0;
    pieces.active[index] = startsBefore - endsBefore;
    pieces.isFocus[index] = hasFocus && middle > focus.start && middle < focus.end ? 1 : 0;
    pieces.count += 1;
    from = knot;
  }
  return pieces;
}

/** Pixels per piece: breaks `BREAK_WIDTH_PX`; the rest share `timePx` by time and by events, the focus first. */
function weighPieces(pieces: Pieces, timePx: number): Float64Array {
  let time = 0;
  let reach = 0;
  for (let index = 0; index < pieces.count; index += 1) {
    if (pieces.isBreak[index] === 1) continue;
    const length = (pieces.to[index] ?? 0) - (pieces.from[index] ?? 0);
    time += length;
    reach += length * (pieces.active[index] ?? 0);
  }
  const eventShare = reach > 0 ? EVENT_SHARE : 0;
  const weights = new Float64Array(pieces.count);
  let inFocus = 0;
  let outside = 0;
  for (let index = 0; index < pieces.count; index += 1) {
    if (pieces.isBreak[index] === 1) continue;
    const length = (pieces.to[index] ?? 0) - (pieces.from[index] ?? 0);
    const weight = (1 - eventShare) * (time > 0 ? length / time : 0) + (reach > 0 ? (eventShare * length * (pieces.active[index] ?? 0)) / reach : 0);
    weights[index] = weight;
    if (pieces.isFocus[index] === 1) inFocus += weight;
    else outside += weight;
  }
  // A focus and something around it: the focus gets FOCUS_SHARE at least, each side in proportion within.
  const hasFocus = inFocus > 0 && outside > 0;
  const focusShare = hasFocus ? Math.max(FOCUS_SHARE, inFocus / (inFocus + outside)) : 0;
  const px = new Float64Array(pieces.count);
  for (let index = 0; index < pieces.count; index += 1) {
    const weight = weights[index] ?? 0;
    if (pieces.isBreak[index] === 1) px[index] = BREAK_WIDTH_PX;
    else if (!hasFocus) px[index] = timePx * weight;
    else px[index] = timePx * (pieces.isFocus[index] === 1 ? (weight / inFocus) * focusShare : (weight / outside) * (1 - focusShare));
  }
  return px;
}
