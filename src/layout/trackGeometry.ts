import type { TimeAxis } from '../scale/timeAxis';

/** Which way time runs along a horizontal track: left to right, or right to left (Arabic, Hebrew…). */
export type TrackDirection = 'ltr' | 'rtl';

/**
 * The one geometry of a track, in three units: time (axis ms), fraction (a position along the
 * axis, 0 at its left end and 1 at its right end, the same at every width) and px (from the track's
 * left edge, at a given track width). Fractions and px are where things are drawn; in a
 * right-to-left track the earliest time is at fraction 1. Layouts are computed at `layoutWidth`;
 * the DOM track may be wider, so px conversions take the width the track really has.
 */
export interface TrackGeometry {
  /** Which way time runs: 'rtl' puts the earliest time at the right. */
  direction: TrackDirection;
  /** Width the layout was computed at, in px. */
  layoutWidth: number;
  /** Empty space at each end of the axis, in px, at every width. */
  inset: number;
  /** Fraction of the axis at an axis time. */
  timeToFraction: (time: number) => number;
  /** Axis time at a fraction of the axis. */
  fractionToTime: (fraction: number) => number;
  /** x in px of a fraction on a track `trackWidth` px wide. @default trackWidth layoutWidth */
  fractionToPx: (fraction: number, trackWidth?: number) => number;
  /** Fraction of the axis at x px on a track `trackWidth` px wide. @default trackWidth layoutWidth */
  pxToFraction: (px: number, trackWidth?: number) => number;
  /** x in px of an axis time on a track `trackWidth` px wide. @default trackWidth layoutWidth */
  timeToPx: (time: number, trackWidth?: number) => number;
  /** Axis time at x px on a track `trackWidth` px wide. @default trackWidth layoutWidth */
  pxToTime: (px: number, trackWidth?: number) => number;
}

/**
 * The geometry of a track drawn with `axis` (its piecewise d3 scale, left to right, and its inset).
 * With `direction` 'rtl' time runs right to left: fractions and px are mirrored, the axis is not.
 */
export function createTrackGeometry(axis: Pick<TimeAxis, 'scale' | 'width' | 'inset'>, direction: TrackDirection = 'ltr'): TrackGeometry {
  const { scale, width: layoutWidth, inset } = axis;
  const isRtl = direction === 'rtl';
  const axisPx = (trackWidth: number): number => trackWidth - 2 * inset;
  const pxToFraction = (px: number, trackWidth = layoutWidth): number => {
    const span = axisPx(trackWidth);
    return span > 0 ? (px - inset) / span : 0;
  };
  const fractionToPx = (fraction: number, trackWidth = layoutWidth): number => inset + fraction * axisPx(trackWidth);
  // The scale runs left to right; a right-to-left track reads it from the other end.
  const timeToFraction = (time: number): number => (isRtl ? 1 - pxToFraction(scale(time)) : pxToFraction(scale(time)));
  const fractionToTime = (fraction: number): number => scale.invert(fractionToPx(isRtl ? 1 - fraction : fraction));
  return {
    direction,
    layoutWidth,
    inset,
    timeToFraction,
    fractionToTime,
    fractionToPx,
    pxToFraction,
    timeToPx: (time, trackWidth) => fractionToPx(timeToFraction(time), trackWidth),
    pxToTime: (px, trackWidth) => fractionToTime(pxToFraction(px, trackWidth)),
  };
}
