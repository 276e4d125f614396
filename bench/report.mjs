// @ts-check
// Turns raw benchmark results (as written by bench/run.mjs) into a summary, a markdown table, an
// SVG chart of the Quoteline / TimelineJS ratios, and the README section between
// `<!-- bench:start -->` and `<!-- bench:end -->`. Pure functions, no I/O, no dependencies; one
// concept per module in bench/report/, listed here by name.

export { escapeXml } from './report/escapeXml.mjs';
export { formatRatio, formatValue } from './report/formatValue.mjs';
export { median } from './report/median.mjs';
export { FLAG_METRICS, NUMERIC_METRICS } from './report/metrics.mjs';
export { renderChart } from './report/renderChart.mjs';
export { renderSummary } from './report/renderSummary.mjs';
export { renderTable } from './report/renderTable.mjs';
export { summarize } from './report/summarize.mjs';
export { updateReadme } from './report/updateReadme.mjs';

/**
 * @typedef {import('./report/types.mjs').BenchSystem} BenchSystem A system under test.
 * @typedef {import('./report/types.mjs').BenchSample} BenchSample One measured page load.
 * @typedef {import('./report/types.mjs').BenchResult} BenchResult All runs of one system × story × size × CPU speed.
 * @typedef {import('./report/types.mjs').BenchMachine} BenchMachine The machine a run was measured on.
 * @typedef {import('./report/types.mjs').BenchResults} BenchResults Everything one benchmark run wrote.
 * @typedef {import('./report/types.mjs').NumericMetric} NumericMetric A sample field that holds a number.
 * @typedef {import('./report/types.mjs').FlagMetric} FlagMetric A sample field that holds yes or no.
 * @typedef {import('./report/types.mjs').NumericStat} NumericStat One system's numbers for one metric in one group.
 * @typedef {import('./report/types.mjs').FlagStat} FlagStat One system's count for one yes/no metric in one group.
 * @typedef {import('./report/types.mjs').NumericRow} NumericRow A numeric metric in one group, per system.
 * @typedef {import('./report/types.mjs').FlagRow} FlagRow A yes/no metric in one group, per system.
 * @typedef {import('./report/types.mjs').SummaryGroup} SummaryGroup Everything measured for one (story, n, cpu).
 * @typedef {import('./report/types.mjs').Summary} Summary The results grouped and reduced to medians, spreads, counts and ratios.
 * @typedef {import('./report/types.mjs').ChartOptions} ChartOptions Texts of the chart.
 */
