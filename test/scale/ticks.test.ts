import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/layout/textWidth';
import { formatTicks, getTickFormatOptions } from '../../src/scale/tickFormat';
import { getTicks } from '../../src/scale/ticks';
import { createTimeScale } from '../../src/scale/timeScale';

describe(`ticks (TZ=${process.env.TZ ?? 'host'})`, () => {
  it('getTickFormatOptions(ticks) picks years, months or days from the ticks', () => {
    expect(getTickFormatOptions([new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2024, 0, 1))]).month).toBeUndefined();
    expect(getTickFormatOptions([new Date(Date.UTC(2023, 3, 1))]).month).toBe('short');
    expect(getTickFormatOptions([new Date(Date.UTC(2023, 3, 5))]).day).toBe('numeric');
  });

  it('formatTicks(ticks, locale) labels civil boundaries in UTC, so no zone shifts them', () => {
    expect(formatTicks([new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2024, 0, 1))], 'en-US')).toEqual(['2023', '2024']);
    expect(formatTicks([new Date(Date.UTC(2024, 4, 1)), new Date(Date.UTC(2024, 5, 1))], 'en-US')).toEqual(['May 2024', 'Jun 2024']);
  });

  it('getTicks(scale) chooses d3-time intervals by width, and no two labels touch', () => {
    for (const width of [320, 560, 1280, 1600]) {
      const scale = createTimeScale({ start: Date.UTC(2019, 3, 22), end: Date.UTC(2024, 5, 3) }, { width });
      const ticks = getTicks(scale, 'en-US', 12);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      for (let index = 1; index < ticks.length; index += 1) {
        const previous = ticks[index - 1];
        const current = ticks[index];
        if (!previous || !current) continue;
        const gap = current.x - previous.x - (estimateTextWidth(previous.label, 12) + estimateTextWidth(current.label, 12)) / 2;
        expect(gap).toBeGreaterThan(0);
      }
    }
  });

  it('getTicks(scale) moves to days for a one-week span', () => {
    const scale = createTimeScale({ start: Date.UTC(2024, 4, 27), end: Date.UTC(2024, 5, 3) }, { width: 1000 });
    const labels = getTicks(scale, 'en-US', 12).map((tick) => tick.label);
    expect(labels).toContain('May 28');
  });
});
