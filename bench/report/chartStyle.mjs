// @ts-check
// The look of the chart: fonts, font sizes and colours.

/** Font stack of every text in the chart. */
export const CHART_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Font sizes, in pixels. */
export const CHART_FONT_SIZE_PX = /** @type {const} */ ({
  /** The title. */
  title: 19,
  /** The subtitle, the legend and the metric labels. */
  label: 13,
  /** The 1× line's label and the direction labels. */
  axis: 12,
  /** Tick labels and the value of each bar. */
  value: 11,
  /** The message of an empty chart. */
  empty: 14,
});

/** Colours, as SVG paint. */
export const CHART_COLOURS = /** @type {const} */ ({
  background: '#ffffff',
  /** The largest story size; the newsroom red. */
  accent: '#c0392b',
  /** Text and the 1× line. */
  ink: '#222222',
  /** Secondary text: subtitle, ticks, n/a, direction labels. */
  muted: '#6b6b6b',
  /** Grid lines. */
  grid: '#e3e3e3',
});

/** Font weight of the title and the 1× line's label. */
export const CHART_BOLD_WEIGHT = 700;
/** Stroke width of the 1× line, in pixels; grid lines are 1 px. */
export const EQUAL_LINE_WIDTH_PX = 1.5;
/** Dash pattern of the minor grid lines (2×, 5×, 0.5×, 0.2×), in pixels: 2 on, 3 off. */
export const MINOR_GRID_DASH_PX = '2 3';

/** Grey level (0–255) of the smallest size's bars. */
const LIGHTEST_GREY = 0xb4;
/** Grey level (0–255) of the second-largest size's bars. */
const DARKEST_GREY = 0x5a;
/** Hex digits of one colour channel. */
const CHANNEL_HEX_DIGITS = 2;

/**
 * Gives the bar colour of each story size, smallest first: greys from light to dark, the largest size in the accent.
 * @param {number} count how many sizes there are
 * @returns {string[]}
 */
export function getSizeColours(count) {
  if (count <= 0) return [];
  const greys = [];
  const others = count - 1;
  for (let i = 0; i < others; i++) {
    const t = others === 1 ? 1 : i / (others - 1);
    const level = Math.round(LIGHTEST_GREY + (DARKEST_GREY - LIGHTEST_GREY) * t);
    const hex = level.toString(16).padStart(CHANNEL_HEX_DIGITS, '0');
    greys.push(`#${hex}${hex}${hex}`);
  }
  return [...greys, CHART_COLOURS.accent];
}
