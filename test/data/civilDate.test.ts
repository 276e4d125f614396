import { describe, expect, it } from 'vitest';
import {
  createCivilDate,
  getAxisYear,
  getDaysInMonth,
  getPeriodEnd,
  getYearStart,
  getZoneOffsetMs,
  MAX_ABS_YEAR,
  MAX_DATE_YEAR,
  MEAN_YEAR_MS,
  MIN_DATE_YEAR,
  parseCivilDate,
  toAxisTime,
  toCivilDateText,
  toDateTimeAttribute,
} from '../../src/data/civilDate';
import type { CivilDate } from '../../src/data/types';
import type { CivilDateError } from '../../src/data/civilDate';
import { describeProblem } from '../../src/data/createIssue';

function date(text: string): CivilDate {
  const result = parseCivilDate(text);
  if (!result.ok) throw new Error(describeProblem(result));
  return result.date;
}

describe('parseCivilDate', () => {
  it('parseCivilDate(text) takes its precision from the form', () => {
    const precisions = ['2024', '2024-05', '2024-05-27', '2024-05-27T21:15'].map((text) => {
      const result = parseCivilDate(text, 'America/New_York');
      return result.ok ? result.date.precision : describeProblem(result);
    });
    expect(precisions).toEqual(['year', 'month', 'day', 'minute']);
  });

  it('parseCivilDate(text) rejects impossible dates, naming the part', () => {
    expect(parseCivilDate('2023-02-29')).toMatchObject({ ok: false, part: 'day' });
    expect(describeProblem(parseCivilDate('2023-02-29') as CivilDateError)).toBe('"2023-02-29": 29 is not a day of 2023-02 (it has 28)');
    expect(parseCivilDate('2024-13-01')).toMatchObject({ ok: false, part: 'month' });
    expect(describeProblem(parseCivilDate('2024-13-01') as CivilDateError)).toBe('"2024-13-01": 13 is not a month (1–12)');
    expect(parseCivilDate('2024-05-27T24:00', 'UTC')).toMatchObject({ ok: false, part: 'hour' });
    expect(parseCivilDate('27/05/2024')).toMatchObject({ ok: false, part: null });
  });

  it('parseCivilDate(text, zone) rejects unknown time zones', () => {
    expect(parseCivilDate('2024-05-27T21:15', 'Mars/Olympus')).toMatchObject({ ok: false, part: 'timeZone' });
  });

  it('parseCivilDate(text) accepts 29 February in leap years', () => {
    expect(parseCivilDate('2024-02-29').ok).toBe(true);
  });

  it('parseCivilDate(text) reads negative and long years as ISO 8601 writes them: four digits, or more with a sign', () => {
    expect(['-13800000000', '-0300', '+12000', '-0300-03-15', '+12000-01-02T03:04', '0050'].map((text) => toCivilDateText(date(text)))).toEqual([
      '-13800000000',
      '-0300',
      '+12000',
      '-0300-03-15',
      '+12000-01-02T03:04',
      '0050',
    ]);
    expect(date('-0300')).toEqual({ year: -300, month: 1, day: 1, hour: 0, minute: 0, precision: 'year' });
    expect(date('-0000').year).toBe(0);
    expect(parseCivilDate('-300')).toMatchObject({ ok: false, part: null });
    expect(toCivilDateText(date('+2024'))).toBe('2024');
    expect(parseCivilDate('12000')).toMatchObject({ ok: false, part: null });
  });

  it('parseCivilDate(text) takes a month or day only in years Date holds', () => {
    expect(parseCivilDate('-13800000000-01')).toMatchObject({ ok: false, part: 'month' });
    expect(describeProblem(parseCivilDate('-13800000000-01') as CivilDateError)).toBe('"-13800000000-01": a month needs a year from -271820 to 275759; give -13800000000 as a year alone');
    expect(parseCivilDate('+275760-01-01')).toMatchObject({ ok: false, part: 'month' });
    expect(parseCivilDate('+275759-12-31').ok).toBe(true);
    expect(parseCivilDate('-271820-01-01').ok).toBe(true);
    expect(parseCivilDate('-271821').ok).toBe(true);
  });
});

describe('toCivilDateText', () => {
  it('toCivilDateText(date) writes what parseCivilDate reads, for every precision and any year', () => {
    for (const text of ['2024', '2024-05', '2024-05-27', '2024-05-27T21:15', '-0001', '-0044-03-15', '0000-02-29', '-1000000000000', '+1000000000000']) {
      expect(toCivilDateText(date(text))).toBe(text);
    }
  });
});

/** A failed date's part and English words, as a `DataIssue` gives them. */
function said(result: ReturnType<typeof createCivilDate>): { part: string | null; message: string } | 'ok' {
  return result.ok ? 'ok' : { part: result.part, message: describeProblem(result) };
}

describe('createCivilDate', () => {
  it('createCivilDate(parts) says "13 is not a month (1–12)"', () => {
    expect(said(createCivilDate({ year: 2024, month: 13 }))).toEqual({ part: 'month', message: '13 is not a month (1–12)' });
  });

  it('createCivilDate(parts) needs a month for a day', () => {
    expect(createCivilDate({ year: 2024, day: 3 })).toMatchObject({ ok: false, part: 'month' });
  });

  it(`createCivilDate(parts) takes any whole year up to ${MAX_ABS_YEAR} either way, and names the bound beyond`, () => {
    expect(createCivilDate({ year: -13_800_000_000 })).toMatchObject({ ok: true, date: { year: -13_800_000_000, precision: 'year' } });
    expect(createCivilDate({ year: MAX_ABS_YEAR }).ok).toBe(true);
    expect(createCivilDate({ year: -MAX_ABS_YEAR }).ok).toBe(true);
    expect(said(createCivilDate({ year: -MAX_ABS_YEAR - 1 }))).toEqual({ part: 'year', message: '-1000000000001 is not a year from -1000000000000 to 1000000000000 (a trillion years either way)' });
    expect(createCivilDate({ year: 1e21 })).toMatchObject({ ok: false, part: 'year' });
    expect(said(createCivilDate({ year: 2024.5 }))).toEqual({ part: 'year', message: '2024.5 is not a year' });
    expect(createCivilDate({ year: Number.NaN })).toMatchObject({ ok: false, part: 'year' });
  });

  it(`createCivilDate(parts) takes months and days from ${MIN_DATE_YEAR} to ${MAX_DATE_YEAR}, Date's range, and only years beyond`, () => {
    expect(createCivilDate({ year: MIN_DATE_YEAR, month: 1, day: 1 }).ok).toBe(true);
    expect(createCivilDate({ year: MAX_DATE_YEAR, month: 12, day: 31, hour: 23, minute: 59 }).ok).toBe(true);
    expect(said(createCivilDate({ year: MIN_DATE_YEAR - 1, month: 12 }))).toEqual({ part: 'month', message: 'a month needs a year from -271820 to 275759; give -271821 as a year alone' });
    expect(createCivilDate({ year: MAX_DATE_YEAR + 1, month: 1, day: 1 })).toMatchObject({ ok: false, part: 'month' });
  });

  it('createCivilDate(parts) checks seconds and milliseconds, and keeps the minute', () => {
    const result = createCivilDate({ year: 2024, month: 5, day: 27, hour: 21, minute: 15, second: 30, millisecond: 250 });
    expect(result).toEqual({ ok: true, date: { year: 2024, month: 5, day: 27, hour: 21, minute: 15, precision: 'minute' } });
    expect(createCivilDate({ year: 2024, month: 5, day: 27, hour: 21, second: 0 }).ok).toBe(true);
    expect(said(createCivilDate({ year: 2024, month: 5, day: 27, hour: 21, minute: 15, second: 60 }))).toEqual({ part: 'second', message: '60 is not a second (0–59)' });
    expect(said(createCivilDate({ year: 2024, month: 5, day: 27, hour: 21, minute: 15, millisecond: 1000 }))).toEqual({ part: 'millisecond', message: '1000 is not a millisecond (0–999)' });
  });

  it('getDaysInMonth(year, month) counts years 0–99 as themselves, not as 1900–1999', () => {
    expect(getDaysInMonth(0, 2)).toBe(29);
    expect(getDaysInMonth(1900, 2)).toBe(28);
    expect(getDaysInMonth(-4, 2)).toBe(29);
    expect(createCivilDate({ year: 0, month: 2, day: 29 }).ok).toBe(true);
  });
});

describe('toAxisTime', () => {
  it('toAxisTime(date) puts a civil day at its UTC midnight whatever the host zone', () => {
    const result = parseCivilDate('2024-05-27');
    expect(result.ok && toAxisTime(result.date)).toBe(Date.UTC(2024, 4, 27));
  });

  it('toAxisTime(date) puts a zoned time at its real instant, across DST', () => {
    const summer = parseCivilDate('2024-05-27T21:15', 'America/Los_Angeles');
    const winter = parseCivilDate('2024-01-15T09:00', 'Europe/Paris');
    expect(summer.ok && toAxisTime(summer.date)).toBe(Date.UTC(2024, 4, 28, 4, 15));
    expect(winter.ok && toAxisTime(winter.date)).toBe(Date.UTC(2024, 0, 15, 8, 0));
  });

  it('toAxisTime(date) keeps Date.UTC within its range, and years 0–99 where they are', () => {
    expect(toAxisTime(date('-0300-03-15'))).toBe(Date.UTC(-300, 2, 15));
    expect(toAxisTime(date('+275759-12-31'))).toBe(Date.UTC(275759, 11, 31));
    expect(toAxisTime(date('-271820'))).toBe(Date.UTC(-271820, 0, 1));
    expect(new Date(toAxisTime(date('0050-06-01'))).toISOString()).toBe('0050-06-01T00:00:00.000Z');
    expect(getPeriodEnd(date('0099'))).toBe(toAxisTime(date('0100')));
  });

  it('toAxisTime(date) counts mean Gregorian years from 1970 beyond Date’s range', () => {
    expect(toAxisTime(date('-13800000000'))).toBe((-13_800_000_000 - 1970) * MEAN_YEAR_MS);
    expect(toAxisTime(date('+1000000000000'))).toBe((1e12 - 1970) * MEAN_YEAR_MS);
    expect(getPeriodEnd(date('-13800000000'))).toBe(toAxisTime(date('-13799999999')));
  });

  it('toAxisTime(date) and getPeriodEnd(date) keep years in order across the edges of Date’s range', () => {
    const years = [-MAX_ABS_YEAR, -13_800_000_000, MIN_DATE_YEAR - 2, MIN_DATE_YEAR - 1, MIN_DATE_YEAR, -1, 0, 1, 99, 100, MAX_DATE_YEAR, MAX_DATE_YEAR + 1, MAX_ABS_YEAR];
    for (let index = 1; index < years.length; index += 1) {
      const previous = createCivilDate({ year: years[index - 1] ?? 0 });
      const current = createCivilDate({ year: years[index] ?? 0 });
      if (!previous.ok || !current.ok) throw new Error('not a year');
      expect(toAxisTime(current.date)).toBeGreaterThan(toAxisTime(previous.date));
      expect(getPeriodEnd(previous.date)).toBeLessThanOrEqual(toAxisTime(current.date));
    }
    // A year ends where the next one starts, on both sides of each edge.
    for (const year of [MIN_DATE_YEAR - 1, MAX_DATE_YEAR]) {
      const result = createCivilDate({ year });
      expect(result.ok && getPeriodEnd(result.date)).toBe(getYearStart(year + 1));
    }
  });

  it('getAxisYear(time) is the year whose span holds time, for any year', () => {
    for (const year of [-MAX_ABS_YEAR, -13_800_000_000, -13_799_630_000, MIN_DATE_YEAR - 1, MIN_DATE_YEAR, -300, 0, 50, 2024, MAX_DATE_YEAR, MAX_DATE_YEAR + 1, MAX_ABS_YEAR]) {
      const start = getYearStart(year);
      const end = getYearStart(year + 1);
      expect([getAxisYear(start), getAxisYear((start + end) / 2), getAxisYear(end)]).toEqual([year, year, year + 1]);
    }
  });

  it('toAxisTime(date) puts a zoned time before year 100 at its real instant', () => {
    const ides = parseCivilDate('-0044-03-15T11:00', 'UTC');
    const early = parseCivilDate('0050-06-01T12:00', 'America/New_York');
    expect(ides.ok && toAxisTime(ides.date)).toBe(Date.UTC(-44, 2, 15, 11, 0));
    // Before time zones, New York keeps its local mean time, 4:56:02 behind UTC.
    expect(early.ok && new Date(toAxisTime(early.date)).toISOString()).toBe('0050-06-01T16:56:02.000Z');
  });

  it('getZoneOffsetMs(time, zone) handles half-hour zones', () => {
    expect(getZoneOffsetMs(Date.UTC(2024, 4, 27), 'Asia/Kolkata')).toBe(5.5 * 3600_000);
  });
});

describe('toDateTimeAttribute', () => {
  it('toDateTimeAttribute(date) writes valid HTML datetime values', () => {
    const values = [parseCivilDate('2024'), parseCivilDate('2024-05'), parseCivilDate('2024-05-27'), parseCivilDate('2024-05-27T21:15', 'America/Los_Angeles')].map((result) =>
      result.ok ? toDateTimeAttribute(result.date) : '',
    );
    expect(values).toEqual(['2024', '2024-05', '2024-05-27', '2024-05-27T21:15-07:00']);
    expect(toDateTimeAttribute(date('+12000-01'))).toBe('12000-01');
  });
});
