import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTrackGeometry } from '../../src/layout/trackGeometry';
import { createTimeAxis } from '../../src/scale/timeAxis';

const DAY = 86_400_000;
const events = [0, 2, 3, 400, 401].map((day) => ({ time: Date.UTC(2023, 0, 1) + day * DAY, endTime: Date.UTC(2023, 0, 1) + day * DAY }));
const axis = createTimeAxis(events, { width: 560, compress: true });
const geometry = createTrackGeometry(axis);

describe('createTrackGeometry', () => {
  it('createTrackGeometry(axis) puts the axis ends at fractions 0 and 1, inside the insets', () => {
    expect(geometry.layoutWidth).toBe(560);
    expect(geometry.pxToFraction(axis.inset)).toBe(0);
    expect(geometry.pxToFraction(560 - axis.inset)).toBe(1);
    expect(geometry.fractionToPx(0, 1000)).toBe(axis.inset);
    expect(geometry.fractionToPx(1, 1000)).toBe(1000 - axis.inset);
  });

  it('timeToFraction is the same at every width; px scale with the track', () => {
    const time = events[3]?.time ?? 0;
    const fraction = geometry.timeToFraction(time);
    expect(fraction).toBeGreaterThan(0.5);
    expect(geometry.timeToPx(time)).toBeCloseTo(axis.scale(time), 6);
    expect(geometry.timeToPx(time, 1120) - axis.inset).toBeCloseTo(fraction * (1120 - 2 * axis.inset), 6);
  });

  it('pxToTime inverts timeToPx at any width, across breaks (property)', () => {
    const first = events[0]?.time ?? 0;
    const last = events[4]?.time ?? 0;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 560, max: 40_000 }), (time, width) => {
        // Inside a break many times share few pixels: compare positions, which is what the track shows.
        expect(geometry.timeToPx(geometry.pxToTime(geometry.timeToPx(time, width), width), width)).toBeCloseTo(geometry.timeToPx(time, width), 3);
      }),
    );
  });

  it('pxToFraction of a zero-width axis is 0, not NaN', () => {
    expect(geometry.pxToFraction(10, 2 * axis.inset)).toBe(0);
  });
});

describe('createTrackGeometry(axis, "rtl")', () => {
  const rtl = createTrackGeometry(axis, 'rtl');
  const first = events[0]?.time ?? 0;
  const last = events[4]?.time ?? 0;

  it('createTrackGeometry(axis, "rtl") puts the earliest time at the right and the latest at the left', () => {
    expect(rtl.direction).toBe('rtl');
    expect(rtl.timeToFraction(first)).toBeCloseTo(1 - geometry.timeToFraction(first), 12);
    expect(rtl.timeToPx(first)).toBeGreaterThan(rtl.timeToPx(last));
    expect(rtl.timeToPx(first, 1200)).toBeCloseTo(1200 - geometry.timeToPx(first, 1200), 6);
  });

  it('createTrackGeometry(axis, "rtl") keeps px and fractions as they are drawn: 0 at the left', () => {
    expect(rtl.pxToFraction(axis.inset)).toBe(0);
    expect(rtl.fractionToPx(1, 1000)).toBe(1000 - axis.inset);
  });

  it('createTrackGeometry(axis, "rtl"): pxToTime inverts timeToPx, fractionToTime inverts timeToFraction (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 560, max: 40_000 }), (time, width) => {
        expect(rtl.timeToPx(rtl.pxToTime(rtl.timeToPx(time, width), width), width)).toBeCloseTo(rtl.timeToPx(time, width), 3);
        expect(rtl.timeToFraction(rtl.fractionToTime(rtl.timeToFraction(time)))).toBeCloseTo(rtl.timeToFraction(time), 6);
      }),
    );
  });
});
