import type { ZoomTarget } from './useTimelineZoom';

/** Drag distance before a press becomes a pan, in pixels. @default 4 */
export const DRAG_THRESHOLD_PX = 4;
/** Wheel delta that zooms by a factor of two (Ctrl/⌘ + wheel, trackpad pinch). @default 400 */
export const WHEEL_DELTA_PER_DOUBLING = 400;
/** Pixels per line, for wheels that scroll by lines. @default 40 */
const WHEEL_LINE_PX = 40;
/** How long after a pan a click is not a click, in ms. @default 100 */
const PAN_CLICK_GUARD_MS = 100;

/** What the gestures need of the timeline. */
export interface ZoomGestureTarget {
  /** The current zoom level. */
  getZoom: () => number;
  zoomBy: (factor: number, target?: ZoomTarget) => void;
}

/**
 * Attaches the track frame's gestures and returns their cleanup: Ctrl/⌘ + wheel, trackpad pinch
 * (wheel events with ctrlKey) and touch pinch zoom around the pointer; a mouse drag pans. Native
 * listeners: React's wheel listener is passive, and Ctrl + wheel must not zoom the page.
 */
export function attachZoomGestures(frame: HTMLElement, { getZoom, zoomBy }: ZoomGestureTarget): () => void {
  const onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const delta = event.deltaMode === 1 ? event.deltaY * WHEEL_LINE_PX : event.deltaY;
    zoomBy(2 ** (-delta / WHEEL_DELTA_PER_DOUBLING), { clientX: event.clientX });
  };
  const touches = new Map<number, number>();
  let pinch: { distance: number; zoom: number } | null = null;
  let drag: { x: number; scrollLeft: number; isPanning: boolean } | null = null;
  let suppressClickUntil = 0;
  // A pan is not a click on the marker it ended on.
  const onClick = (event: MouseEvent): void => {
    if (performance.now() < suppressClickUntil) event.stopPropagation();
  };
  const onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') {
      touches.set(event.pointerId, event.clientX);
      if (touches.size === 2) {
        const [a = 0, b = 0] = [...touches.values()];
        pinch = { distance: Math.max(1, Math.abs(a - b)), zoom: getZoom() };
      }
      return;
    }
    if (event.pointerType === 'mouse' && event.button === 0) drag = { x: event.clientX, scrollLeft: frame.scrollLeft, isPanning: false };
  };
  const onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch' && touches.has(event.pointerId)) {
      touches.set(event.pointerId, event.clientX);
      if (pinch && touches.size === 2) {
        const [a = 0, b = 0] = [...touches.values()];
        const target = pinch.zoom * (Math.max(1, Math.abs(a - b)) / pinch.distance);
        zoomBy(target / getZoom(), { clientX: (a + b) / 2 });
      }
      return;
    }
    if (!drag) return;
    const dx = event.clientX - drag.x;
    if (!drag.isPanning && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    drag.isPanning = true;
    frame.scrollLeft = drag.scrollLeft - dx;
  };
  const onPointerUp = (event: PointerEvent): void => {
    touches.delete(event.pointerId);
    if (touches.size < 2) pinch = null;
    if (drag?.isPanning) suppressClickUntil = performance.now() + PAN_CLICK_GUARD_MS;
    drag = null;
  };
  frame.addEventListener('wheel', onWheel, { passive: false });
  frame.addEventListener('click', onClick, { capture: true });
  frame.addEventListener('pointerdown', onPointerDown);
  window.addEventListener('pointermove', onPointerMove);
  window.addEventListener('pointerup', onPointerUp);
  window.addEventListener('pointercancel', onPointerUp);
  return () => {
    frame.removeEventListener('wheel', onWheel);
    frame.removeEventListener('click', onClick, { capture: true });
    frame.removeEventListener('pointerdown', onPointerDown);
    window.removeEventListener('pointermove', onPointerMove);
    window.removeEventListener('pointerup', onPointerUp);
    window.removeEventListener('pointercancel', onPointerUp);
  };
}
