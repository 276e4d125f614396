import { getAxisYear, getYearStart, isDateTime, isDateYear, toAxisTime } from './civilDate';
import { getDateTimeFormat, getNumberFormat } from '../i18n/intlCache';
import type { CivilDate, Precision, TimelineEvent } from './types';

const DATE_OPTIONS: Record<Exclude<Precision, 'minute'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** Years from which digits are grouped ("12,000"), as for any other number of five digits or more. */
const GROUPED_YEAR = 10_000;

/**
 * True for the years Intl writes as a reader expects: 1 to 9999. Before 1 it counts astronomically
 * and without an era (year -300 comes out "301"); from 10000 on it does not group digits.
 */
export function hasIntlYear(year: number): boolean {
  return year >= 1 && year < GROUPED_YEAR;
}

/** Intl options that write a civil date as its source wrote it, in its own zone. */
function getFormatOptions(date: CivilDate): Intl.DateTimeFormatOptions {
  if (date.precision !== 'minute') return { ...DATE_OPTIONS[date.precision], timeZone: 'UTC' };
  const options: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS.day, hour: 'numeric', minute: '2-digit' };
  if (date.timeZone === undefined) return { ...options, timeZone: 'UTC' };
  return { ...options, timeZone: date.timeZone, timeZoneName: 'short' };
}

/**
 * Replaces the thin and narrow no-break spaces some ICU versions put in dates with plain spaces,
 * so a date prerendered by Node reads the same as the one the browser writes.
 */
function normalizeSpaces(text: string): string {
  return text.replace(/[\u2009\u202f]/g, ' ');
}

/** CLDR's short English era before year 1 is "BC"; TimelineJS writes "BCE", as do most histories and sciences. */
function toEraText(era: string): string {
  return era === 'BC' ? 'BCE' : era;
}

/**
 * Formats an instant in Date's range with Intl `options`, writing `year` (the civil year it falls
 * in) as TimelineJS numbers years: year -300 is "300 BCE" (the locale's era, placed by the locale),
 * year 0 is "0", and years of five digits or more are grouped ("12,000"). Intl would write
 * "301" and "1", counting astronomically without an era.
 */
export function formatWithCivilYear(time: number, year: number, options: Intl.DateTimeFormatOptions, locale: string): string {
  const era: Intl.DateTimeFormatOptions = year < 0 && options.year !== undefined ? { era: 'short' } : {};
  const format = getDateTimeFormat(locale, { ...options, ...era, calendar: 'gregory' });
  const size = Math.abs(year);
  const yearText = getNumberFormat(locale, size < GROUPED_YEAR ? { useGrouping: false } : {}).format(size);
  const parts = format.formatToParts(time).map((part) => (part.type === 'year' ? yearText : part.type === 'era' ? toEraText(part.value) : part.value));
  return normalizeSpaces(parts.join(''));
}

/**
 * Formats a civil date in `locale`, e.g. "May 27, 2024", "May 27, 2024, 9:15 PM PDT", "300 BCE" or
 * "13,800,000,000 BCE" (see `formatWithCivilYear` for years before 1 and from 10000 on).
 */
export function formatCivilDate(date: CivilDate, locale: string): string {
  const options = getFormatOptions(date);
  if (hasIntlYear(date.year)) return normalizeSpaces(getDateTimeFormat(locale, options).format(new Date(toAxisTime(date))));
  if (isDateYear(date.year)) return formatWithCivilYear(toAxisTime(date), date.year, options, locale);
  // Beyond Date's range a date is a year alone: Intl lays out a year of the same era, with this year's digits.
  return formatWithCivilYear(getYearStart(date.year < 0 ? -1000 : 2000), date.year, options, locale);
}

/** Formats a span, e.g. "October 27 – 28, 2022"; falls back to the start alone when equal. */
export function formatCivilRange(start: CivilDate, end: CivilDate | undefined, locale: string): string {
  if (end === undefined) return formatCivilDate(start, locale);
  if (!hasIntlYear(start.year) || !hasIntlYear(end.year)) {
    // Intl's formatRange would write Intl's years: each end is written whole instead.
    const from = formatCivilDate(start, locale);
    const to = formatCivilDate(end, locale);
    return from === to ? from : `${from} – ${to}`;
  }
  // Both ends share the finer precision so Intl can collapse the shared parts.
  const finer = start.precision === 'minute' || end.precision !== 'minute' ? start : end;
  const format = getDateTimeFormat(locale, getFormatOptions(finer));
  return normalizeSpaces(format.formatRange(new Date(toAxisTime(start)), new Date(toAxisTime(end))));
}

/**
 * The month an axis time falls in (UTC), or with `precision` `'year'` its year: "March 2023",
 * "March 300 BCE", "300 BCE", for "Showing March 2023 to June 2024". Beyond Date's range, always
 * the year ("13,800,000,000 BCE").
 */
export function formatAxisTime(time: number, locale: string, precision: 'year' | 'month' = 'month'): string {
  if (!isDateTime(time)) return formatCivilDate({ year: getAxisYear(time), month: 1, day: 1, hour: 0, minute: 0, precision: 'year' }, locale);
  const date = new Date(time);
  const month = precision === 'month' ? date.getUTCMonth() + 1 : 1;
  return formatCivilDate({ year: date.getUTCFullYear(), month, day: 1, hour: 0, minute: 0, precision }, locale);
}

/** The date an event shows: its own display text (TimelineJS `display_date`, "Spring 1997") or its formatted span. */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'displayDate'>, locale: string): string {
  return event.displayDate ?? formatCivilRange(event.start, event.end, locale);
}
