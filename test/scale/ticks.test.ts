import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/scale/textWidth';
import { formatTicks, getTickFormatOptions } from '../../src/scale/tickFormat';
import { getBreakMarks, getTicks } from '../../src/scale/ticks';
import { createTimeAxis } from '../../src/scale/timeAxis';

const at = (date: string): { time: number; endTime: number } => ({ time: Date.parse(`${date}T00:00Z`), endTime: Date.parse(`${date}T00:00Z`) });
const feud = ['2019-04-22', '2022-10-27', '2023-03-09', '2023-07-12', '2023-10-14', '2023-11-28', '2024-04-08', '2024-05-27', '2024-06-02', '2024-06-03'].map(at);

function expectApart(ticks: { x: number; label: string }[]): void {
  for (let index = 1; index < ticks.length; index += 1) {
    const previous = ticks[index - 1];
    const current = ticks[index];
    if (!previous || !current) continue;
    expect(current.x - previous.x - (estimateTextWidth(previous.label, 12) + estimateTextWidth(current.label, 12)) / 2).toBeGreaterThan(0);
  }
}

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

  it('getTicks(axis) chooses d3-time intervals by width, and no two labels touch', () => {
    for (const width of [560, 1280, 4480]) {
      for (const compress of [false, true]) {
        const ticks = getTicks(createTimeAxis(feud, { width, compress }), 'en-US', 12);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expectApart(ticks);
      }
    }
  });

  it('getTicks(axis) adapts to zoom: years, then months, then days', () => {
    const week = ['2024-05-26', '2024-05-27', '2024-06-02'].map(at);
    expect(getTicks(createTimeAxis(feud, { width: 560, compress: false }), 'en-US', 12).map((tick) => tick.label)).toContain('2021');
    expect(getTicks(createTimeAxis(feud, { width: 8960, compress: false, zoom: 16 }), 'en-US', 12).some((tick) => /^[A-Z][a-z]{2} 20\d\d$/.test(tick.label))).toBe(true);
    expect(getTicks(createTimeAxis(week, { width: 1000, compress: false }), 'en-US', 12).map((tick) => tick.label)).toContain('May 28');
  });

  it('getTicks(axis) never puts a tick inside a break', () => {
    const axis = createTimeAxis(feud, { width: 1280 });
    const ticks = getTicks(axis, 'en-US', 12);
    for (const tick of ticks) for (const mark of axis.breaks) expect(tick.time <= mark.start || tick.time >= mark.end).toBe(true);
  });

  it('getBreakMarks(axis, locale) names each break by its length', () => {
    const marks = getBreakMarks(createTimeAxis(feud, { width: 560 }), 'en-US');
    expect(marks.map((mark) => mark.label)).toContain('4 years');
    expect(getBreakMarks(createTimeAxis(feud, { width: 560 }), 'fr')[0]?.label).toMatch(/ans$/);
  });
});
