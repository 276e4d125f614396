import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { fractionToPx, normalizeZoom, pxToFraction } from '../layout/viewport';
import { useIsomorphicLayoutEffect } from './motion';
import type { TimelineLayoutResult } from './useTimelineLayout';

/** Drag distance before a press becomes a pan, in pixels. @default 4 */
export const DRAG_THRESHOLD_PX = 4;
/** Wheel delta that zooms by a factor of two (Ctrl/⌘ + wheel, trackpad pinch). @default 400 */
export const WHEEL_DELTA_PER_DOUBLING = 400;

/** Options for `useTimelineZoom`. */
export interface TimelineZoomOptions {
  zoom: number;
  setZoom: (zoom: number) => void;
  /** The layout the DOM currently shows. */
  result: TimelineLayoutResult;
  frameRef: RefObject<HTMLDivElement | null>;
  trackRef: RefObject<HTMLDivElement | null>;
}

/** Zoom actions; anchors keep the point under the pointer (or the given time) where it was. */
export interface TimelineZoomResult {
  /** Zooms by `factor` around a viewport x (pointer) or, without one, around `time` (or the centre). */
  zoomBy: (factor: number, around?: { clientX?: number | undefined; time?: number | undefined }) => void;
  /** Back to the whole story. */
  showAll: () => void;
  /** Time at the centre of the visible track, in ms. */
  getCenterTime: () => number | undefined;
}

/**
 * Zoom and pan of the track: Ctrl/⌘ + wheel and trackpad pinch (wheel events with ctrlKey), touch
 * pinch and mouse drag. A plain vertical wheel and vertical swipes are left to the page, and
 * horizontal wheel and swipes scroll the track natively. Zoom is instant (no animation), so
 * prefers-reduced-motion has nothing to stop.
 */
export function useTimelineZoom({ zoom, setZoom, result, frameRef, trackRef }: TimelineZoomOptions): TimelineZoomResult {
  const anchor = useRef<{ time: number; offset: number } | null>(null);
  const resultRef = useRef(result);
  const zoomRef = useRef(zoom);
  useIsomorphicLayoutEffect(() => {
    resultRef.current = result;
    zoomRef.current = zoom;
  });

  const timeAt = useCallback((px: number): number | undefined => {
    const track = trackRef.current;
    if (!track) return undefined;
    const { axis, width, inset } = resultRef.current;
    const fraction = pxToFraction(px, track.offsetWidth, inset);
    return axis.scale.invert(fractionToPx(fraction, width, inset)).getTime();
  }, [trackRef]);

  const zoomBy = useCallback(
    (factor: number, around: { clientX?: number | undefined; time?: number | undefined } = {}) => {
      const frame = frameRef.current;
      const track = trackRef.current;
      const next = normalizeZoom(zoomRef.current * factor);
      if (!frame || !track || next === zoomRef.current) return;
      const frameLeft = frame.getBoundingClientRect().left;
      let offset = around.clientX === undefined ? frame.clientWidth / 2 : around.clientX - frameLeft;
      let time = around.clientX === undefined ? around.time : timeAt(frame.scrollLeft + offset);
      if (around.clientX === undefined && time !== undefined) {
        // Keep a given time where it is on screen, or centre it when it is off screen.
        const { axis, width, inset } = resultRef.current;
        const px = fractionToPx(pxToFraction(axis.scale(new Date(time)), width, inset), track.offsetWidth, inset) - frame.scrollLeft;
        offset = px >= 0 && px <= frame.clientWidth ? px : frame.clientWidth / 2;
      }
      time ??= timeAt(frame.scrollLeft + offset);
      if (time !== undefined) anchor.current = { time, offset };
      setZoom(next);
    },
    [frameRef, trackRef, setZoom, timeAt],
  );

  // After the new layout is in the DOM, scroll so the anchor is back where it was.
  useIsomorphicLayoutEffect(() => {
    const frame = frameRef.current;
    const track = trackRef.current;
    const pending = anchor.current;
    if (!frame || !track || !pending) return;
    anchor.current = null;
    const { axis, width, inset } = result;
    const px = fractionToPx(pxToFraction(axis.scale(new Date(pending.time)), width, inset), track.offsetWidth, inset);
    frame.scrollLeft = px - pending.offset;
  }, [result, frameRef, trackRef]);

  const showAll = useCallback(() => {
    setZoom(1);
    if (frameRef.current) frameRef.current.scrollLeft = 0;
  }, [frameRef, setZoom]);

  const getCenterTime = useCallback(() => {
    const frame = frameRef.current;
    return frame ? timeAt(frame.scrollLeft + frame.clientWidth / 2) : undefined;
  }, [frameRef, timeAt]);

  // Native listeners: React's wheel listener is passive, and Ctrl + wheel must not zoom the page.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return undefined;
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const delta = event.deltaMode === 1 ? event.deltaY * 40 : event.deltaY;
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
          pinch = { distance: Math.max(1, Math.abs(a - b)), zoom: zoomRef.current };
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
          zoomBy(target / zoomRef.current, { clientX: (a + b) / 2 });
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
      if (drag?.isPanning) suppressClickUntil = performance.now() + 100;
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
  }, [frameRef, zoomBy]);

  return { zoomBy, showAll, getCenterTime };
}
