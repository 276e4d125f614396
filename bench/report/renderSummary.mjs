// @ts-check

import { formatRatio, formatValue } from './formatValue.mjs';

/** @import { BenchResults, NumericMetric, Summary } from './types.mjs' */

/** The rows of the README's short summary: what a newsroom asks first. */
const SUMMARY_METRICS = /** @type {const} */ ([
  ['headlineMs', 'First headline visible (ms)', 'ms'],
  ['usableMs', 'Timeline usable (ms)', 'ms'],
  ['keyP95Ms', 'Keyboard step to next paint, p95 (ms)', 'ms'],
  ['jsBytes', 'JS transferred (KiB gzip)', 'kb'],
]);

/**
 * The README's performance summary: at normal CPU speed, per generated story size, the medians of
 * Quoteline and TimelineJS and their ratio for the first headline, the keyboard step and the
 * JavaScript sent; then where the full tables are. The full tables stay in `bench/results/`.
 * @param {Summary} summary
 * @param {BenchResults} report
 * @param {string} tablesPath path of the full tables relative to the README
 * @returns {string}
 */
export function renderSummary(summary, report, tablesPath) {
  const groups = summary.groups.filter((group) => group.story === 'generated' && group.cpu === 1);
  const lines = [
    `Measured ${report.date.slice(0, 10)} on ${report.machine.cpu} (${report.machine.cores} cores), Chromium ${report.machine.chromium}; medians of ${report.runs} runs, stories loaded with \`?src=\`, normal CPU speed. Below 1× Quoteline is faster or smaller.`,
    '',
    '| Events | Metric | Quoteline | TimelineJS | Ratio |',
    '| --: | --- | --: | --: | --: |',
  ];
  for (const group of groups) {
    for (const [metric, label, unit] of SUMMARY_METRICS) {
      const row = group.numeric[/** @type {NumericMetric} */ (metric)];
      const cell = (/** @type {number | null | undefined} */ value) => (value === null || value === undefined ? '—' : formatValue(value, unit));
      const timedOut = group.flags.timedOut.timelinejs?.count ? ' (timed out)' : '';
      lines.push(
        `| ${group.n.toLocaleString('en-US')} | ${label} | ${cell(row.quoteline?.median)} | ${cell(row.timelinejs?.median)}${metric === 'headlineMs' ? timedOut : ''} | ${row.ratio === null ? '—' : formatRatio(row.ratio)} |`,
      );
    }
  }
  lines.push('', `Every metric, the bundled story and the 4× CPU slowdown: [${tablesPath}](${tablesPath}).`);
  return lines.join('\n');
}
