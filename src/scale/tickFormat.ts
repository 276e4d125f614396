import { utcDay, utcMonth, utcYear } from 'd3-time';
import { getDateTimeFormat } from '../data/intlCache';

/** Chooses Intl options for tick labels from the finest boundary the ticks fall on (all UTC). */
export function getTickFormatOptions(ticks: readonly Date[]): Intl.DateTimeFormatOptions {
  const isOn = (interval: typeof utcDay): boolean => ticks.every((tick) => interval.floor(tick).getTime() === tick.getTime());
  if (isOn(utcYear)) return { year: 'numeric', timeZone: 'UTC' };
  if (isOn(utcMonth)) return { month: 'short', year: 'numeric', timeZone: 'UTC' };
  if (isOn(utcDay)) return { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
}

/** Formats tick dates in `locale` with one shared granularity. */
export function formatTicks(ticks: readonly Date[], locale: string): string[] {
  const format = getDateTimeFormat(locale, getTickFormatOptions(ticks));
  return ticks.map((tick) => format.format(tick));
}
