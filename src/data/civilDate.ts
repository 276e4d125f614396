import type { ProblemKey } from '../i18n/catalogs/en';
import type { CivilDate, Precision } from './types';
import { getDateTimeFormat } from '../i18n/intlCache';

// Years of four digits or more, negative before year 0 (ISO 8601's expanded years, without the `+`).
// As ISO 8601 has it: four digits, or more with a sign (+12000, -13800000000); -0300 is 300 BCE.
const CIVIL_DATE_PATTERN = /^(\d{4}|[+-]\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/** First and last years JavaScript's Date (and so Intl) holds whole: every day of them is a Date. */
export const MIN_DATE_YEAR = -271820;
export const MAX_DATE_YEAR = 275759;
/** Furthest year from year 0 a civil date can name, either way: a trillion years, seventy times the age of the universe. */
export const MAX_ABS_YEAR = 1e12;
/** Mean Gregorian year, in ms: the length of a year on the axis beyond Date's range. */
export const MEAN_YEAR_MS = 365.2425 * 86_400_000;

/** True when Date (and so Intl) can represent every day of `year`; beyond, a civil date is a year alone. */
export function isDateYear(year: number): boolean {
  return year >= MIN_DATE_YEAR && year <= MAX_DATE_YEAR;
}

/** `Date.UTC` without its two-digit years: years 0–99 are years 0–99, not 1900–1999. Overflow carries. */
function getUtcTime(year: number, month: number, day: number, hour: number, minute: number): number {
  if (year < 0 || year > 99) return Date.UTC(year, month - 1, day, hour, minute);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.setUTCHours(hour, minute);
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function getDaysInMonth(year: number, month: number): number {
  return new Date(getUtcTime(year, month + 1, 0, 0, 0)).getUTCDate();
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
  /** Checked (0–59) but not kept: positions and dates stop at the minute. */
  second?: number | undefined;
  /** Checked (0–999) but not kept. */
  millisecond?: number | undefined;
  timeZone?: string | undefined;
}

/** Why a date is not one: the part at fault (`month`, `day`, …, null for the whole text) and the problem, as a `DataIssue` words it. */
export interface CivilDateError {
  ok: false;
  part: keyof CivilDateParts | null;
  code: ProblemKey;
  /** Worded in English by `describeDateProblem` (createIssue.ts): the catalog stays out of the page's first code. */
  values: Record<string, string>;
}

/** A civil date or the reason it is not one. */
export type CivilDateResult = { ok: true; date: CivilDate } | CivilDateError;

function fail(part: keyof CivilDateParts | null, code: ProblemKey, values: Record<string, string> = {}): CivilDateError {
  return { ok: false, part, code, values };
}

// The form of each problem that names the date text it was read from (parseCivilDate); the others cannot come from a text.
const IN_TEXT: Partial<Record<ProblemKey, ProblemKey>> = {
  'problem.date.yearRange': 'problem.date.yearRangeInText',
  'problem.date.monthNeedsYear': 'problem.date.monthNeedsYearInText',
  'problem.date.month': 'problem.date.monthInText',
  'problem.date.day': 'problem.date.dayInText',
  'problem.date.hour': 'problem.date.hourInText',
  'problem.date.minute': 'problem.date.minuteInText',
  'problem.date.timeZone': 'problem.date.timeZoneInText',
};

/**
 * Checks parts one by one and builds a civil date; the precision is the finest part given (seconds
 * and milliseconds are checked, then dropped). Any whole year up to `MAX_ABS_YEAR` either way; a
 * year beyond Date's range (`MIN_DATE_YEAR`…`MAX_DATE_YEAR`) takes no month or day.
 */
export function createCivilDate(parts: CivilDateParts): CivilDateResult {
  const { month, day, hour, minute, second, millisecond, timeZone } = parts;
  // -0 (from "-0000") is year 0.
  const year = parts.year === 0 ? 0 : parts.year;
  if (!Number.isInteger(year)) return fail('year', 'problem.date.year', { year: String(year) });
  if (Math.abs(year) > MAX_ABS_YEAR) {
    return fail('year', 'problem.date.yearRange', { year: String(year), min: String(-MAX_ABS_YEAR), max: String(MAX_ABS_YEAR) });
  }
  if (month === undefined) {
    if (day !== undefined) return fail('month', 'problem.date.dayNeedsMonth');
    return { ok: true, date: build(year, 1, 1, 0, 0, 'year') };
  }
  if (!isDateYear(year)) {
    return fail('month', 'problem.date.monthNeedsYear', { min: String(MIN_DATE_YEAR), max: String(MAX_DATE_YEAR), year: String(year) });
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return fail('month', 'problem.date.month', { month: String(month) });
  }
  if (day === undefined) {
    if (hour !== undefined) return fail('day', 'problem.date.timeNeedsDay');
    return { ok: true, date: build(year, month, 1, 0, 0, 'month') };
  }
  const daysInMonth = getDaysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) {
    return fail('day', 'problem.date.day', { day: String(day), month: `${year}-${pad(month)}`, days: String(daysInMonth) });
  }
  if (hour === undefined) return { ok: true, date: build(year, month, day, 0, 0, 'day') };
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    return fail('hour', 'problem.date.hour', { hour: String(hour) });
  }
  const minuteValue = minute ?? 0;
  if (!Number.isInteger(minuteValue) || minuteValue < 0 || minuteValue > 59) {
    return fail('minute', 'problem.date.minute', { minute: String(minuteValue) });
  }
  const subMinute = checkSubMinute(second, millisecond);
  if (subMinute) return subMinute;
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    return fail('timeZone', 'problem.date.timeZone', { timeZone });
  }
  const date = build(year, month, day, hour, minuteValue, 'minute');
  return { ok: true, date: timeZone === undefined ? date : { ...date, timeZone } };
}

/** Seconds and milliseconds must be real if given, though a civil date stops at the minute. */
function checkSubMinute(second: number | undefined, millisecond: number | undefined): CivilDateResult | null {
  if (second !== undefined && (!Number.isInteger(second) || second < 0 || second > 59)) {
    return fail('second', 'problem.date.second', { second: String(second) });
  }
  if (millisecond !== undefined && (!Number.isInteger(millisecond) || millisecond < 0 || millisecond > 999)) {
    return fail('millisecond', 'problem.date.millisecond', { millisecond: String(millisecond) });
  }
  return null;
}

/**
 * Parses the native text form: `2024`, `2024-05`, `2024-05-27` or `2024-05-27T21:15`
 * (the last with a `timeZone`). The precision is the form. Years have four digits or more and a
 * `-` before year 0: `-0300`, `12000`, `-13800000000`.
 */
export function parseCivilDate(text: string, timeZone?: string): CivilDateResult {
  const match = CIVIL_DATE_PATTERN.exec(text);
  if (!match) {
    return fail(null, 'problem.date.notDate', { text });
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
  if (!result.ok) {
    const code = IN_TEXT[result.code];
    return code === undefined ? result : fail(result.part, code, { ...result.values, text });
  }
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
    // Intl counts years before 1 as years of the BC era (year 0 is 1 BC): the era tells them apart.
    era: 'short',
  });
  const parts = formatter.formatToParts(new Date(time));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const eraYear = get('year');
  const year = parts.some((part) => part.type === 'era' && part.value === 'BC') ? 1 - eraYear : eraYear;
  const wall = getUtcTime(year, get('month'), get('day'), get('hour'), get('minute')) + get('second') * 1000;
  return wall - Math.floor(time / 1000) * 1000;
}

/**
 * Where a civil date sits on the story's time axis, in ms. Dates without a zone sit at the
 * start of their civil day read as UTC, so they never move with the reader's zone; times with
 * a zone sit at their real instant, so events from different zones keep their true order. Years
 * beyond Date's range are whole mean Gregorian years from 1970: `(year - 1970) * MEAN_YEAR_MS`.
 */
export function toAxisTime(date: CivilDate): number {
  if (!isDateYear(date.year)) return (date.year - 1970) * MEAN_YEAR_MS;
  const wall = getUtcTime(date.year, date.month, date.day, date.hour, date.minute);
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

/** Where a year starts on the axis, for any year (see `toAxisTime`). */
export function getYearStart(year: number): number {
  return toAxisTime(build(year, 1, 1, 0, 0, 'year'));
}

const DATE_START_MS = Date.UTC(MIN_DATE_YEAR, 0, 1);
const DATE_END_MS = Date.UTC(MAX_DATE_YEAR + 1, 0, 1);

/** True when an axis time is a Date in a year Date holds whole, so Intl and d3-time can read it. */
export function isDateTime(time: number): boolean {
  return time >= DATE_START_MS && time < DATE_END_MS;
}

/** The civil year an axis time falls in (UTC), for any axis time: the inverse of `getYearStart`. */
export function getAxisYear(time: number): number {
  if (isDateTime(time)) return new Date(time).getUTCFullYear();
  // Division rounds either way: step to the year whose start is the last one at or before `time`.
  let year = Math.floor(time / MEAN_YEAR_MS) + 1970;
  if (getYearStart(year) > time) year -= 1;
  else if (getYearStart(year + 1) <= time) year += 1;
  return year;
}

/**
 * The native text form of a civil date, as `parseCivilDate` reads it: `2024`, `2024-05`, `2024-05-27`,
 * `2024-05-27T21:15`; years of four digits or more, with a `-` before year 0 (`-0300`, `-13800000000`).
 */
export function toCivilDateText(date: CivilDate): string {
  const digits = String(Math.abs(date.year)).padStart(4, '0');
  const year = date.year < 0 ? `-${digits}` : digits.length > 4 ? `+${digits}` : digits;
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return `${year}-${pad(date.month)}`;
  const day = `${year}-${pad(date.month)}-${pad(date.day)}`;
  return date.precision === 'day' ? day : `${day}T${pad(date.hour)}:${pad(date.minute)}`;
}

/**
 * The machine-readable form for `<time datetime>`: `2024`, `2024-05`, `2024-05-27`, `2024-05-27T21:15-07:00`.
 * Years before 1 come out in ISO 8601's expanded form (`-0300`), which HTML's `datetime` does not take.
 */
export function toDateTimeAttribute(date: CivilDate): string {
  // HTML writes years past 9999 with their digits only.
  const time = toCivilDateText(date).replace(/^\+/, '');
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
