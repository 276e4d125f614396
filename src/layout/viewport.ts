import type { TrackDirection } from './trackGeometry';

/** Least and most zoom: 1 shows the whole story. @default 1, 4096 */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4096;
/** Zoom factor of one button press or key. @default 2 */
export const ZOOM_STEP = 2;
/** Continuous zoom (wheel, pinch) snaps to quarter steps of two, so layouts can be reused. */
const ZOOM_QUANTUM = 4;
/** Extra width rendered on each side of the visible part of the track, as a fraction of it. @default 0.5 */
export const OVERSCAN = 0.5;

/** Clamps and snaps a zoom level to 2^(k/4). */
export function normalizeZoom(zoom: number): number {
  const clamped = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  return 2 ** (Math.round(Math.log2(clamped) * ZOOM_QUANTUM) / ZOOM_QUANTUM);
}

/** How far one ← or → on the overview pans, as a fraction of the screen. @default 0.1 */
export const PAN_STEP = 0.1;

/** What of the track is on screen, in pixels. */
export interface TrackView {
  scrollLeft: number;
  clientWidth: number;
  trackWidth: number;
}

/** The pans of the overview slider: a step, a screen (Page keys) or an end. */
export type PanIntent = 'previous' | 'next' | 'pagePrevious' | 'pageNext' | 'first' | 'last';

/** The same pan, in the other direction of time: a right-to-left track pans later in time leftwards. */
const MIRRORED_PAN: Record<PanIntent, PanIntent> = { previous: 'next', next: 'previous', pagePrevious: 'pageNext', pageNext: 'pagePrevious', first: 'last', last: 'first' };

/**
 * Where the track's frame scrolls for a pan of the overview, in px (the browser clamps it). Intents
 * are in time ('next' is later); with `direction` 'rtl' later is leftwards and 'first' the right end.
 */
export function getPanScroll(intent: PanIntent, view: TrackView, direction: TrackDirection = 'ltr'): number {
  const { scrollLeft, clientWidth, trackWidth } = view;
  switch (direction === 'rtl' ? MIRRORED_PAN[intent] : intent) {
    case 'previous':
      return scrollLeft - PAN_STEP * clientWidth;
    case 'next':
      return scrollLeft + PAN_STEP * clientWidth;
    case 'pagePrevious':
      return scrollLeft - clientWidth;
    case 'pageNext':
      return scrollLeft + clientWidth;
    case 'first':
      return 0;
    case 'last':
      return trackWidth - clientWidth;
  }
}
