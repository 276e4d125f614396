// @ts-check

import { DIRECTION_LABEL_GAP_PX, DIRECTION_LABEL_OFFSET_PX, EQUAL_LABEL_OFFSET_PX, EQUAL_LINE_OVERHANG_PX, GRID_OVERHANG_BOTTOM_PX, PLOT_TOP_PX, roundPx } from './chartLayout.mjs';
import { CHART_BOLD_WEIGHT, CHART_COLOURS, CHART_FONT_SIZE_PX, EQUAL_LINE_WIDTH_PX } from './chartStyle.mjs';

/** @import { RatioScale } from './createRatioScale.mjs' */

/**
 * Renders the 1× line with its label, and under the plot which way is better on either side of it.
 * @param {RatioScale} scale
 * @param {number} plotBottom bottom of the last band, in pixels
 * @returns {string[]} SVG elements
 */
export function renderEqualLine(scale, plotBottom) {
  const x = scale.x(1);
  const { ink, muted } = CHART_COLOURS;
  const size = CHART_FONT_SIZE_PX.axis;
  const directionY = plotBottom + DIRECTION_LABEL_OFFSET_PX;
  return [
    `<line x1="${x}" y1="${PLOT_TOP_PX - EQUAL_LINE_OVERHANG_PX}" x2="${x}" y2="${plotBottom + GRID_OVERHANG_BOTTOM_PX}" stroke="${ink}" stroke-width="${EQUAL_LINE_WIDTH_PX}"/>`,
    `<text x="${x}" y="${PLOT_TOP_PX - EQUAL_LABEL_OFFSET_PX}" font-size="${size}" font-weight="${CHART_BOLD_WEIGHT}" fill="${ink}" text-anchor="middle">1× equal</text>`,
    `<text x="${roundPx(x - DIRECTION_LABEL_GAP_PX)}" y="${directionY}" font-size="${size}" fill="${muted}" text-anchor="end">← Quoteline faster / smaller</text>`,
    `<text x="${roundPx(x + DIRECTION_LABEL_GAP_PX)}" y="${directionY}" font-size="${size}" fill="${muted}">Quoteline slower / larger →</text>`,
  ];
}
