import { getScrollBehavior } from './motion';

/** Margin kept between the selected marker and the frame's edges before the frame scrolls, in px. @default 120 */
export const REVEAL_MARGIN_PX = 120;

/**
 * The one way the selection is scrolled into view. Sideways: only the track's own frame moves,
 * centring the marker when it is within `REVEAL_MARGIN_PX` of an edge (or a quarter of a narrow
 * frame). Up and down: the page, as little as needed, only for a marker that has focus (a keyboard
 * move), so that selecting with the mouse never scrolls the page.
 */
export function revealSelection(frame: HTMLElement, x: number, marker: HTMLElement | null): void {
  const { scrollLeft, clientWidth } = frame;
  const margin = Math.min(REVEAL_MARGIN_PX, clientWidth / 4);
  if (x < scrollLeft + margin || x > scrollLeft + clientWidth - margin) frame.scrollTo?.({ left: x - clientWidth / 2, behavior: getScrollBehavior() });
  if (!marker || marker.ownerDocument.activeElement !== marker) return;
  const box = marker.getBoundingClientRect();
  const viewport = marker.ownerDocument.defaultView;
  if (!viewport) return;
  const above = box.top;
  const below = box.bottom - viewport.innerHeight;
  if (above < 0) viewport.scrollBy?.({ top: above, behavior: getScrollBehavior() });
  else if (below > 0) viewport.scrollBy?.({ top: Math.min(below, above), behavior: getScrollBehavior() });
}

/** `revealSelection` for a marker already on the track (focus returned to it, no new selection). */
export function revealMarker(frame: HTMLElement, marker: HTMLElement): void {
  const frameBox = frame.getBoundingClientRect();
  const box = marker.getBoundingClientRect();
  revealSelection(frame, frame.scrollLeft + box.left - frameBox.left + box.width / 2, marker);
}
