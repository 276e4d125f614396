import { useCallback, useRef, type RefObject } from 'react';
import type { TrackGeometry } from '../layout/trackGeometry';
import { MIN_ZOOM, normalizeZoom, type TrackView } from '../layout/viewport';
import { getAnchoredScroll, zoomAround, type ZoomAnchor, type ZoomAround } from '../layout/zoomAround';
import { useIsomorphicLayoutEffect } from './motion';

/** Options for `useTimelineZoom`. */
export interface TimelineZoomOptions {
  zoom: number;
  setZoom: (zoom: number) => void;
  /** The geometry of the layout the DOM currently shows. */
  geometry: TrackGeometry;
  frameRef: RefObject<HTMLDivElement | null>;
  trackRef: RefObject<HTMLDivElement | null>;
}

/** Where a zoom is centred: a pointer's viewport x, else a time, else the centre of the frame. */
export interface ZoomTarget {
  clientX?: number | undefined;
  time?: number | undefined;
}

/** Zoom actions; anchors keep the point under the pointer (or the given time) where it was. */
export interface TimelineZoomResult {
  /** Zooms by `factor` around a target. */
  zoomBy: (factor: number, target?: ZoomTarget) => void;
  /** Back to the whole story. */
  showAll: () => void;
  /** Time at the centre of the visible track, in ms. */
  getCenterTime: () => number | undefined;
}

function readView(frame: HTMLElement, track: HTMLElement): TrackView {
  return { scrollLeft: frame.scrollLeft, clientWidth: frame.clientWidth, trackWidth: track.offsetWidth };
}

/**
 * Zoom of the track: the arithmetic is `zoomAround` (pure); this hook reads the DOM, sets the zoom
 * and, once the new layout is in the DOM, scrolls the anchor back where it was. Zoom is instant (no
 * animation), so prefers-reduced-motion has nothing to stop. Gestures are `useZoomGestures`.
 */
export function useTimelineZoom({ zoom, setZoom, geometry, frameRef, trackRef }: TimelineZoomOptions): TimelineZoomResult {
  const anchor = useRef<ZoomAnchor | null>(null);
  const current = useRef({ zoom, geometry });
  useIsomorphicLayoutEffect(() => {
    current.current = { zoom, geometry };
  });

  const zoomBy = useCallback(
    (factor: number, target: ZoomTarget = {}) => {
      const frame = frameRef.current;
      const track = trackRef.current;
      const next = normalizeZoom(current.current.zoom * factor);
      if (!frame || !track || next === current.current.zoom) return;
      const around: ZoomAround = target.clientX === undefined ? { time: target.time } : { offset: target.clientX - frame.getBoundingClientRect().left };
      anchor.current = zoomAround(readView(frame, track), current.current.geometry, around);
      setZoom(next);
    },
    [frameRef, trackRef, setZoom],
  );

  // After the new layout is in the DOM, scroll so the anchor is back where it was.
  useIsomorphicLayoutEffect(() => {
    const frame = frameRef.current;
    const track = trackRef.current;
    const pending = anchor.current;
    if (!frame || !track || !pending) return;
    anchor.current = null;
    frame.scrollLeft = getAnchoredScroll(pending, geometry, track.offsetWidth);
  }, [geometry, frameRef, trackRef]);

  const showAll = useCallback(() => {
    setZoom(MIN_ZOOM);
    if (frameRef.current) frameRef.current.scrollLeft = 0;
  }, [frameRef, setZoom]);

  const getCenterTime = useCallback(() => {
    const frame = frameRef.current;
    const track = trackRef.current;
    return frame && track ? zoomAround(readView(frame, track), current.current.geometry).time : undefined;
  }, [frameRef, trackRef]);

  return { zoomBy, showAll, getCenterTime };
}
