import { MEAN_YEAR_MS } from '../data/civilDate';
import { getNumberFormat } from '../i18n/intlCache';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Average Gregorian month and year, in ms: for words about durations, not for calendar maths. */
export const MONTH_MS = 30.436875 * DAY_MS;
export const YEAR_MS = MEAN_YEAR_MS;
const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * DAY_MS;
/** Counts of years from which a duration is written in words ("8.2 billion years", not "8,200,000,000 years"). */
const COMPACT_YEARS = 1_000_000;

type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour';

/** The largest unit with at least one whole count, and that count (rounded). */
function pickUnit(ms: number): [DurationUnit, number] {
  if (ms >= YEAR_MS * 0.95) return ['year', Math.max(1, Math.round(ms / YEAR_MS))];
  if (ms >= MONTH_MS * 0.95) return ['month', Math.max(1, Math.round(ms / MONTH_MS))];
  if (ms >= WEEK_MS) return ['week', Math.round(ms / WEEK_MS)];
  if (ms >= DAY_MS) return ['day', Math.round(ms / DAY_MS)];
  return ['hour', Math.max(1, Math.round(ms / HOUR_MS))];
}

/** A duration in words, in the page's language: "7 months", "3 years", "5 days", "8.2 billion years". */
export function formatDuration(ms: number, locale: string): string {
  const [unit, count] = pickUnit(ms);
  const compact: Intl.NumberFormatOptions = count >= COMPACT_YEARS ? { notation: 'compact', compactDisplay: 'long' } : {};
  return getNumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', ...compact }).format(count);
}
