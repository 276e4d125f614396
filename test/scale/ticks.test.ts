import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/scale/textWidth';
import { getYearStart, MAX_DATE_YEAR, MIN_DATE_YEAR } from '../../src/data/civilDate';
import { formatTickTimes, formatTicks, getTickFormatOptions } from '../../src/scale/tickFormat';
import { getBreakMarks, getTicks, getTickTimes } from '../../src/scale/ticks';
import { createTimeAxis } from '../../src/scale/timeAxis';

const at = (date: string): { time: number; endTime: number } => ({ time: Date.parse(`${date}T00:00Z`), endTime: Date.parse(`${date}T00:00Z`) });
const inYear = (year: number, endYear = year): { time: number; endTime: number } => ({ time: getYearStart(year), endTime: getYearStart(endYear) });
/** The years of TimelineJS's cosmo.json and cosmo-mixed.json samples. */
const cosmo = [inYear(-13_800_000_000), inYear(-13_799_630_000), inYear(-12_800_000_000), inYear(-4_600_000_000), inYear(-538_800_000, -251_902_000), inYear(-315_000), inYear(-3500)];
const cosmoMixed = [-13_800_000_000, -4_600_000_000, -540_000_000, -300_000, -3500, -300, 1021, 1609, 1826, 1969, 1990].map((year) => inYear(year));
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

  it('formatTicks(ticks, locale) numbers years before 1 as TimelineJS does', () => {
    expect(formatTicks([new Date(Date.UTC(-300, 0, 1)), new Date(Date.UTC(-200, 0, 1))], 'en-US')).toEqual(['300 BCE', '200 BCE']);
    expect(formatTicks([new Date(Date.UTC(-44, 2, 1)), new Date(Date.UTC(-44, 3, 1))], 'en-US')).toEqual(['Mar 44 BCE', 'Apr 44 BCE']);
    expect(formatTicks([new Date(Date.UTC(12000, 0, 1))], 'en-US')).toEqual(['12,000']);
  });

  it('formatTickTimes(times, locale) labels times beyond Date’s range as years', () => {
    expect(formatTickTimes([getYearStart(-13_800_000_000), getYearStart(MIN_DATE_YEAR - 1), Date.UTC(2024, 0, 1), getYearStart(MAX_DATE_YEAR + 1)], 'en-US')).toEqual([
      '13,800,000,000 BCE',
      '271,821 BCE',
      '2024',
      '275,760',
    ]);
  });

  it('getTickTimes(start, end, count) ticks round years by number beyond Date’s range', () => {
    const times = getTickTimes(getYearStart(-14_000_000_000), getYearStart(-4_000_000_000), 5);
    expect(times).toEqual([-14e9, -12e9, -10e9, -8e9, -6e9, -4e9].map(getYearStart));
  });

  it('getTickTimes(start, end, count) ticks round years by number over millennia, and with d3-time below', () => {
    expect(getTickTimes(getYearStart(-3600), getYearStart(2000), 5)).toEqual([-3000, -2000, -1000, 0, 1000, 2000].map(getYearStart));
    expect(getTickTimes(Date.UTC(1500, 0, 1), Date.UTC(2020, 0, 1), 5)).toEqual([1500, 1600, 1700, 1800, 1900, 2000].map((year) => Date.UTC(year, 0, 1)));
    const ides = getTickTimes(Date.UTC(-44, 2, 1), Date.UTC(-44, 2, 31), 3);
    expect(ides.map((time) => new Date(time).getUTCDay())).toEqual([0, 0, 0, 0]);
    expect(formatTickTimes(ides, 'en-US').every((label) => /^Mar \d+$/.test(label))).toBe(true);
  });

  it('getTicks(axis) labels the cosmological samples with years, none touching, at every width', () => {
    for (const events of [cosmo, cosmoMixed]) {
      for (const width of [320, 560, 1280, 4480]) {
        for (const compress of [false, true]) {
          const ticks = getTicks(createTimeAxis(events, { width, compress }), 'en-US', 12);
          expect(ticks.length).toBeGreaterThanOrEqual(1);
          expectApart(ticks);
          for (const tick of ticks) expect(tick.label).toMatch(/^(\d{1,3}(,\d{3})* BCE|0|\d{1,3}(,\d{3})*)$/);
        }
      }
    }
    const linear = getTicks(createTimeAxis(cosmo, { width: 1280, compress: false }), 'en-US', 12).map((tick) => tick.label);
    expect(linear).toContain('13,000,000,000 BCE');
    expect(linear).toContain('1,000,000,000 BCE');
  });

  it('getBreakMarks(axis, locale) names billions of years in words, and shows the longer of two touching labels', () => {
    const marks = getBreakMarks(createTimeAxis(cosmo, { width: 1280 }), 'en-US');
    expect(marks.map((mark) => [mark.label, mark.isLabelShown])).toEqual([
      ['8.2 billion years', true],
      ['4.1 billion years', false],
    ]);
  });

  it('getTicks(axis) keeps tick labels clear of break labels wider than their breaks', () => {
    for (const width of [560, 1280, 4480]) {
      const axis = createTimeAxis(cosmoMixed, { width });
      const labels = getBreakMarks(axis, 'en-US')
        .filter((mark) => mark.isLabelShown)
        .map((mark) => ({ centre: (mark.x0 + mark.x1) / 2, half: estimateTextWidth(mark.label, 11) / 2 }));
      for (const tick of getTicks(axis, 'en-US', 12)) {
        const half = estimateTextWidth(tick.label, 12) / 2;
        for (const label of labels) expect(Math.abs(tick.x - label.centre)).toBeGreaterThan(half + label.half);
      }
    }
  });
});
