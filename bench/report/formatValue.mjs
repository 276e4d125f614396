// @ts-check
// Number formatting for the table and the chart: en-US digit grouping, fixed decimals, no "-0".

/** @import { NumericUnit } from './types.mjs' */

/** Bytes in a kibibyte: the unit the budgets are set in (`90 * 1024`), so table and budget agree. */
const BYTES_PER_KB = 1024;
/** Bytes in a megabyte (decimal). */
const BYTES_PER_MB = 1_000_000;
/** Below this many ms a fractional time keeps one decimal, since whole numbers would hide the differences; 9.95 rounds to 10. */
const MS_DECIMAL_BELOW = 9.95;
/** From this ratio up, ratios are whole numbers. */
const RATIO_WHOLE_FROM = 100;
/** From this ratio up to RATIO_WHOLE_FROM, ratios have two decimals; below it, two significant digits. */
const RATIO_DECIMALS_FROM = 0.01;
/** Significant digits of ratios below RATIO_DECIMALS_FROM. */
const SMALL_RATIO_DIGITS = 2;

/**
 * Formats a number with exactly `digits` decimals and en-US grouping, never as "-0".
 * @param {number} value
 * @param {number} digits
 * @returns {string}
 */
export function formatFixed(value, digits) {
  const text = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return text === '-0' || /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

/**
 * Formats a count as a whole number with en-US grouping: `10,000`.
 * @param {number} n
 * @returns {string}
 */
export function formatCount(n) {
  return formatFixed(n, 0);
}

/**
 * Rounds one value for the table: ms as whole numbers (one decimal below 10 ms, where whole
 * numbers would hide the differences), KiB (1,024 bytes, as the budgets) and MB (decimal) with one decimal,
 * counts as whole numbers (one decimal when a median falls between two counts).
 * @param {number} value
 * @param {NumericUnit} unit
 * @returns {string}
 */
export function formatValue(value, unit) {
  switch (unit) {
    case 'ms':
      return formatFixed(value, Math.abs(value) < MS_DECIMAL_BELOW && Math.round(value) !== value ? 1 : 0);
    case 'kb':
      return formatFixed(value / BYTES_PER_KB, 1);
    case 'mb':
      return formatFixed(value / BYTES_PER_MB, 1);
    case 'count':
      return formatFixed(value, Number.isInteger(value) ? 0 : 1);
  }
}

/**
 * Formats a ratio as `0.42×`: two decimals; whole numbers from 100×; two significant digits below 0.01×.
 * @param {number} ratio
 * @returns {string}
 */
export function formatRatio(ratio) {
  if (ratio === 0) return '0×';
  if (ratio >= RATIO_WHOLE_FROM) return `${formatFixed(ratio, 0)}×`;
  if (ratio >= RATIO_DECIMALS_FROM) return `${formatFixed(ratio, 2)}×`;
  return `${Number(ratio.toPrecision(SMALL_RATIO_DIGITS))}×`;
}
