// @ts-check
// What the report knows how to compare: the systems and the sample fields, in report order.

/** @import { BenchSystem, FlagMetric, NumericMetric } from './types.mjs' */

/**
 * The systems the report compares, Quoteline first; results for any other system are ignored.
 * @type {readonly BenchSystem[]}
 */
export const BENCH_SYSTEMS = ['quoteline', 'timelinejs'];

/**
 * Every numeric sample field, in summary order.
 * @type {readonly NumericMetric[]}
 */
export const NUMERIC_METRICS = [
  'headlineMs',
  'usableMs',
  'fcpMs',
  'tbtMs',
  'longestTaskMs',
  'jsBytes',
  'cssBytes',
  'requests',
  'externalRequests',
  'heapBytes',
  'keyMedianMs',
  'keyP95Ms',
  'keyWorkP95Ms',
  'searchWorkMedianMs',
  'searchWorkP95Ms',
  'zoomP95Ms',
  'zoomLongFrames',
];

/**
 * Every yes/no sample field, in summary order.
 * @type {readonly FlagMetric[]}
 */
export const FLAG_METRICS = ['keyEffective', 'zoomEffective', 'timedOut'];
