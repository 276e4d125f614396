import { createLanes, type Box } from './lanes';
import { estimateTextWidth } from '../scale/textWidth';

/** Narrowest track, in pixels: below it the track scrolls inside its frame, so a 28-character label always fits on one side of its marker. @default 560 */
export const MIN_TRACK_WIDTH_PX = 560;
/** Marker diameter, in pixels. @default 14 */
export const MARKER_SIZE_PX = 14;
/** Space between a marker and its label, in pixels. @default 6 */
export const LABEL_OFFSET_PX = 6;
/** Horizontal space kept between two labels in one lane, in pixels. @default 10 */
export const LANE_GAP_PX = 10;
/** Inner horizontal padding of a marker button around its label, in pixels. @default 6 */
export const LABEL_PADDING_PX = 6;
/** Most lanes of labels; events that find no room gather into clusters on the axis row. @default 8 */
export const MAX_LANES = 8;
/** Widest a cluster may span, in pixels; also the least distance between two clusters. @default 48 */
export const CLUSTER_SPAN_PX = 48;
/** Width of a cluster badge, in pixels (less than the span, so badges never touch). @default 36 */
export const CLUSTER_BADGE_PX = 36;

/** What the layout needs of an event. */
export interface LayoutInput {
  id: string;
  time: number;
  label: string;
}

/** Options for `layoutTimeline`. */
export interface LayoutOptions {
  /** Maps an axis time in ms to x in pixels. */
  scale: (time: number) => number;
  /** Width of the track, in pixels; boxes stay inside it. */
  width: number;
  /** Position along the axis (0 to 1) of an x in pixels, for `fraction` (see `TrackGeometry`). @default x / width */
  toFraction?: ((x: number) => number) | undefined;
  /** Font size of labels, in pixels. */
  fontSizePx: number;
  /** Measures label text. @default estimateTextWidth */
  measureText?: ((text: string, fontSizePx: number) => number) | undefined;
  /** Most lanes of labels. @default MAX_LANES */
  maxLanes?: number | undefined;
}

/** Where one event's marker and label go, or one cluster's badge. */
export interface EventLayout {
  /** The event's id, or `cluster:` and the first member's id. */
  id: string;
  /** Ids of the events shown here: one for an event, several for a cluster (time order). */
  eventIds: string[];
  /** Marker centre, in pixels from the track's left edge, at the layout width. */
  x: number;
  /** Marker centre as a fraction of the axis, 0 at its start and 1 at its end: the same at any width. */
  fraction: number;
  /** Lane, 0 nearest the axis; -1 for clusters, which sit on the axis row. */
  lane: number;
  /** Which side of the marker the label is on. */
  side: 'right' | 'left';
  /** Left edge of the box, in pixels. */
  boxStart: number;
  /** Left edge of the box relative to the marker centre, in pixels (negative). */
  boxOffset: number;
  /** Width of the box, in pixels. */
  boxWidth: number;
}

/** The layout of a whole track. */
export interface TimelineLayout {
  /** Events and clusters, by x. */
  items: EventLayout[];
  /** Lanes of labels in use (clusters' axis row not counted). */
  laneCount: number;
  /** Whether any events were gathered into clusters. */
  hasClusters: boolean;
}

/** A label box and the side of its marker it is on. */
export interface SidedBox extends Box {
  side: 'right' | 'left';
}

/**
 * Lays out markers and labels: each marker at its time, its label beside it on the side that
 * fits, in the lowest lane where it overlaps nothing. When `maxLanes` are full around an event, it
 * joins a cluster on the axis row instead (badges at least `CLUSTER_SPAN_PX` apart). Pure: arrays
 * in, positions out; O(n × lanes).
 */
export function layoutTimeline(events: readonly LayoutInput[], options: LayoutOptions): TimelineLayout {
  const steps = stepLayoutTimeline(events, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Events laid out between two pauses of `stepLayoutTimeline`. */
export const LAYOUT_SLICE_EVENTS = 25_000;

/**
 * `layoutTimeline` in steps: it pauses once every event has its x, then after every
 * `LAYOUT_SLICE_EVENTS` events placed, so a caller may give the page a turn between them.
 */
export function* stepLayoutTimeline(events: readonly LayoutInput[], options: LayoutOptions): Generator<void, TimelineLayout> {
  const measure = options.measureText ?? estimateTextWidth;
  const toFraction = options.toFraction ?? ((x: number): number => (options.width > 0 ? x / options.width : 0));
  // Positions in a typed array, not an object per event (100,000 of them were a garbage collection).
  const count = events.length;
  const xs = new Float64Array(count);
  let isSorted = true;
  for (let index = 0; index < count; index += 1) {
    const event = events[index];
    xs[index] = event ? options.scale(event.time) : 0;
    if (index > 0 && (xs[index] ?? 0) < (xs[index - 1] ?? 0)) isSorted = false;
  }
  // Stories arrive sorted by time, and the scale is monotonic: sort only when needed (by x, then file order).
  const order = isSorted ? null : Uint32Array.from({ length: count }, (_, index) => index).sort((a, b) => (xs[a] ?? 0) - (xs[b] ?? 0) || a - b);
  yield;
  const lanes = createLanes(LANE_GAP_PX, options.maxLanes ?? MAX_LANES);
  const items: EventLayout[] = [];
  let cluster: EventLayout | null = null;
  let laneCount = 0;
  for (let rank = 0; rank < count; rank += 1) {
    if (rank > 0 && rank % LAYOUT_SLICE_EVENTS === 0) yield;
    const index = order ? (order[rank] ?? rank) : rank;
    const event = events[index];
    const x = xs[index] ?? 0;
    if (!event) continue;
    // Next to an open cluster, an event joins it: the lanes are full there.
    if (cluster && x - cluster.x < CLUSTER_SPAN_PX) {
      cluster.eventIds.push(event.id);
      continue;
    }
    const candidates = getLabelBoxes(x, getBoxWidth(measure(event.label, options.fontSizePx)), options.width);
    const placement = lanes.place(candidates);
    const box = placement ? candidates[placement.choice] : undefined;
    if (placement && box) {
      laneCount = Math.max(laneCount, placement.lane + 1);
      items.push({
        id: event.id,
        eventIds: [event.id],
        x,
        fraction: toFraction(x),
        lane: placement.lane,
        side: box.side,
        boxStart: box.start,
        boxOffset: box.start - x,
        boxWidth: box.end - box.start,
      });
      continue;
    }
    // No lane has room: open a cluster on the axis row.
    const start = Math.max(0, Math.min(x - CLUSTER_BADGE_PX / 2, options.width - CLUSTER_BADGE_PX));
    const center = start + CLUSTER_BADGE_PX / 2;
    cluster = {
      id: `cluster:${event.id}`,
      eventIds: [event.id],
      x: center,
      fraction: toFraction(center),
      lane: -1,
      side: 'right',
      boxStart: start,
      boxOffset: -CLUSTER_BADGE_PX / 2,
      boxWidth: CLUSTER_BADGE_PX,
    };
    items.push(cluster);
  }
  items.sort((a, b) => a.x - b.x);
  return { items, laneCount, hasClusters: items.some((item) => item.lane === -1) };
}

/** Width of a marker's box (dot, gap, label, padding) for a label `labelWidth` px wide. */
export function getBoxWidth(labelWidth: number): number {
  return MARKER_SIZE_PX + LABEL_OFFSET_PX + labelWidth + LABEL_PADDING_PX;
}

/** The label boxes an event may take, left side first (it uses room behind the lanes' frontier). */
export function getLabelBoxes(x: number, width: number, trackWidth: number): SidedBox[] {
  const half = MARKER_SIZE_PX / 2 + LABEL_PADDING_PX / 2;
  const left: SidedBox = { side: 'left', start: x + half - width, end: x + half };
  const right: SidedBox = { side: 'right', start: x - half, end: x - half + width };
  const inside = [left, right].filter((box) => box.start >= 0 && box.end <= trackWidth);
  // A label too long for either side (a track narrower than MIN_TRACK_WIDTH_PX) is kept whole.
  return inside.length > 0 ? inside : [left.start < 0 ? right : left];
}
