import { assignLanes, type Box } from './lanes';
import { estimateTextWidth } from './textWidth';

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
  /** x of the axis' start and end, in pixels, for `fraction`. @default [0, width] */
  axisRange?: readonly [number, number] | undefined;
  /** Width of the track, in pixels; boxes stay inside it. */
  width: number;
  /** Font size of labels, in pixels. */
  fontSizePx: number;
  /** Measures label text in pixels. @default estimateTextWidth */
  measureText?: ((text: string, fontSizePx: number) => number) | undefined;
}

/** Where one event's marker and label go. */
export interface EventLayout {
  id: string;
  /** Marker centre, in pixels from the track's left edge, at the layout width. */
  x: number;
  /** Marker centre as a share of the axis, 0 at its start and 1 at its end: the same at any width. */
  fraction: number;
  /** Lane, 0 nearest the axis. */
  lane: number;
  /** Which side of the marker the label is on. */
  side: 'right' | 'left';
  /** Left edge of the marker-and-label box, in pixels. */
  boxStart: number;
  /** Left edge of the box relative to the marker centre, in pixels (negative). */
  boxOffset: number;
  /** Width of the marker-and-label box, in pixels. */
  boxWidth: number;
}

/** Width to lay the track out at for a frame `availableWidth` pixels wide. */
export function getTrackWidth(availableWidth: number): number {
  return Math.max(MIN_TRACK_WIDTH_PX, Math.floor(availableWidth));
}

/** The layout of a whole track. */
export interface TimelineLayout {
  items: EventLayout[];
  laneCount: number;
}

/**
 * Lays out markers and labels: each marker at its time, its label beside it on the side that
 * fits, in the lowest lane where it overlaps nothing. Pure: arrays in, positions out.
 */
export function layoutTimeline(events: readonly LayoutInput[], options: LayoutOptions): TimelineLayout {
  const measure = options.measureText ?? estimateTextWidth;
  const [axisStart, axisEnd] = options.axisRange ?? [0, options.width];
  const axisSpan = axisEnd - axisStart;
  const half = MARKER_SIZE_PX / 2;
  const placed = events
    .map((event) => ({ event, x: options.scale(event.time) }))
    .sort((a, b) => a.x - b.x);
  const candidates = placed.map(({ event, x }) => {
    const width = MARKER_SIZE_PX + LABEL_OFFSET_PX + measure(event.label, options.fontSizePx) + LABEL_PADDING_PX;
    const right: SidedBox = { side: 'right', start: x - half - LABEL_PADDING_PX / 2, end: 0 };
    right.end = right.start + width;
    const left: SidedBox = { side: 'left', start: x + half + LABEL_PADDING_PX / 2 - width, end: 0 };
    left.end = left.start + width;
    // Left first: a left label uses free room behind the lane's frontier, so close pairs share a lane.
    const inside = [left, right].filter((box) => box.start >= 0 && box.end <= options.width);
    // A label too long for either side (narrower than MIN_TRACK_WIDTH_PX) is kept whole, pinned to the edge.
    return inside.length > 0 ? inside : [left.start < 0 ? right : left];
  });
  const placements = assignLanes(candidates, LANE_GAP_PX);
  let laneCount = 0;
  const items = placed.map(({ event, x }, index) => {
    const placement = placements[index] ?? { lane: 0, choice: 0 };
    const box = candidates[index]?.[placement.choice] ?? { side: 'right' as const, start: x, end: x };
    laneCount = Math.max(laneCount, placement.lane + 1);
    const fraction = axisSpan > 0 ? (x - axisStart) / axisSpan : 0;
    return { id: event.id, x, fraction, lane: placement.lane, side: box.side, boxStart: box.start, boxOffset: box.start - x, boxWidth: box.end - box.start };
  });
  return { items, laneCount };
}

interface SidedBox extends Box {
  side: 'right' | 'left';
}
