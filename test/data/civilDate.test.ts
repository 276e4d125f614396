import { describe, expect, it } from 'vitest';
import { createCivilDate, getZoneOffsetMs, parseCivilDate, toAxisTime, toDateTimeAttribute } from '../../src/data/civilDate';

describe('parseCivilDate', () => {
  it('parseCivilDate(text) takes its precision from the form', () => {
    const precisions = ['2024', '2024-05', '2024-05-27', '2024-05-27T21:15'].map((text) => {
      const result = parseCivilDate(text, 'America/New_York');
      return result.ok ? result.date.precision : result.message;
    });
    expect(precisions).toEqual(['year', 'month', 'day', 'minute']);
  });

  it('parseCivilDate(text) rejects impossible dates, naming the part', () => {
    expect(parseCivilDate('2023-02-29')).toEqual({ ok: false, part: 'day', message: '"2023-02-29": 29 is not a day of 2023-02 (it has 28)' });
    expect(parseCivilDate('2024-13-01')).toMatchObject({ ok: false, part: 'month', message: '"2024-13-01": 13 is not a month' });
    expect(parseCivilDate('2024-05-27T24:00', 'UTC')).toMatchObject({ ok: false, part: 'hour' });
    expect(parseCivilDate('27/05/2024')).toMatchObject({ ok: false, part: null });
  });

  it('parseCivilDate(text, zone) rejects unknown time zones', () => {
    expect(parseCivilDate('2024-05-27T21:15', 'Mars/Olympus')).toMatchObject({ ok: false, part: 'timeZone' });
  });

  it('parseCivilDate(text) accepts 29 February in leap years', () => {
    expect(parseCivilDate('2024-02-29').ok).toBe(true);
  });
});

describe('createCivilDate', () => {
  it('createCivilDate(parts) says "13 is not a month"', () => {
    expect(createCivilDate({ year: 2024, month: 13 })).toEqual({ ok: false, part: 'month', message: '13 is not a month' });
  });

  it('createCivilDate(parts) needs a month for a day', () => {
    expect(createCivilDate({ year: 2024, day: 3 })).toMatchObject({ ok: false, part: 'month' });
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
  });
});
