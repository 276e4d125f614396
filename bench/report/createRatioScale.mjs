// @ts-check

import { roundPx } from './chartLayout.mjs';

/**
 * A log scale of ratios around 1×.
 * @typedef {object} RatioScale
 * @property {number} left pixel position of the lowest decade
 * @property {number} below whole decades shown below 1× (at least 1)
 * @property {number} above whole decades shown above 1× (at least 1)
 * @property {(ratio: number) => number} x position of a ratio, in pixels rounded to a tenth; ratios past the ends sit at the ends
 */

/** Most decades the scale spans on either side of 1×, so one outlier cannot squash the rest. */
export const MAX_DECADES = 4;
/** Slack so that an exact power of ten, whose log10 may come out a hair above the integer, opens no extra decade. */
const LOG_EPSILON = 1e-9;

/**
 * Creates the chart's log scale: whole decades below and above 1× (at least one each way), wide
 * enough for every finite positive ratio, capped at MAX_DECADES either way.
 * @param {Iterable<number | null>} ratios every ratio the chart will draw; nulls, 0 and non-finite values are ignored
 * @param {number} left pixel position of the lowest decade
 * @param {number} right pixel position of the highest decade
 * @returns {RatioScale}
 */
export function createRatioScale(ratios, left, right) {
  let below = 1;
  let above = 1;
  for (const ratio of ratios) {
    if (ratio === null || !(ratio > 0) || !Number.isFinite(ratio)) continue;
    const log = Math.log10(ratio);
    if (log < 0) below = Math.max(below, Math.ceil(-log - LOG_EPSILON));
    else above = Math.max(above, Math.ceil(log - LOG_EPSILON));
  }
  below = Math.min(below, MAX_DECADES);
  above = Math.min(above, MAX_DECADES);
  /** @param {number} ratio */
  const x = (ratio) => {
    const log = Math.max(-below, Math.min(above, Math.log10(ratio)));
    return roundPx(left + ((log + below) / (below + above)) * (right - left));
  };
  return { left, below, above, x };
}
