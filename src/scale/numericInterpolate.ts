/**
 * What d3-scale imports from d3-interpolate, for an app whose scales only ever map numbers to
 * numbers. The build (vite.config.ts) hands d3-scale this module in place of d3-interpolate:
 * d3-interpolate runs colour-space code at load (its gamma-corrected RGB interpolators), so
 * importing even its number interpolator brings all of it and d3-color (about 5 KB gzip).
 * `test/scale/numericInterpolate.test.ts` checks these against d3-interpolate's own.
 */

/** d3-interpolate's `interpolateNumber`. */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

/** d3-interpolate's `interpolateRound`. */
export function interpolateRound(a: number, b: number): (t: number) => number {
  const from = +a;
  const to = +b;
  return (t) => Math.round(from * (1 - t) + to * t);
}

/** d3-scale's default interpolator, for numbers: what d3-interpolate's `interpolate` does with two numbers. */
export function interpolate(a: number, b: number): (t: number) => number {
  return interpolateNumber(a, b);
}

/** d3-interpolate's `piecewise` with an explicit interpolator (d3-scale's sequential scales call it; this app has none). */
export function piecewise(pair: (a: number, b: number) => (t: number) => number, values: readonly number[]): (t: number) => number {
  const n = values.length - 1;
  const parts = values.slice(1).map((value, index) => pair(values[index] ?? value, value));
  return (t) => {
    const index = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[index]?.(t - index) ?? Number.NaN;
  };
}
