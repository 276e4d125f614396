// @ts-check
// Where things go in the chart, in pixels from its top left corner. Text `y` values are baselines.

/** Width of the whole chart, in pixels. */
export const CHART_WIDTH_PX = 900;
/** Left edge of the title, the subtitle and the legend, in pixels. */
export const CHART_MARGIN_PX = 24;
/** Baseline of the title, in pixels. */
export const TITLE_BASELINE_PX = 34;
/** Baseline of the subtitle, in pixels. */
export const SUBTITLE_BASELINE_PX = 58;

/** Top of the legend's colour swatches, in pixels. */
export const LEGEND_TOP_PX = 76;
/** Side of a legend swatch, in pixels. */
export const LEGEND_SWATCH_PX = 12;
/** Baseline of the legend's labels, centred on the swatches, in pixels. */
export const LEGEND_BASELINE_PX = 86.5;
/** Distance from a swatch's left edge to its label, in pixels. */
export const LEGEND_LABEL_OFFSET_PX = 18;
/** Estimated width of one character of a legend label (13 px system font), in pixels. */
export const LEGEND_CHAR_WIDTH_PX = 7.5;
/** Space after each legend label, in pixels. */
export const LEGEND_ITEM_GAP_PX = 22;

/** Right edge of the metric labels, which are right-aligned, in pixels. */
export const METRIC_LABEL_RIGHT_PX = 196;
/** Baseline offset that centres a metric label (13 px) on its band, in pixels. */
export const METRIC_LABEL_NUDGE_PX = 4.5;
/** Left end of the ratio scale, in pixels. */
export const PLOT_LEFT_PX = 272;
/** Right end of the ratio scale, in pixels. */
export const PLOT_RIGHT_PX = 836;
/** Top of the first band, under the title, subtitle and legend, in pixels. */
export const PLOT_TOP_PX = 128;
/** Space under the last band for the tick labels and the direction labels, in pixels. */
export const PLOT_FOOTER_PX = 64;

/** Height of one bar, in pixels. */
export const BAR_HEIGHT_PX = 14;
/** Space between the bars of one band, in pixels. */
export const BAR_GAP_PX = 3;
/** Space between two bands, in pixels. */
export const BAND_GAP_PX = 16;
/** Shortest bar drawn, so that a ratio of about 1× still shows, in pixels. */
export const MIN_BAR_WIDTH_PX = 1;
/** Baseline offset that centres a value label (11 px) on its bar, in pixels. */
export const VALUE_NUDGE_PX = 4;
/** Distance from a bar's end to its value label, in pixels. */
export const VALUE_GAP_PX = 5;
/** Distance from the 1× line to an "n/a" label, in pixels. */
export const MISSING_GAP_PX = 6;

/** How far grid lines reach above the first band, in pixels. */
export const GRID_OVERHANG_TOP_PX = 8;
/** How far grid lines and the 1× line reach below the last band, in pixels. */
export const GRID_OVERHANG_BOTTOM_PX = 4;
/** Baseline of the tick labels under the last band, in pixels. */
export const TICK_LABEL_OFFSET_PX = 18;
/** How far the 1× line reaches above the first band, in pixels. */
export const EQUAL_LINE_OVERHANG_PX = 14;
/** Baseline of the 1× line's label above the first band, in pixels. */
export const EQUAL_LABEL_OFFSET_PX = 20;
/** Baseline of the direction labels under the last band, in pixels. */
export const DIRECTION_LABEL_OFFSET_PX = 42;
/** Distance from the 1× line to the direction labels, in pixels. */
export const DIRECTION_LABEL_GAP_PX = 8;

/**
 * Gives the height of one band: one bar per story size (room for one when there are none).
 * @param {number} sizeCount how many story sizes the chart shows
 * @returns {number} in pixels
 */
export function getBandHeight(sizeCount) {
  return Math.max(1, sizeCount) * (BAR_HEIGHT_PX + BAR_GAP_PX) - BAR_GAP_PX;
}

/**
 * Gives the top of a band.
 * @param {number} band index of the band, from the top
 * @param {number} bandHeight in pixels, from getBandHeight
 * @returns {number} in pixels
 */
export function getBandTop(band, bandHeight) {
  return PLOT_TOP_PX + band * (bandHeight + BAND_GAP_PX);
}

/**
 * Gives the bottom of the last band.
 * @param {number} bandCount how many bands the chart shows
 * @param {number} bandHeight in pixels, from getBandHeight
 * @returns {number} in pixels
 */
export function getPlotBottom(bandCount, bandHeight) {
  return PLOT_TOP_PX + bandCount * (bandHeight + BAND_GAP_PX) - BAND_GAP_PX;
}

/** Steps per pixel of the coordinates written to the SVG: tenths of a pixel. */
const PX_PRECISION = 10;

/**
 * Rounds a coordinate to a tenth of a pixel, which keeps the SVG short and stable.
 * @param {number} value in pixels
 * @returns {number}
 */
export function roundPx(value) {
  return Math.round(value * PX_PRECISION) / PX_PRECISION;
}
