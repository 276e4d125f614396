import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interpolate as d3Interpolate, interpolateNumber as d3InterpolateNumber, interpolateRound as d3InterpolateRound, piecewise as d3Piecewise } from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from '../../src/scale/numericInterpolate';

// The build gives d3-scale this module in place of d3-interpolate (vite.config.ts): on numbers it
// must interpolate exactly as d3-interpolate does, so the page's scales map as the tests' do.
describe('numericInterpolate', () => {
  it('interpolates numbers exactly as d3-interpolate does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e13, max: 1e13 }), fc.double({ noNaN: true, min: -1e13, max: 1e13 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        expect(interpolate(a, b)(t)).toBe((d3Interpolate(a, b) as (t: number) => number)(t));
        expect(interpolateNumber(a, b)(t)).toBe(d3InterpolateNumber(a, b)(t));
        expect(interpolateRound(a, b)(t)).toBe(d3InterpolateRound(a, b)(t));
      }),
    );
  });

  it('piecewise joins interpolators as d3-interpolate does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, t) => {
        expect(piecewise(interpolateNumber, values)(t)).toBe(d3Piecewise(d3InterpolateNumber, values)(t));
      }),
    );
  });

  it('maps a piecewise time scale as the default interpolator does', () => {
    const domain = [Date.UTC(2023, 9, 1), Date.UTC(2024, 0, 1), Date.UTC(2024, 4, 1), Date.UTC(2024, 5, 10)];
    const range = [24, 300, 336, 776];
    const shimmed = scaleLinear<number, number>().domain(domain).range(range).interpolate(interpolate);
    const standard = scaleLinear().domain(domain).range(range);
    for (let time = domain[0] ?? 0; time <= (domain[3] ?? 0); time += 86_400_000) expect(shimmed(time)).toBe(standard(time));
    expect(shimmed.invert(500)).toBe(standard.invert(500));
  });
});
