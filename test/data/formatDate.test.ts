import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/data/civilDate';
import { formatCivilDate, formatCivilRange } from '../../src/data/formatDate';
import type { CivilDate } from '../../src/data/types';

function date(text: string, zone?: string): CivilDate {
  const result = parseCivilDate(text, zone);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

// The npm scripts run this file under America/Los_Angeles, UTC, Pacific/Kiritimati (UTC+14) and Asia/Kolkata.
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

  it('formatCivilRange(start, end) collapses shared parts', () => {
    expect(formatCivilRange(date('2022-10-27'), date('2022-10-28'), 'en-US')).toBe('October 27 – 28, 2022');
    expect(formatCivilRange(date('2022-10-27'), undefined, 'en-US')).toBe('October 27, 2022');
  });
});
