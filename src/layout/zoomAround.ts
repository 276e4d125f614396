import type { TrackGeometry } from './trackGeometry';
import type { TrackView } from './viewport';

/** A time held in place across a zoom: where it is, in px from the frame's left edge. */
export interface ZoomAnchor {
  time: number;
  offset: number;
}

/** What a zoom keeps in place: a point on screen (the pointer), else a time (the selected event), else the centre. */
export interface ZoomAround {
  /** x in px from the frame's left edge. */
  offset?: number | undefined;
  /** An axis time in ms: kept where it is when on screen, centred when not. */
  time?: number | undefined;
}

/** The anchor of a zoom around a point or a time, on the track as it is now. */
export function zoomAround(view: TrackView, geometry: TrackGeometry, around: ZoomAround = {}): ZoomAnchor {
  const { scrollLeft, clientWidth, trackWidth } = view;
  if (around.offset !== undefined) return { time: geometry.pxToTime(scrollLeft + around.offset, trackWidth), offset: around.offset };
  if (around.time !== undefined) {
    const px = geometry.timeToPx(around.time, trackWidth) - scrollLeft;
    return { time: around.time, offset: px >= 0 && px <= clientWidth ? px : clientWidth / 2 };
  }
  return { time: geometry.pxToTime(scrollLeft + clientWidth / 2, trackWidth), offset: clientWidth / 2 };
}

/** The scroll position that puts an anchor back where it was, on the zoomed track. */
export function getAnchoredScroll(anchor: ZoomAnchor, geometry: TrackGeometry, trackWidth: number): number {
  return geometry.timeToPx(anchor.time, trackWidth) - anchor.offset;
}
