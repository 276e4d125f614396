/** Least and most zoom: 1 shows the whole story. @default 1, 4096 */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4096;
/** Zoom factor of one button press or key. @default 2 */
export const ZOOM_STEP = 2;
/** Continuous zoom (wheel, pinch) snaps to quarter steps of two, so layouts can be reused. */
const ZOOM_QUANTUM = 4;
/** Extra width rendered on each side of the visible part of the track, as a share of it. @default 0.5 */
export const OVERSCAN = 0.5;

/** Clamps and snaps a zoom level to 2^(k/4). */
export function normalizeZoom(zoom: number): number {
  const clamped = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  return 2 ** (Math.round(Math.log2(clamped) * ZOOM_QUANTUM) / ZOOM_QUANTUM);
}

/** x in pixels on a track `trackWidth` wide of a point at `fraction` of its axis. */
export function fractionToPx(fraction: number, trackWidth: number, inset: number): number {
  return inset + fraction * (trackWidth - 2 * inset);
}

/** The share of the axis at `px` on a track `trackWidth` wide. */
export function pxToFraction(px: number, trackWidth: number, inset: number): number {
  const axisWidth = trackWidth - 2 * inset;
  return axisWidth > 0 ? (px - inset) / axisWidth : 0;
}

/** What of the track is on screen, in pixels. */
export interface TrackView {
  scrollLeft: number;
  clientWidth: number;
  trackWidth: number;
}

/**
 * Indices [start, end) of items (sorted by `fraction`) whose boxes may be on screen, with
 * `OVERSCAN` on each side. A box extends at most `maxBoxPx` from its marker.
 */
export function getVisibleRange(fractions: readonly number[], view: TrackView, inset: number, maxBoxPx: number): [number, number] {
  const overscan = view.clientWidth * OVERSCAN + maxBoxPx;
  const from = pxToFraction(view.scrollLeft - overscan, view.trackWidth, inset);
  const to = pxToFraction(view.scrollLeft + view.clientWidth + overscan, view.trackWidth, inset);
  return [lowerBound(fractions, from), lowerBound(fractions, to + Number.EPSILON)];
}

/** First index whose value is ≥ `value` in an ascending array. */
function lowerBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
