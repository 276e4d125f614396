import { ZOOM_STEP } from './viewport';

/** Most a cluster badge zooms in by, in one press. @default 64 */
export const MAX_CLUSTER_ZOOM = 64;
/** How much of the frame a cluster's events should spread over once zoomed, 0 to 1. @default 0.5 */
export const CLUSTER_SPREAD = 0.5;
/** Longest span of events a cluster's zoom can separate, below which it only selects, in ms. @default 60000 */
export const SAME_TIME_MS = 60_000;

/** Options for `getClusterZoom`. */
export interface ClusterZoomOptions {
  /** Time of the cluster's first and last events, in ms. */
  startTime: number;
  endTime: number;
  /** How far apart the two are on the track now, in px. */
  spanPx: number;
  /** Width of the track's frame on screen, in px. */
  frameWidth: number;
}

/**
 * How much to zoom in so that a cluster's events spread over `CLUSTER_SPREAD` of the frame (at
 * least one zoom step, at most `MAX_CLUSTER_ZOOM`), or 1 when they happened at the same time and
 * no zoom can part them.
 */
export function getClusterZoom({ startTime, endTime, spanPx, frameWidth }: ClusterZoomOptions): number {
  if (endTime - startTime < SAME_TIME_MS) return 1;
  return Math.min(MAX_CLUSTER_ZOOM, Math.max(ZOOM_STEP, (frameWidth * CLUSTER_SPREAD) / Math.max(1, spanPx)));
}
