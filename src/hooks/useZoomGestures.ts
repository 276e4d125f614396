import { useEffect, useRef, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './motion';
import type { ZoomTarget } from './useTimelineZoom';

/** Options for `useZoomGestures`. */
export interface ZoomGesturesOptions {
  frameRef: RefObject<HTMLDivElement | null>;
  zoom: number;
  zoomBy: (factor: number, target?: ZoomTarget) => void;
  /** Whether there is a horizontal track to zoom (not the vertical phone list, nor before it is measured). */
  isActive: boolean;
}

/**
 * Gestures on the track's frame (`zoomGestures.ts`): loaded after the first paint, since reading
 * and the keyboard need none of them. A plain vertical wheel and vertical swipes stay the page's;
 * horizontal wheel and swipes scroll the frame natively.
 */
export function useZoomGestures({ frameRef, zoom, zoomBy, isActive }: ZoomGesturesOptions): void {
  const zoomRef = useRef(zoom);
  useIsomorphicLayoutEffect(() => {
    zoomRef.current = zoom;
  });
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || !isActive) return undefined;
    let detach: (() => void) | undefined;
    let isCurrent = true;
    void import('./zoomGestures').then(({ attachZoomGestures }) => {
      if (isCurrent) detach = attachZoomGestures(frame, { getZoom: () => zoomRef.current, zoomBy });
    });
    return () => {
      isCurrent = false;
      detach?.();
    };
  }, [frameRef, zoomBy, isActive]);
}
