// @ts-check

import {
  BAR_GAP_PX,
  BAR_HEIGHT_PX,
  METRIC_LABEL_NUDGE_PX,
  METRIC_LABEL_RIGHT_PX,
  MIN_BAR_WIDTH_PX,
  MISSING_GAP_PX,
  VALUE_GAP_PX,
  VALUE_NUDGE_PX,
  getBandHeight,
  getBandTop,
  roundPx,
} from './chartLayout.mjs';
import { CHART_COLOURS, CHART_FONT_SIZE_PX } from './chartStyle.mjs';
import { escapeXml } from './escapeXml.mjs';
import { formatCount, formatRatio } from './formatValue.mjs';

/**
 * @import { RatioScale } from './createRatioScale.mjs'
 * @import { NumericMetric } from './types.mjs'
 */

/**
 * A band of the chart: one metric, labelled.
 * @typedef {object} ChartMetric
 * @property {NumericMetric} metric
 * @property {string} label
 */

/**
 * Renders one band per metric with one bar per story size, from the 1× line to the ratio, each
 * labelled with its value ("n/a" when missing; 0× reaches the left edge). Also describes each band
 * in one sentence, for the chart's text alternative.
 * @param {readonly ChartMetric[]} metrics bands, from the top
 * @param {readonly number[]} sizes story sizes, one bar each, from the top
 * @param {(metric: NumericMetric, n: number) => number | null} getRatio the ratio of a metric at a size, or null
 * @param {RatioScale} scale
 * @param {readonly string[]} colours bar colour of each size
 * @returns {{ elements: string[], descriptions: string[] }} SVG elements, and one sentence per band
 */
export function renderBands(metrics, sizes, getRatio, scale, colours) {
  const bandHeight = getBandHeight(sizes.length);
  const one = scale.x(1);
  const { ink, muted } = CHART_COLOURS;
  /** @type {string[]} */
  const elements = [];
  /** @type {string[]} */
  const descriptions = [];
  metrics.forEach(({ metric, label }, band) => {
    const bandTop = getBandTop(band, bandHeight);
    elements.push(
      `<text x="${METRIC_LABEL_RIGHT_PX}" y="${roundPx(bandTop + bandHeight / 2 + METRIC_LABEL_NUDGE_PX)}" font-size="${CHART_FONT_SIZE_PX.label}" fill="${ink}" text-anchor="end">${escapeXml(label)}</text>`,
    );
    /** @type {string[]} */
    const parts = [];
    sizes.forEach((n, i) => {
      const y = bandTop + i * (BAR_HEIGHT_PX + BAR_GAP_PX);
      const textY = roundPx(y + BAR_HEIGHT_PX / 2 + VALUE_NUDGE_PX);
      const ratio = getRatio(metric, n);
      const sizeLabel = `${formatCount(n)} events`;
      const valueFont = `font-size="${CHART_FONT_SIZE_PX.value}"`;
      if (ratio === null || !(ratio >= 0) || !Number.isFinite(ratio)) {
        parts.push(`${sizeLabel} n/a`);
        elements.push(`<text x="${roundPx(one + MISSING_GAP_PX)}" y="${textY}" ${valueFont} font-style="italic" fill="${muted}">n/a</text>`);
        return;
      }
      const text = formatRatio(ratio);
      parts.push(`${sizeLabel} ${text}`);
      // log10(0) is -Infinity: say outright that 0× sits at the left edge.
      const end = ratio === 0 ? scale.left : scale.x(ratio);
      const from = Math.min(end, one);
      const barWidth = Math.max(MIN_BAR_WIDTH_PX, Math.abs(end - one));
      elements.push(`<rect x="${from}" y="${y}" width="${roundPx(barWidth)}" height="${BAR_HEIGHT_PX}" fill="${colours[i]}"><title>${escapeXml(`${label}, ${sizeLabel}: ${text}`)}</title></rect>`);
      const isLeft = ratio < 1;
      const textX = roundPx(isLeft ? from - VALUE_GAP_PX : from + barWidth + VALUE_GAP_PX);
      elements.push(`<text x="${textX}" y="${textY}" ${valueFont} fill="${ink}" text-anchor="${isLeft ? 'end' : 'start'}">${escapeXml(text)}</text>`);
    });
    descriptions.push(`${label}: ${parts.join(', ') || 'no data'}.`);
  });
  return { elements, descriptions };
}
