import type { TimelineEvent } from '../data/types';
import { positionAxisMarks, type PositionedBreak, type PositionedTick } from './axisMarks';
import { MIN_TRACK_WIDTH_PX, stepLayoutTimeline, type TimelineLayout } from './layoutTimeline';
import { mirrorBreaks, mirrorLayout, mirrorTicks } from './mirrorTrack';
import { createTrackGeometry, type TrackDirection, type TrackGeometry } from './trackGeometry';
import { estimateTextWidth } from '../scale/textWidth';
import { EVENT_REACH_MS, stepTimeAxis, type TimeAxis, type TimeExtent } from '../scale/timeAxis';
import { spreadSameTime } from './spreadSameTime';
import { getBreakMarks, getTicks } from '../scale/ticks';

/** Label font size on the track, in pixels (`--ql-label-font` in quoteline.css). @default 13 */
export const LABEL_FONT_PX = 13;
/** Tick label font size, in pixels (`--ql-tick-font` in quoteline.css). @default 12 */
export const TICK_FONT_PX = 12;

/** Share of a day's widened room over which that day's events are spread. @default 0.8 */
export const SAME_TIME_SPREAD = 0.8;

/** Options for `useTimelineLayout`. */
export interface TimelineLayoutOptions {
  events: readonly TimelineEvent[];
  locale: string;
  /** How many times the track is zoomed in; 1 shows the whole story. @default 1 */
  zoom?: number | undefined;
  /** Compress quiet periods into marked breaks and widen busy weeks. @default true */
  compress?: boolean | undefined;
  /** Width the track has at zoom 1, in px; never less than `MIN_TRACK_WIDTH_PX`. @default MIN_TRACK_WIDTH_PX */
  width?: number | undefined;
  /** The story's opening view, which gets most of the axis (see `createTimeAxis`). */
  focus?: TimeExtent | undefined;
  /** Which way time runs: 'rtl' (right-to-left languages) puts the earliest event at the right. @default 'ltr' */
  direction?: TrackDirection | undefined;
}

/** The track's geometry and what sits on it. */
export interface TimelineLayoutResult {
  /** Time ↔ fraction ↔ px: the one way to convert between them. */
  geometry: TrackGeometry;
  /** The axis, left to right in time whatever the direction: place things through `geometry`. */
  axis: TimeAxis;
  layout: TimelineLayout;
  ticks: PositionedTick[];
  breaks: PositionedBreak[];
  /** Width of a label on the track, in px (measured once per story). */
  measureLabel: (text: string) => number;
}

/** Per story (its events array): measured label widths, and layouts per zoom, compression and language. */
interface StoryCache {
  widths: Map<string, number>;
  layouts: Map<string, TimelineLayoutResult>;
}
const CACHES = new WeakMap<readonly TimelineEvent[], StoryCache>();

function getStoryCache(events: readonly TimelineEvent[]): StoryCache {
  let cache = CACHES.get(events);
  if (!cache) {
    cache = { widths: new Map(), layouts: new Map() };
    CACHES.set(events, cache);
  }
  return cache;
}

/** The cache key of a layout: zoom, compression, language, width, focus and direction. */
function getLayoutKey({ locale, zoom = 1, compress = true, width = MIN_TRACK_WIDTH_PX, focus, direction = 'ltr' }: TimelineLayoutOptions): string {
  return `${zoom}|${compress}|${locale}|${width}|${focus?.start ?? ''}|${focus?.end ?? ''}|${direction}`;
}

/** Whether the layout for these options is made already (see `computeTimelineLayout`). */
export function hasTimelineLayout(options: TimelineLayoutOptions): boolean {
  return getStoryCache(options.events).layouts.has(getLayoutKey(options));
}

/**
 * Computes the geometry, ticks, breaks and lane layout of a track at its least width
 * (`MIN_TRACK_WIDTH_PX` × zoom): pure, and cached per story (its events array), zoom level,
 * compression and language, so zooming back and forth reuses layouts.
 */
export function computeTimelineLayout(options: TimelineLayoutOptions): TimelineLayoutResult {
  const steps = stepTimelineLayout(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `computeTimelineLayout` in steps: it pauses after the axis and after the lanes, so a caller may
 * give the page a turn between them (100,000 events take a while at each).
 */
export function* stepTimelineLayout(options: TimelineLayoutOptions): Generator<void, TimelineLayoutResult> {
  const { events, locale, zoom = 1, compress = true, width: baseWidth = MIN_TRACK_WIDTH_PX, focus } = options;
  const { widths, layouts } = getStoryCache(events);
  const key = getLayoutKey(options);
  const cached = layouts.get(key);
  if (cached) return cached;
  if (options.direction === 'rtl') {
    // Right to left is the left-to-right layout mirrored, so it has the same lanes and no new overlaps.
    const mirrored = mirrorTimelineLayout(yield* stepTimelineLayout({ ...options, direction: 'ltr' }));
    layouts.set(key, mirrored);
    return mirrored;
  }
  const measureLabel = (text: string): number => {
    let width = widths.get(text);
    if (width === undefined) {
      width = estimateTextWidth(text, LABEL_FONT_PX);
      widths.set(text, width);
    }
    return width;
  };
  const width = Math.round(Math.max(MIN_TRACK_WIDTH_PX, baseWidth) * zoom);
  const axis = yield* stepTimeAxis(events, { width, compress, zoom, focus });
  yield;
  const geometry = createTrackGeometry(axis);
  // On the widened axis, a day's events sit side by side within their day (see `spreadSameTime`).
  const placed = compress ? spreadSameTime(events, SAME_TIME_SPREAD * 2 * EVENT_REACH_MS) : events;
  const layout = yield* stepLayoutTimeline(placed, {
    scale: (time) => axis.scale(time),
    width,
    toFraction: (x) => geometry.pxToFraction(x),
    fontSizePx: LABEL_FONT_PX,
    measureText: measureLabel,
  });
  yield;
  const result = { geometry, axis, layout, ...positionAxisMarks(getTicks(axis, locale, TICK_FONT_PX), getBreakMarks(axis, locale), geometry), measureLabel };
  layouts.set(key, result);
  return result;
}

/** A left-to-right track's layout for a right-to-left track: the geometry reversed and every mark mirrored (`mirrorLayout`). */
export function mirrorTimelineLayout(result: TimelineLayoutResult): TimelineLayoutResult {
  const { axis } = result;
  return {
    ...result,
    geometry: createTrackGeometry(axis, 'rtl'),
    layout: mirrorLayout(result.layout, axis.width),
    ticks: mirrorTicks(result.ticks, axis.width),
    breaks: mirrorBreaks(result.breaks, axis.width),
  };
}
