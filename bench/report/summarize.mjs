// @ts-check

import { median } from './median.mjs';
import { BENCH_SYSTEMS, FLAG_METRICS, NUMERIC_METRICS } from './metrics.mjs';

/**
 * @import { BenchResults, BenchSample, BenchSystem, FlagMetric, FlagRow, FlagStat, NumericMetric,
 *   NumericRow, NumericStat, Summary, SummaryGroup } from './types.mjs'
 */

/** Stories in report order; any other story comes after them, by name. */
const STORY_ORDER = ['bundled', 'generated'];

/**
 * Groups results by (story, n, cpu) and gives, per metric and system, the median, min and max over
 * the samples (nulls ignored) or, for yes/no metrics, the count of true samples; plus the ratio of
 * the medians Quoteline / TimelineJS. Several result entries for the same system and group are
 * pooled; entries for other systems are ignored.
 * @param {BenchResults} results
 * @returns {Summary}
 */
export function summarize(results) {
  /** @type {Map<string, { story: string, n: number, cpu: number, samples: Map<BenchSystem, BenchSample[]> }>} */
  const byKey = new Map();
  for (const result of results.results ?? []) {
    if (!BENCH_SYSTEMS.includes(result.system)) continue;
    const key = JSON.stringify([result.story, result.n, result.cpu]);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { story: result.story, n: result.n, cpu: result.cpu, samples: new Map() };
      byKey.set(key, entry);
    }
    const samples = entry.samples.get(result.system) ?? [];
    samples.push(...(result.samples ?? []));
    entry.samples.set(result.system, samples);
  }
  const groups = [...byKey.values()].sort(compareGroups).map((entry) => summarizeGroup(entry.story, entry.n, entry.cpu, entry.samples));
  return { groups };
}

/**
 * Reduces the pooled samples of one (story, n, cpu) to a summary group.
 * @param {string} story
 * @param {number} n
 * @param {number} cpu
 * @param {Map<BenchSystem, BenchSample[]>} samples
 * @returns {SummaryGroup}
 */
function summarizeGroup(story, n, cpu, samples) {
  const systems = BENCH_SYSTEMS.filter((system) => samples.has(system));
  const quotelineSamples = samples.get('quoteline');
  const timelinejsSamples = samples.get('timelinejs');
  const numeric = /** @type {Record<NumericMetric, NumericRow>} */ ({});
  for (const metric of NUMERIC_METRICS) {
    const quoteline = quotelineSamples ? getNumericStat(quotelineSamples, metric) : null;
    const timelinejs = timelinejsSamples ? getNumericStat(timelinejsSamples, metric) : null;
    numeric[metric] = { quoteline, timelinejs, ratio: getRatio(quoteline?.median ?? null, timelinejs?.median ?? null) };
  }
  const flags = /** @type {Record<FlagMetric, FlagRow>} */ ({});
  for (const metric of FLAG_METRICS) {
    flags[metric] = {
      quoteline: quotelineSamples ? countFlag(quotelineSamples, metric) : null,
      timelinejs: timelinejsSamples ? countFlag(timelinejsSamples, metric) : null,
    };
  }
  return { story, n, cpu, systems, numeric, flags };
}

/**
 * Gives top / bottom, or null unless both exist and the denominator is non-zero.
 * @param {number | null} top
 * @param {number | null} bottom
 * @returns {number | null}
 */
function getRatio(top, bottom) {
  return top !== null && bottom !== null && bottom !== 0 ? top / bottom : null;
}

/**
 * Tells whether a sample field holds a finite number.
 * @param {unknown} value
 * @returns {value is number}
 */
function isNumber(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Gives the median, min and max of one metric over samples, ignoring samples without a number.
 * @param {readonly BenchSample[]} samples
 * @param {NumericMetric} metric
 * @returns {NumericStat}
 */
function getNumericStat(samples, metric) {
  /** @type {number[]} */
  const values = [];
  for (const sample of samples) {
    const value = sample?.[metric];
    if (isNumber(value)) values.push(value);
  }
  return {
    median: median(values),
    min: values.length > 0 ? Math.min(...values) : null,
    max: values.length > 0 ? Math.max(...values) : null,
    measured: values.length,
    total: samples.length,
  };
}

/**
 * Counts the samples where a yes/no metric is true.
 * @param {readonly BenchSample[]} samples
 * @param {FlagMetric} metric
 * @returns {FlagStat}
 */
function countFlag(samples, metric) {
  return { count: samples.filter((sample) => sample?.[metric] === true).length, total: samples.length };
}

/**
 * Gives the position of a story in report order.
 * @param {string} story
 * @returns {number}
 */
function rankStory(story) {
  const index = STORY_ORDER.indexOf(story);
  return index === -1 ? STORY_ORDER.length : index;
}

/**
 * Orders groups by story (bundled, generated, then others by name), then size, then CPU speed.
 * @param {{ story: string, n: number, cpu: number }} a
 * @param {{ story: string, n: number, cpu: number }} b
 * @returns {number}
 */
function compareGroups(a, b) {
  const byName = a.story < b.story ? -1 : a.story > b.story ? 1 : 0;
  return rankStory(a.story) - rankStory(b.story) || byName || a.n - b.n || a.cpu - b.cpu;
}
