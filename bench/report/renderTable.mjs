// @ts-check

import { escapeMarkdownCell, escapeMarkdownText } from './escapeMarkdown.mjs';
import { formatMachine, formatRunDate } from './formatMachine.mjs';
import { formatCount, formatFixed, formatRatio, formatValue } from './formatValue.mjs';

/**
 * @import { BenchResults, FlagMetric, FlagStat, NumericMetric, NumericStat, NumericUnit, Summary,
 *   SummaryGroup } from './types.mjs'
 */

/**
 * Table rows, in order; `unit` decides the rounding.
 * @type {ReadonlyArray<{ metric: NumericMetric, label: string, unit: NumericUnit } | { metric: FlagMetric, label: string, unit: 'flag' }>}
 */
const TABLE_ROWS = [
  { metric: 'headlineMs', label: 'First headline visible (ms)', unit: 'ms' },
  { metric: 'usableMs', label: 'Timeline usable (ms)', unit: 'ms' },
  { metric: 'fcpMs', label: 'First contentful paint (ms)', unit: 'ms' },
  { metric: 'tbtMs', label: 'Total blocking time (ms)', unit: 'ms' },
  { metric: 'longestTaskMs', label: 'Longest main-thread task (ms)', unit: 'ms' },
  { metric: 'jsBytes', label: 'JS transferred (KiB gzip)', unit: 'kb' },
  { metric: 'cssBytes', label: 'CSS transferred (KiB gzip)', unit: 'kb' },
  { metric: 'requests', label: 'Requests', unit: 'count' },
  { metric: 'externalRequests', label: 'Requests to other hosts', unit: 'count' },
  { metric: 'heapBytes', label: 'JS heap after load (MB)', unit: 'mb' },
  { metric: 'keyMedianMs', label: 'Keyboard step to next paint, median (ms)', unit: 'ms' },
  { metric: 'keyP95Ms', label: 'Keyboard step to next paint, p95 (ms)', unit: 'ms' },
  { metric: 'keyWorkP95Ms', label: 'Keyboard step work (script + layout), p95 (ms)', unit: 'ms' },
  { metric: 'keyEffective', label: 'Key did something', unit: 'flag' },
  { metric: 'searchWorkMedianMs', label: 'Search keystroke work, median (ms)', unit: 'ms' },
  { metric: 'searchWorkP95Ms', label: 'Search keystroke work p95 (ms)', unit: 'ms' },
  { metric: 'zoomP95Ms', label: 'Zoom frame p95 (ms)', unit: 'ms' },
  { metric: 'zoomLongFrames', label: 'Zoom frames > 50 ms', unit: 'count' },
  { metric: 'zoomEffective', label: 'Zoom did something', unit: 'flag' },
  { metric: 'timedOut', label: 'Timed out', unit: 'flag' },
];

/** The header and alignment lines of every table. */
const TABLE_HEAD = ['| Metric | Quoteline | TimelineJS | Quoteline / TimelineJS |', '| --- | --: | --: | --: |'];

/** What a cell shows when there is nothing to show. */
const EMPTY_CELL = '—';

/**
 * Markdown for the README: one line saying when, where and how often it was measured, then one
 * table per group (rows = metrics, columns = Quoteline, TimelineJS, Quoteline / TimelineJS).
 * Cells read `median (min–max)`, `—` where there is nothing to show, `2/3` for yes/no counts.
 * @param {Summary} summary
 * @param {Pick<BenchResults, 'date' | 'machine' | 'runs'>} results
 * @returns {string}
 */
export function renderTable(summary, results) {
  const runs = results.runs;
  const intro =
    `Measured ${formatRunDate(results.date)} on ${escapeMarkdownText(formatMachine(results.machine))}; ` +
    `${runs} measured run${runs === 1 ? '' : 's'} per cell after a warm-up run. ` +
    `Cells show median (min–max); ratios compare medians, below 1× Quoteline is faster or smaller.`;
  const sections = [intro, ...summary.groups.map(renderGroupTable)];
  return `${sections.join('\n\n')}\n`;
}

/**
 * Renders the heading and table of one group.
 * @param {SummaryGroup} group
 * @returns {string}
 */
function renderGroupTable(group) {
  const lines = [`### ${escapeMarkdownText(formatGroupTitle(group))}`, '', ...TABLE_HEAD];
  for (const row of TABLE_ROWS) {
    /** @type {string[]} */
    let cells;
    if (row.unit === 'flag') {
      const flag = group.flags[row.metric];
      cells = [formatFlagCell(flag.quoteline), formatFlagCell(flag.timelinejs), EMPTY_CELL];
    } else {
      const stat = group.numeric[row.metric];
      // Timeouts are told with the headline time, the figure they leave out.
      const timedOut = row.metric === 'headlineMs' ? group.flags.timedOut : null;
      cells = [
        formatNumericCell(stat.quoteline, row.unit, timedOut?.quoteline ?? null),
        formatNumericCell(stat.timelinejs, row.unit, timedOut?.timelinejs ?? null),
        stat.ratio === null ? EMPTY_CELL : formatRatio(stat.ratio),
      ];
    }
    lines.push(`| ${[row.label, ...cells].map(escapeMarkdownCell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * Formats a numeric cell as `median (min–max)`, plus `timed out 1/3` when some runs timed out.
 * @param {NumericStat | null} stat
 * @param {NumericUnit} unit
 * @param {FlagStat | null} timedOut the runs that timed out, or null to leave them out
 * @returns {string}
 */
function formatNumericCell(stat, unit, timedOut) {
  if (!stat) return EMPTY_CELL;
  const timeouts = timedOut && timedOut.count > 0 ? `timed out ${timedOut.count}/${timedOut.total}` : '';
  if (stat.median === null || stat.min === null || stat.max === null) return timeouts || EMPTY_CELL;
  const mid = formatValue(stat.median, unit);
  const low = formatValue(stat.min, unit);
  const high = formatValue(stat.max, unit);
  const value = low === high ? mid : `${mid} (${low}–${high})`;
  return timeouts ? `${value}, ${timeouts}` : value;
}

/**
 * Formats a yes/no cell as `count/total`.
 * @param {FlagStat | null} stat
 * @returns {string}
 */
function formatFlagCell(stat) {
  return stat && stat.total > 0 ? `${stat.count}/${stat.total}` : EMPTY_CELL;
}

/**
 * Names the CPU speed of a group: `normal CPU speed` or `CPU slowed 4×`.
 * @param {number} cpu
 * @returns {string}
 */
function formatSpeed(cpu) {
  return cpu === 1 ? 'normal CPU speed' : `CPU slowed ${formatFixed(cpu, Number.isInteger(cpu) ? 0 : 1)}×`;
}

/**
 * Titles a group: `Generated story, 1,000 events, normal CPU speed`.
 * @param {SummaryGroup} group
 * @returns {string}
 */
function formatGroupTitle(group) {
  const events = `${formatCount(group.n)} event${group.n === 1 ? '' : 's'}`;
  const story = group.story === 'bundled' ? 'Bundled story' : group.story === 'generated' ? 'Generated story' : `Story “${group.story}”`;
  return `${story}, ${events}, ${formatSpeed(group.cpu)}`;
}
