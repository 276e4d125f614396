/**
 * What d3-scale imports from d3-format, for an app that never asks a scale for its `tickFormat`:
 * the axis labels ticks with Intl (`tickFormat.ts`). The build (vite.config.ts) hands d3-scale this
 * module in place of d3-format, whose default locale is set up at load and would otherwise ship
 * (about 2 KB gzip). Each function throws, so a future use of `scale.tickFormat` fails loudly in
 * the built app and in `e2e` rather than formatting wrongly.
 */
function unavailable(name: string): never {
  throw new Error(`No d3-format ${name} in this build: use Intl (see vite.config.ts)`);
}

export const format = (): never => unavailable('format');
export const formatPrefix = (): never => unavailable('formatPrefix');
export const formatSpecifier = (): never => unavailable('formatSpecifier');
export const precisionFixed = (): never => unavailable('precisionFixed');
export const precisionPrefix = (): never => unavailable('precisionPrefix');
export const precisionRound = (): never => unavailable('precisionRound');
