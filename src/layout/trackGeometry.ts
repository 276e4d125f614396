import type { TimeAxis } from '../scale/timeAxis';

/**
 * The one geometry of a track, in three units: time (axis ms), fraction (a position along the
 * axis, 0 at its start and 1 at its end, the same at every width) and px (from the track's left
 * edge, at a given track width). Layouts are computed at `layoutWidth`; the DOM track may be wider,
 * so px conversions take the width the track really has.
 */
export interface TrackGeometry {
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

/** The geometry of a track drawn with `axis` (its piecewise d3 scale and its inset). */
export function createTrackGeometry(axis: Pick<TimeAxis, 'scale' | 'width' | 'inset'>): TrackGeometry {
  const { scale, width: layoutWidth, inset } = axis;
  const axisPx = (trackWidth: number): number => trackWidth - 2 * inset;
  const pxToFraction = (px: number, trackWidth = layoutWidth): number => {
    const span = axisPx(trackWidth);
    return span > 0 ? (px - inset) / span : 0;
  };
  const fractionToPx = (fraction: number, trackWidth = layoutWidth): number => inset + fraction * axisPx(trackWidth);
  const timeToFraction = (time: number): number => pxToFraction(scale(time));
  const fractionToTime = (fraction: number): number => scale.invert(fractionToPx(fraction));
  return {
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
