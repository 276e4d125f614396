// @ts-check

import { GRID_OVERHANG_BOTTOM_PX, GRID_OVERHANG_TOP_PX, PLOT_TOP_PX, TICK_LABEL_OFFSET_PX } from './chartLayout.mjs';
import { CHART_COLOURS, CHART_FONT_SIZE_PX, MINOR_GRID_DASH_PX } from './chartStyle.mjs';
import { escapeXml } from './escapeXml.mjs';
import { formatCount } from './formatValue.mjs';

/** @import { RatioScale } from './createRatioScale.mjs' */

/** Minor ticks drawn when the scale spans a single decade below 1×. */
const MINOR_TICKS_BELOW = [0.2, 0.5];
/** Minor ticks drawn when the scale spans a single decade above 1×. */
const MINOR_TICKS_ABOVE = [2, 5];

/**
 * Renders the vertical grid lines and tick labels of the scale: dashed 2× and 5× (0.5×, 0.2×)
 * lines when a side spans one decade, then a solid line at every decade except 1×.
 * @param {RatioScale} scale
 * @param {number} plotBottom bottom of the last band, in pixels
 * @returns {string[]} SVG elements
 */
export function renderRatioGrid(scale, plotBottom) {
  const { below, above, x } = scale;
  const lineTop = PLOT_TOP_PX - GRID_OVERHANG_TOP_PX;
  const lineBottom = plotBottom + GRID_OVERHANG_BOTTOM_PX;
  const labelY = plotBottom + TICK_LABEL_OFFSET_PX;
  const label = `font-size="${CHART_FONT_SIZE_PX.value}" fill="${CHART_COLOURS.muted}" text-anchor="middle"`;
  /** @type {string[]} */
  const out = [];
  const minorTicks = [...(below === 1 ? MINOR_TICKS_BELOW : []), ...(above === 1 ? MINOR_TICKS_ABOVE : [])];
  for (const value of minorTicks) {
    out.push(`<line x1="${x(value)}" y1="${lineTop}" x2="${x(value)}" y2="${lineBottom}" stroke="${CHART_COLOURS.grid}" stroke-dasharray="${MINOR_GRID_DASH_PX}"/>`);
    out.push(`<text x="${x(value)}" y="${labelY}" ${label}>${escapeXml(`${value}×`)}</text>`);
  }
  for (let exponent = -below; exponent <= above; exponent++) {
    if (exponent === 0) continue; // 1× gets its own line, drawn over the bars
    const tx = x(10 ** exponent);
    out.push(`<line x1="${tx}" y1="${lineTop}" x2="${tx}" y2="${lineBottom}" stroke="${CHART_COLOURS.grid}"/>`);
    out.push(`<text x="${tx}" y="${labelY}" ${label}>${escapeXml(formatDecade(exponent))}</text>`);
  }
  return out;
}

/**
 * Labels a decade: `0.01×`, `10×`, `1,000×`.
 * @param {number} exponent power of ten
 * @returns {string}
 */
function formatDecade(exponent) {
  const value = 10 ** exponent;
  return exponent < 0 ? `${Number(value.toPrecision(1))}×` : `${formatCount(value)}×`;
}
