import { toAxisTime } from './civilDate';
import { getDateTimeFormat } from './intlCache';
import type { CivilDate, Precision, TimelineEvent } from './types';

const DATE_OPTIONS: Record<Exclude<Precision, 'minute'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** A cached month-and-year formatter in UTC (civil), e.g. for "Showing March 2023 to June 2024". */
export function getMonthYearFormatter(locale: string): Intl.DateTimeFormat {
  return getDateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
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

/** Formats a civil date in `locale`, e.g. "May 27, 2024" or "May 27, 2024, 9:15 PM PDT". */
export function formatCivilDate(date: CivilDate, locale: string): string {
  return normalizeSpaces(getDateTimeFormat(locale, getFormatOptions(date)).format(new Date(toAxisTime(date))));
}

/** Formats a span, e.g. "October 27 – 28, 2022"; falls back to the start alone when equal. */
export function formatCivilRange(start: CivilDate, end: CivilDate | undefined, locale: string): string {
  if (end === undefined) return formatCivilDate(start, locale);
  // Both ends share the finer precision so Intl can collapse the shared parts.
  const finer = start.precision === 'minute' || end.precision !== 'minute' ? start : end;
  const format = getDateTimeFormat(locale, getFormatOptions(finer));
  return normalizeSpaces(format.formatRange(new Date(toAxisTime(start)), new Date(toAxisTime(end))));
}

/** The date an event shows: its own display text (TimelineJS `display_date`, "Spring 1997") or its formatted span. */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'displayDate'>, locale: string): string {
  return event.displayDate ?? formatCivilRange(event.start, event.end, locale);
}
