import type { PositionedTick } from './axisMarks';
import type { EventLayout, TimelineLayout } from './layoutTimeline';
import type { TrackGeometry } from './trackGeometry';
import { OVERSCAN, type TrackView } from './viewport';

/** Stories up to this many items render every marker (and prerender identically); larger ones render what is on screen. @default 400 */
export const CULL_THRESHOLD = 400;

/** What of a track to render. */
export interface CulledTrack {
  /** Markers and cluster badges that may be on screen, by x. */
  items: EventLayout[];
  /** Ticks that may be on screen. */
  ticks: PositionedTick[];
  /** Whether anything was left out. */
  isCulled: boolean;
}

/**
 * The part of the axis on screen, widened by `OVERSCAN` of the screen and `marginPx` on each side,
 * as fractions [from, to].
 */
export function getVisibleWindow(view: TrackView, geometry: TrackGeometry, marginPx = 0): [number, number] {
  const overscan = view.clientWidth * OVERSCAN + marginPx;
  return [geometry.pxToFraction(view.scrollLeft - overscan, view.trackWidth), geometry.pxToFraction(view.scrollLeft + view.clientWidth + overscan, view.trackWidth)];
}

/**
 * Leaves out the items and ticks of a large track that cannot be on screen. Small tracks, and any
 * track before it is measured (on the server), render whole, so prerendering is identical.
 */
export function cullTrack(layout: TimelineLayout, ticks: PositionedTick[], view: TrackView, geometry: TrackGeometry): CulledTrack {
  if (layout.items.length <= CULL_THRESHOLD || view.clientWidth <= 0) return { items: layout.items, ticks, isCulled: false };
  // A box reaches at most its width from its marker: widen the window by the widest box.
  const maxBoxPx = layout.items.reduce((max, item) => Math.max(max, item.boxWidth), 0);
  const [from, to] = getVisibleWindow(view, geometry, maxBoxPx);
  const start = lowerBound(layout.items, from);
  const end = lowerBound(layout.items, to + Number.EPSILON);
  return {
    items: layout.items.slice(start, end),
    ticks: ticks.filter((tick) => tick.fraction >= from && tick.fraction <= to),
    isCulled: true,
  };
}

/** First index whose fraction is ≥ `value`, in items sorted by fraction. */
function lowerBound(items: readonly { fraction: number }[], value: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle]?.fraction ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
