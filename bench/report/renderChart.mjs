// @ts-check

import {
  CHART_MARGIN_PX,
  CHART_WIDTH_PX,
  LEGEND_BASELINE_PX,
  LEGEND_CHAR_WIDTH_PX,
  LEGEND_ITEM_GAP_PX,
  LEGEND_LABEL_OFFSET_PX,
  LEGEND_SWATCH_PX,
  LEGEND_TOP_PX,
  PLOT_FOOTER_PX,
  PLOT_LEFT_PX,
  PLOT_RIGHT_PX,
  PLOT_TOP_PX,
  SUBTITLE_BASELINE_PX,
  TITLE_BASELINE_PX,
  getBandHeight,
  getPlotBottom,
  roundPx,
} from './chartLayout.mjs';
import { CHART_BOLD_WEIGHT, CHART_COLOURS, CHART_FONT_FAMILY, CHART_FONT_SIZE_PX, getSizeColours } from './chartStyle.mjs';
import { createRatioScale } from './createRatioScale.mjs';
import { escapeXml } from './escapeXml.mjs';
import { formatCount } from './formatValue.mjs';
import { renderBands } from './renderBands.mjs';
import { renderEqualLine } from './renderEqualLine.mjs';
import { renderRatioGrid } from './renderRatioGrid.mjs';

/**
 * @import { ChartMetric } from './renderBands.mjs'
 * @import { ChartOptions, NumericMetric, Summary } from './types.mjs'
 */

/** Chart bands, from the top. @type {readonly ChartMetric[]} */
const CHART_METRICS = [
  { metric: 'headlineMs', label: 'First headline visible' },
  { metric: 'fcpMs', label: 'First contentful paint' },
  { metric: 'tbtMs', label: 'Total blocking time' },
  { metric: 'jsBytes', label: 'JS transferred' },
  { metric: 'cssBytes', label: 'CSS transferred' },
  { metric: 'heapBytes', label: 'JS heap after load' },
  { metric: 'keyP95Ms', label: 'Keyboard step p95' },
  { metric: 'zoomP95Ms', label: 'Zoom frame p95' },
];

/** Title when ChartOptions gives none. */
const DEFAULT_TITLE = 'Quoteline / TimelineJS, generated story at normal CPU speed';
/** Subtitle when ChartOptions gives none. */
const DEFAULT_SUBTITLE = 'Median Quoteline ÷ median TimelineJS, log scale. < 1× means Quoteline is faster or smaller.';
/** What an empty chart says, in the plot and in its description. */
const NO_DATA = 'No results for the generated story at normal CPU speed';

/**
 * A standalone SVG (900 px wide) of the ratios Quoteline / TimelineJS at normal CPU speed for the
 * generated story: one band per metric, one bar per story size, on a log scale around a marked
 * 1× line. Missing ratios are labelled "n/a"; ratios of 0 reach the left edge, labelled "0×".
 * @param {Summary} summary
 * @param {ChartOptions} [options]
 * @returns {string}
 */
export function renderChart(summary, options = {}) {
  const groups = summary.groups.filter((group) => group.story === 'generated' && group.cpu === 1);
  const sizes = [...new Set(groups.map((group) => group.n))].sort((a, b) => a - b);
  const colours = getSizeColours(sizes.length);
  const title = options.title ?? DEFAULT_TITLE;
  const subtitle = options.subtitle ?? DEFAULT_SUBTITLE;

  /** @param {NumericMetric} metric @param {number} n */
  const getRatio = (metric, n) => groups.find((group) => group.n === n)?.numeric[metric].ratio ?? null;
  const scale = createRatioScale(
    CHART_METRICS.flatMap(({ metric }) => sizes.map((n) => getRatio(metric, n))),
    PLOT_LEFT_PX,
    PLOT_RIGHT_PX,
  );
  const plotBottom = getPlotBottom(CHART_METRICS.length, getBandHeight(sizes.length));
  const height = plotBottom + PLOT_FOOTER_PX;
  const { ink, muted } = CHART_COLOURS;
  const bands = renderBands(CHART_METRICS, sizes, getRatio, scale, colours);
  const empty = `<text x="${(PLOT_LEFT_PX + PLOT_RIGHT_PX) / 2}" y="${roundPx((PLOT_TOP_PX + plotBottom) / 2)}" font-size="${CHART_FONT_SIZE_PX.empty}" fill="${muted}" text-anchor="middle">${NO_DATA}</text>`;
  const description = `Bar chart. ${subtitle} ` + (sizes.length > 0 ? bands.descriptions.join(' ') : `${NO_DATA}.`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH_PX}" height="${height}" viewBox="0 0 ${CHART_WIDTH_PX} ${height}" role="img" aria-labelledby="bench-title bench-desc" font-family="${escapeXml(CHART_FONT_FAMILY)}">`,
    `<title id="bench-title">${escapeXml(title)}</title>`,
    `<desc id="bench-desc">${escapeXml(description)}</desc>`,
    `<rect width="${CHART_WIDTH_PX}" height="${height}" fill="${CHART_COLOURS.background}"/>`,
    `<text x="${CHART_MARGIN_PX}" y="${TITLE_BASELINE_PX}" font-size="${CHART_FONT_SIZE_PX.title}" font-weight="${CHART_BOLD_WEIGHT}" fill="${ink}">${escapeXml(title)}</text>`,
    `<text x="${CHART_MARGIN_PX}" y="${SUBTITLE_BASELINE_PX}" font-size="${CHART_FONT_SIZE_PX.label}" fill="${muted}">${escapeXml(subtitle)}</text>`,
    ...renderLegend(sizes, colours),
    ...renderRatioGrid(scale, plotBottom),
    ...bands.elements,
    ...(sizes.length === 0 ? [empty] : []),
    ...renderEqualLine(scale, plotBottom),
    '</svg>',
    '',
  ].join('\n');
}

/**
 * Renders the legend: a swatch and "N events" per story size, in one row.
 * @param {readonly number[]} sizes
 * @param {readonly string[]} colours
 * @returns {string[]} SVG elements
 */
function renderLegend(sizes, colours) {
  /** @type {string[]} */
  const out = [];
  let x = CHART_MARGIN_PX;
  sizes.forEach((n, i) => {
    const label = `${formatCount(n)} event${n === 1 ? '' : 's'}`;
    out.push(`<rect x="${x}" y="${LEGEND_TOP_PX}" width="${LEGEND_SWATCH_PX}" height="${LEGEND_SWATCH_PX}" fill="${colours[i]}"/>`);
    out.push(`<text x="${x + LEGEND_LABEL_OFFSET_PX}" y="${LEGEND_BASELINE_PX}" font-size="${CHART_FONT_SIZE_PX.label}" fill="${CHART_COLOURS.ink}">${escapeXml(label)}</text>`);
    x += LEGEND_LABEL_OFFSET_PX + label.length * LEGEND_CHAR_WIDTH_PX + LEGEND_ITEM_GAP_PX;
  });
  return out;
}
