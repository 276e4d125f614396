import type { CivilDate, Precision } from './types';
import { getDateTimeFormat } from './intlCache';

const CIVIL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/** Number of days in a month of the proleptic Gregorian calendar. */
export function getDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Parts of a civil date before validation; absent parts are undefined. */
export interface CivilDateParts {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  hour?: number | undefined;
  minute?: number | undefined;
  timeZone?: string | undefined;
}

/** A civil date or the reason it is not one, with the part at fault (`month`, `day`, …). */
export type CivilDateResult = { ok: true; date: CivilDate } | { ok: false; part: keyof CivilDateParts | null; message: string };

/** Checks parts one by one and builds a civil date; the precision is the finest part given. */
export function createCivilDate(parts: CivilDateParts): CivilDateResult {
  const { year, month, day, hour, minute, timeZone } = parts;
  if (!Number.isInteger(year) || year < -271820 || year > 275759) {
    return { ok: false, part: 'year', message: `${year} is not a year` };
  }
  if (month === undefined) {
    if (day !== undefined) return { ok: false, part: 'month', message: 'a day needs a month' };
    return { ok: true, date: build(year, 1, 1, 0, 0, 'year') };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return { ok: false, part: 'month', message: `${month} is not a month` };
  }
  if (day === undefined) {
    if (hour !== undefined) return { ok: false, part: 'day', message: 'a time needs a day' };
    return { ok: true, date: build(year, month, 1, 0, 0, 'month') };
  }
  const daysInMonth = getDaysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) {
    const monthText = `${year}-${pad(month)}`;
    return { ok: false, part: 'day', message: `${day} is not a day of ${monthText} (it has ${daysInMonth})` };
  }
  if (hour === undefined) return { ok: true, date: build(year, month, day, 0, 0, 'day') };
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    return { ok: false, part: 'hour', message: `${hour} is not an hour (0–23)` };
  }
  const minuteValue = minute ?? 0;
  if (!Number.isInteger(minuteValue) || minuteValue < 0 || minuteValue > 59) {
    return { ok: false, part: 'minute', message: `${minuteValue} is not a minute (0–59)` };
  }
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    return { ok: false, part: 'timeZone', message: `"${timeZone}" is not an IANA time zone` };
  }
  const date = build(year, month, day, hour, minuteValue, 'minute');
  return { ok: true, date: timeZone === undefined ? date : { ...date, timeZone } };
}

/**
 * Parses the native text form: `2024`, `2024-05`, `2024-05-27` or `2024-05-27T21:15`
 * (the last with a `timeZone`). The precision is the form.
 */
export function parseCivilDate(text: string, timeZone?: string): CivilDateResult {
  const match = CIVIL_DATE_PATTERN.exec(text);
  if (!match) {
    return { ok: false, part: null, message: `"${text}" is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)` };
  }
  const [, year, month, day, hour, minute] = match;
  const result = createCivilDate({
    year: Number(year),
    month: toNumber(month),
    day: toNumber(day),
    hour: toNumber(hour),
    minute: toNumber(minute),
    timeZone: hour === undefined ? undefined : timeZone,
  });
  if (!result.ok) return { ...result, message: `"${text}": ${result.message}` };
  return result;
}

/** Offset of `timeZone` from UTC at the instant `time`, in ms. */
export function getZoneOffsetMs(time: number, timeZone: string): number {
  const formatter = getDateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = formatter.formatToParts(new Date(time));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(time / 1000) * 1000;
}

/**
 * Where a civil date sits on the story's time axis, in ms. Dates without a zone sit at the
 * start of their civil day read as UTC, so they never move with the reader's zone; times with
 * a zone sit at their real instant, so events from different zones keep their true order.
 */
export function toAxisTime(date: CivilDate): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute);
  if (date.timeZone === undefined) return wall;
  const guess = wall - getZoneOffsetMs(wall, date.timeZone);
  // Second pass: the offset at the guessed instant may differ across a DST change.
  return wall - getZoneOffsetMs(guess, date.timeZone);
}

/** Where the period a civil date names ends on the axis: the next year, month, day or minute. */
export function getPeriodEnd(date: CivilDate): number {
  const next = { ...date };
  if (date.precision === 'year') next.year += 1;
  else if (date.precision === 'month') next.month += 1;
  else if (date.precision === 'day') next.day += 1;
  else next.minute += 1;
  // Date.UTC carries overflow (month 13, day 32) into the next unit.
  return toAxisTime(next);
}

/** The native text form of a civil date, as `parseCivilDate` reads it: `2024`, `2024-05`, `2024-05-27`, `2024-05-27T21:15`. */
export function toCivilDateText(date: CivilDate): string {
  const year = String(date.year).padStart(4, '0');
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return `${year}-${pad(date.month)}`;
  const day = `${year}-${pad(date.month)}-${pad(date.day)}`;
  return date.precision === 'day' ? day : `${day}T${pad(date.hour)}:${pad(date.minute)}`;
}

/** The machine-readable form for `<time datetime>`: `2024`, `2024-05`, `2024-05-27`, `2024-05-27T21:15-07:00`. */
export function toDateTimeAttribute(date: CivilDate): string {
  const time = toCivilDateText(date);
  if (date.precision !== 'minute' || date.timeZone === undefined) return time;
  const offsetMinutes = Math.round(getZoneOffsetMs(toAxisTime(date), date.timeZone) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${time}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function build(year: number, month: number, day: number, hour: number, minute: number, precision: Precision): CivilDate {
  return { year, month, day, hour, minute, precision };
}

function toNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
