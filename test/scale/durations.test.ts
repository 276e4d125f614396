import { describe, expect, it } from 'vitest';
import { DAY_MS, formatDuration, YEAR_MS } from '../../src/scale/durations';

describe('formatDuration', () => {
  it('formatDuration(ms, locale) names the largest whole unit', () => {
    expect(formatDuration(4 * YEAR_MS, 'en-US')).toBe('4 years');
    expect(formatDuration(5 * DAY_MS, 'en-US')).toBe('5 days');
  });

  it('formatDuration(ms, locale) writes millions and billions of years in words, and never throws', () => {
    expect(formatDuration(250_000 * YEAR_MS, 'en-US')).toBe('250,000 years');
    expect(formatDuration(4_000_000 * YEAR_MS, 'en-US')).toBe('4 million years');
    expect(formatDuration(8_200_000_000 * YEAR_MS, 'en-US')).toBe('8.2 billion years');
    expect(formatDuration(8_200_000_000 * YEAR_MS, 'de')).toMatch(/^8,2 Milliarden Jahre$/);
    expect(formatDuration(2e12 * YEAR_MS, 'en-US')).toBe('2 trillion years');
  });
});
