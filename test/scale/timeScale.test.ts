import { describe, expect, it } from 'vitest';
import { createTimeScale, getTimeExtent } from '../../src/scale/timeScale';

const DAY = 86_400_000;

describe('createTimeScale', () => {
  it('createTimeScale(extent, {width}) maps the padded extent into the inset range, proportionally', () => {
    const extent = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 1) + 100 * DAY };
    const scale = createTimeScale(extent, { width: 1000, inset: 0, padding: 0 });
    expect(scale(new Date(extent.start))).toBe(0);
    expect(scale(new Date(extent.end))).toBe(1000);
    expect(scale(new Date(extent.start + 25 * DAY))).toBeCloseTo(250, 6);
  });

  it('createTimeScale(extent) keeps inset pixels free at both ends', () => {
    const scale = createTimeScale({ start: 0, end: 10 * DAY }, { width: 500, inset: 24, padding: 0 });
    expect(scale.range()).toEqual([24, 476]);
  });

  it('getTimeExtent(events) spans starts and ends, and widens a single instant to a day', () => {
    expect(getTimeExtent([{ time: 5 * DAY, endTime: 9 * DAY }, { time: 2 * DAY, endTime: 2 * DAY }])).toEqual({ start: 2 * DAY, end: 9 * DAY });
    expect(getTimeExtent([{ time: 5 * DAY, endTime: 5 * DAY }])).toEqual({ start: 4.5 * DAY, end: 5.5 * DAY });
  });
});
