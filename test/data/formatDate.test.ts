import { describe, expect, it } from 'vitest';
import { getYearStart, parseCivilDate, toAxisTime } from '../../src/data/civilDate';
import { formatAxisTime, formatCivilDate, formatCivilRange } from '../../src/data/formatDate';
import type { CivilDate } from '../../src/data/types';
import { describeProblem } from '../../src/data/createIssue';

function date(text: string, zone?: string): CivilDate {
  const result = parseCivilDate(text, zone);
  if (!result.ok) throw new Error(describeProblem(result));
  return result.date;
}

// The npm scripts run this file under America/Los_Angeles, UTC, Pacific/Kiritimati (UTC+14), Pacific/Pago_Pago (UTC−11)
// and Asia/Kolkata; e2e/timeMatrix.spec.ts takes its expected text from these functions.
describe(`formatCivilDate (TZ=${process.env.TZ ?? 'host'})`, () => {
  it('formatCivilDate(date) shows the Memorial Day exchange as May 27, 2024 in every zone', () => {
    expect(formatCivilDate(date('2024-05-27'), 'en-US')).toBe('May 27, 2024');
  });

  it('formatCivilDate(date, locale) writes the page language', () => {
    expect(formatCivilDate(date('2024-05-27'), 'fr')).toBe('27 mai 2024');
    expect(formatCivilDate(date('2024-05-27'), 'de')).toBe('27. Mai 2024');
  });

  it('formatCivilDate(date) writes only the known precision', () => {
    expect(formatCivilDate(date('2023'), 'en-US')).toBe('2023');
    expect(formatCivilDate(date('2023-10'), 'en-US')).toBe('October 2023');
  });

  it('formatCivilDate(date) writes a zoned time in its own zone, with the zone', () => {
    expect(formatCivilDate(date('2024-05-27T21:15', 'America/Los_Angeles'), 'en-US')).toMatch(/^May 27, 2024(,| at) 9:15 PM PDT$/);
  });

  it('formatCivilDate(date) keeps days before 1970 and far ahead on their civil day', () => {
    expect(formatCivilDate(date('1900-01-01'), 'en-US')).toBe('January 1, 1900');
    expect(formatCivilDate(date('1969-12-31'), 'en-US')).toBe('December 31, 1969');
    expect(formatCivilDate(date('2099-12-31'), 'ja-JP')).toBe('2099年12月31日');
  });

  it('formatCivilDate(date) keeps times near midnight at UTC+14 and UTC−11 on their civil day, in their own zone', () => {
    // 00:30 in Kiritimati is still 26 May in UTC; 23:30 in Pago Pago is already 28 May.
    expect(formatCivilDate(date('2024-05-27T00:30', 'Pacific/Kiritimati'), 'en-GB')).toMatch(/^27 May 2024(,| at) 00:30 GMT\+14$/);
    expect(formatCivilDate(date('2024-05-27T23:30', 'Pacific/Pago_Pago'), 'de-DE')).toMatch(/^27\. Mai 2024(,| um) 23:30 GMT-11$/);
  });

  it('formatCivilDate(date) writes each side of a daylight-saving change with its own offset', () => {
    expect(formatCivilDate(date('2024-03-10T01:30', 'America/New_York'), 'en-US')).toMatch(/^March 10, 2024(,| at) 1:30 AM EST$/);
    expect(formatCivilDate(date('2024-03-10T03:30', 'America/New_York'), 'en-US')).toMatch(/^March 10, 2024(,| at) 3:30 AM EDT$/);
  });

  it('formatCivilRange(start, end) collapses shared parts', () => {
    expect(formatCivilRange(date('2022-10-27'), date('2022-10-28'), 'en-US')).toBe('October 27 – 28, 2022');
    expect(formatCivilRange(date('2022-10-27'), undefined, 'en-US')).toBe('October 27, 2022');
  });
});

describe(`formatCivilDate with years before 1 and from 10000 (TZ=${process.env.TZ ?? 'host'})`, () => {
  it('formatCivilDate(date) numbers years before 1 as TimelineJS does: -300 is 300 BCE, 0 is 0', () => {
    expect(formatCivilDate(date('-0300'), 'en-US')).toBe('300 BCE');
    expect(formatCivilDate(date('-0001'), 'en-US')).toBe('1 BCE');
    expect(formatCivilDate(date('0000'), 'en-US')).toBe('0');
    expect(formatCivilDate(date('-0044-03-15'), 'en-US')).toBe('March 15, 44 BCE');
    expect(formatCivilDate(date('0050-06'), 'en-US')).toBe('June 50');
  });

  it('formatCivilDate(date) groups the digits of long years by locale', () => {
    expect(formatCivilDate(date('-13800000000'), 'en-US')).toBe('13,800,000,000 BCE');
    expect(formatCivilDate(date('-13800000000'), 'de')).toBe('13.800.000.000 v. Chr.');
    expect(formatCivilDate(date('-13800000000'), 'fr')).toBe('13 800 000 000 av. J.-C.');
    expect(formatCivilDate(date('-315000'), 'en-US')).toBe('315,000 BCE');
    expect(formatCivilDate(date('-271821'), 'en-US')).toBe('271,821 BCE');
    expect(formatCivilDate(date('+12000-03-15'), 'en-US')).toBe('March 15, 12,000');
    expect(formatCivilDate(date('+1000000000000'), 'en-US')).toBe('1,000,000,000,000');
    expect(formatCivilDate(date('9999'), 'en-US')).toBe('9999');
  });

  it('formatCivilDate(date, locale) puts the era where the locale puts it', () => {
    expect(formatCivilDate(date('-4600000000'), 'ja')).toBe('紀元前4,600,000,000年');
    expect(formatCivilDate(date('-0300-03-15'), 'de')).toBe('15. März 300 v. Chr.');
  });

  it('formatCivilDate(date) writes a zoned time in a year before 1 in its own zone', () => {
    expect(formatCivilDate(date('-0044-03-15T11:00', 'UTC'), 'en-US')).toMatch(/^March 15, 44 BCE(,| at) 11:00 AM UTC$/);
  });

  it('formatCivilRange(start, end) writes both ends whole when Intl cannot write their years', () => {
    expect(formatCivilRange(date('-538800000'), date('-251902000'), 'en-US')).toBe('538,800,000 BCE – 251,902,000 BCE');
    expect(formatCivilRange(date('-0300'), date('-0300'), 'en-US')).toBe('300 BCE');
    expect(formatCivilRange(date('-0031'), date('0014'), 'en-US')).toBe('31 BCE – 14');
  });
});

describe('formatAxisTime', () => {
  it('formatAxisTime(time) names the month of an axis time, or its year when asked and beyond Date’s range', () => {
    expect(formatAxisTime(Date.UTC(2023, 2, 20), 'en-US')).toBe('March 2023');
    expect(formatAxisTime(Date.UTC(-300, 2, 20), 'en-US')).toBe('March 300 BCE');
    expect(formatAxisTime(toAxisTime(date('-13800000000')), 'en-US')).toBe('13,800,000,000 BCE');
    expect(formatAxisTime(getYearStart(-271821), 'en-US')).toBe('271,821 BCE');
    expect(formatAxisTime(getYearStart(-271820), 'en-US')).toBe('January 271,820 BCE');
    expect(formatAxisTime(Date.UTC(-300, 2, 20), 'en-US', 'year')).toBe('300 BCE');
    expect(formatAxisTime(Date.UTC(2023, 2, 20), 'en-US', 'year')).toBe('2023');
  });

  it('formatAxisTime(time) never throws, even for a time that is no number', () => {
    expect(() => formatAxisTime(Number.NaN, 'en-US')).not.toThrow();
    expect(() => formatAxisTime(1e30, 'en-US')).not.toThrow();
  });
});
