import { MIN_TRACK_WIDTH_PX } from './layoutTimeline';

/** Below this container width (px), time runs down the page: the vertical list. @default 600 */
export const VERTICAL_BELOW_PX = 600;
/**
 * Widths the horizontal track is laid out at: a container gets the widest that fits it. A handful
 * of widths, not every pixel, so that the server can render each one and container queries in
 * quoteline.css pick the same one the browser then keeps (`getTrackSize`): hydration moves nothing.
 */
export const TRACK_WIDTHS = [MIN_TRACK_WIDTH_PX, 720, 1200, 1840] as const;

/** How the track is drawn in a container: a list down the page, or an axis laid out `width` px wide. */
export type TrackSize = { orientation: 'vertical' } | { orientation: 'horizontal'; width: number };

/** Every size the server renders, narrowest first; `trackSizeKey` names each. */
export const TRACK_SIZES: readonly TrackSize[] = [{ orientation: 'vertical' }, ...TRACK_WIDTHS.map((width): TrackSize => ({ orientation: 'horizontal', width }))];

/** The size for a container `containerWidth` px wide (its content box, fractions and all). */
export function getTrackSize(containerWidth: number): TrackSize {
  if (containerWidth < VERTICAL_BELOW_PX) return { orientation: 'vertical' };
  let width: number = MIN_TRACK_WIDTH_PX;
  for (const candidate of TRACK_WIDTHS) if (containerWidth >= candidate) width = candidate;
  return { orientation: 'horizontal', width };
}

/** A stable name for a size: `v`, or `h` and the width (`h1200`), used in class names. */
export function trackSizeKey(size: TrackSize): string {
  return size.orientation === 'vertical' ? 'v' : `h${size.width}`;
}

/** The container width range (min inclusive, max exclusive) in which `size` is used: what the CSS container queries say. */
export function getTrackSizeRange(size: TrackSize): { min: number; max: number } {
  if (size.orientation === 'vertical') return { min: 0, max: VERTICAL_BELOW_PX };
  const index = TRACK_WIDTHS.indexOf(size.width as (typeof TRACK_WIDTHS)[number]);
  const min = index <= 0 ? VERTICAL_BELOW_PX : size.width;
  return { min, max: TRACK_WIDTHS[index + 1] ?? Infinity };
}
