import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BREAK_WIDTH_PX, createTimeAxis, FOCUS_SHARE, getTimeExtent, MIN_KNOT_PX } from '../../src/scale/timeAxis';
import { findGaps } from '../../src/scale/gaps';
import { formatDuration } from '../../src/scale/durations';
import { getYearStart } from '../../src/data/civilDate';

const DAY = 86_400_000;
const at = (date: string): { time: number; endTime: number } => ({ time: Date.parse(`${date}T00:00Z`), endTime: Date.parse(`${date}T00:00Z`) });
const feud = ['2019-04-22', '2022-10-27', '2023-03-09', '2023-07-12', '2023-10-14', '2023-11-28', '2024-04-08', '2024-05-27', '2024-06-02', '2024-06-03'].map(at);

describe('findGaps', () => {
  it('findGaps(events, min) finds quiet periods longer than min, counting event ends as busy', () => {
    const events = [
      { time: 0, endTime: 10 * DAY },
      { time: 5 * DAY, endTime: 5 * DAY },
      { time: 30 * DAY, endTime: 30 * DAY },
      { time: 32 * DAY, endTime: 32 * DAY },
    ];
    expect(findGaps(events, 15 * DAY)).toEqual([{ start: 10 * DAY, end: 30 * DAY }]);
    expect(findGaps(events, 25 * DAY)).toEqual([]);
  });
});

describe('getTimeExtent', () => {
  it('getTimeExtent(events) spans starts and ends, and widens a single instant to a day', () => {
    expect(
      getTimeExtent([
        { time: 5 * DAY, endTime: 9 * DAY },
        { time: 2 * DAY, endTime: 2 * DAY },
      ]),
    ).toEqual({ start: 2 * DAY, end: 9 * DAY });
    expect(getTimeExtent([{ time: 5 * DAY, endTime: 5 * DAY }])).toEqual({ start: 4.5 * DAY, end: 5.5 * DAY });
  });
});

describe('createTimeAxis', () => {
  it('createTimeAxis(events, {compress: false}) is one linear segment: a true time axis', () => {
    const axis = createTimeAxis(feud, { width: 1000, compress: false });
    expect(axis.breaks).toEqual([]);
    expect(axis.segments).toHaveLength(1);
    const [a, b, c] = [feud[0], feud[4], feud[9]].map((event) => axis.scale(event?.time ?? 0));
    const [ta = 0, tb = 0, tc = 0] = [feud[0], feud[4], feud[9]].map((event) => event?.time ?? 0);
    expect(((b ?? 0) - (a ?? 0)) / ((c ?? 0) - (a ?? 0))).toBeCloseTo((tb - ta) / (tc - ta), 9);
  });

  it('createTimeAxis(events) compresses the quiet years before the feud into a marked break', () => {
    const axis = createTimeAxis(feud, { width: 1000 });
    expect(axis.breaks[0]).toMatchObject({ start: feud[0]?.time, end: feud[1]?.time });
    expect((axis.breaks[0]?.x1 ?? 0) - (axis.breaks[0]?.x0 ?? 0)).toBeCloseTo(BREAK_WIDTH_PX, 9);
    expect(formatDuration((axis.breaks[0]?.end ?? 0) - (axis.breaks[0]?.start ?? 0), 'en')).toBe('4 years');
  });

  it('createTimeAxis(events) widens busy weeks: a day with events gets more room than a quiet day', () => {
    const axis = createTimeAxis(feud, { width: 1000 });
    const pxPerDay = (time: number): number => axis.scale(time + DAY / 4) - axis.scale(time - DAY / 4);
    const busy = feud[8]?.time ?? 0; // 2 June 2024, with 3 June next to it
    const quiet = busy - 20 * DAY; // mid-May 2024: no event within a week
    expect(pxPerDay(busy)).toBeGreaterThan(5 * pxPerDay(quiet));
    // Order is kept: every event after the one before it.
    for (let index = 1; index < feud.length; index += 1) expect(axis.scale(feud[index]?.time ?? 0)).toBeGreaterThan(axis.scale(feud[index - 1]?.time ?? 0));
  });

  it('createTimeAxis(events, {focus}) gives the opening view at least FOCUS_SHARE of the time axis', () => {
    const focus = { start: Date.parse('2023-10-01T00:00Z'), end: Date.parse('2024-06-05T00:00Z') };
    const axis = createTimeAxis(feud, { width: 1000, focus });
    const timePx = axis.width - 2 * axis.inset - axis.breaks.length * BREAK_WIDTH_PX;
    const inside = axis.scale(focus.end) - axis.scale(focus.start);
    expect(inside / timePx).toBeGreaterThanOrEqual(FOCUS_SHARE - 1e-9);
    const without = createTimeAxis(feud, { width: 1000 });
    expect(inside).toBeGreaterThan(without.scale(focus.end) - without.scale(focus.start));
  });

  it('createTimeAxis(events, {zoom}) compresses shorter gaps as the visible span shrinks', () => {
    expect(createTimeAxis(feud, { width: 560, zoom: 8 }).breaks.length).toBeGreaterThan(createTimeAxis(feud, { width: 560 }).breaks.length);
  });

  it('createTimeAxis(events) is monotonic and invertible, breaks or not (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 60 }), fc.boolean(), fc.integer({ min: 1, max: 64 }), (days, compress, zoom) => {
        const events = [...days].sort((a, b) => a - b).map((day) => ({ time: day * DAY, endTime: day * DAY }));
        const axis = createTimeAxis(events, { width: 800, compress, zoom });
        let last = -Infinity;
        for (const event of events) {
          const x = axis.scale(event.time);
          expect(x).toBeGreaterThanOrEqual(last - 1e-9);
          expect(x).toBeGreaterThanOrEqual(axis.inset - 1e-6);
          expect(x).toBeLessThanOrEqual(axis.width - axis.inset + 1e-6);
          expect(Math.abs(axis.scale.invert(x) - event.time)).toBeLessThan(2);
          last = x;
        }
        for (const mark of axis.breaks) for (const event of events) expect(event.time <= mark.start || event.time >= mark.end).toBe(true);
      }),
    );
  });
});

describe('createTimeAxis with years beyond Date’s range', () => {
  it('createTimeAxis(events) keeps 13.8 billion years of events in order, apart and inside the axis', () => {
    const years = [-13_800_000_000, -13_799_630_000, -12_800_000_000, -4_600_000_000, -538_800_000, -315_000, -3500, -300, 1021, 1990];
    const events = years.map((year) => ({ time: getYearStart(year), endTime: getYearStart(year) }));
    for (const compress of [false, true]) {
      const axis = createTimeAxis(events, { width: 1280, compress });
      const xs = events.map((event) => axis.scale(event.time));
      for (const x of xs) expect(x).toBeGreaterThanOrEqual(axis.inset);
      for (const x of xs) expect(x).toBeLessThanOrEqual(1280 - axis.inset);
      for (let index = 1; index < xs.length; index += 1) expect(xs[index]).toBeGreaterThanOrEqual(xs[index - 1] ?? Infinity);
      if (compress) for (let index = 1; index < xs.length; index += 1) expect((xs[index] ?? 0) - (xs[index - 1] ?? 0)).toBeGreaterThan(1);
    }
  });
});

describe('createTimeAxis with many events', () => {
  it('keeps one knot per half pixel, not per event, and moves no event or break by more than MIN_KNOT_PX', () => {
    // Bursts of events minutes apart, then quiet days: 20,000 events, 40,000 edges of reach.
    const events: { time: number; endTime: number }[] = [];
    let time = Date.parse('2015-01-01T00:00Z');
    for (let index = 0; index < 20_000; index += 1) {
      time += index % 40 === 0 ? ((index * 7919) % 30) * DAY + DAY : ((index * 31) % 90) * 60_000;
      events.push({ time, endTime: time });
    }
    const focus = { start: events[5000]?.time ?? 0, end: events[9000]?.time ?? 0 };
    const merged = createTimeAxis(events, { width: 1232, focus });
    const exact = createTimeAxis(events, { width: 1232, focus, minKnotPx: 0 });
    expect(exact.scale.domain().length).toBeGreaterThan(20_000);
    expect(merged.scale.domain().length).toBeLessThan((2 * 1232) / MIN_KNOT_PX + 4 * merged.breaks.length + 4);
    expect(merged.breaks).toEqual(exact.breaks);
    expect(merged.segments).toEqual(exact.segments);
    const moved = Math.max(...events.map((event) => Math.abs(merged.scale(event.time) - exact.scale(event.time))));
    expect(moved).toBeLessThanOrEqual(MIN_KNOT_PX);
    // Still in time order, left to right.
    const xs = events.map((event) => merged.scale(event.time));
    expect(xs.every((x, index) => index === 0 || x >= (xs[index - 1] ?? -Infinity))).toBe(true);
  });
});
