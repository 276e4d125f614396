import { utcDay, utcMonth, utcYear } from 'd3-time';
import { getAxisYear, isDateTime } from '../data/civilDate';
import { formatCivilDate, formatWithCivilYear, hasIntlYear } from '../data/formatDate';
import { getDateTimeFormat } from '../i18n/intlCache';

/** Chooses Intl options for tick labels from the finest boundary the ticks fall on (all UTC). */
export function getTickFormatOptions(ticks: readonly Date[]): Intl.DateTimeFormatOptions {
  const isOn = (interval: typeof utcDay): boolean => ticks.every((tick) => interval.floor(tick).getTime() === tick.getTime());
  if (isOn(utcYear)) return { year: 'numeric', timeZone: 'UTC' };
  if (isOn(utcMonth)) return { month: 'short', year: 'numeric', timeZone: 'UTC' };
  if (isOn(utcDay)) return { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
}

/** Formats tick dates in `locale` with one shared granularity; years before 1 read "300 BCE" (see `formatWithCivilYear`). */
export function formatTicks(ticks: readonly Date[], locale: string): string[] {
  const options = getTickFormatOptions(ticks);
  const format = getDateTimeFormat(locale, options);
  return ticks.map((tick) => {
    const year = tick.getUTCFullYear();
    return hasIntlYear(year) ? format.format(tick) : formatWithCivilYear(tick.getTime(), year, options, locale);
  });
}

/**
 * Formats ticks given as axis times: those Date holds as `formatTicks` does, those beyond its range
 * (always year starts) as their year, "13,800,000,000 BCE".
 */
export function formatTickTimes(times: readonly number[], locale: string): string[] {
  const dateLabels = formatTicks(
    times.filter(isDateTime).map((time) => new Date(time)),
    locale,
  );
  let dateIndex = 0;
  return times.map((time) => {
    if (!isDateTime(time)) return formatCivilDate({ year: getAxisYear(time), month: 1, day: 1, hour: 0, minute: 0, precision: 'year' }, locale);
    const label = dateLabels[dateIndex] ?? '';
    dateIndex += 1;
    return label;
  });
}
