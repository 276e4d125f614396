import { scaleUtc, type ScaleTime } from 'd3-scale';

/** Space kept empty at each end of the axis, in pixels. @default 24 */
export const DEFAULT_AXIS_INSET_PX = 24;
/** Share of the data span added before the first and after the last event. @default 0.02 */
export const DEFAULT_DOMAIN_PADDING = 0.02;
const ONE_DAY_MS = 86_400_000;

/** Options for `createTimeScale`. */
export interface TimeScaleOptions {
  /** Width of the axis, in pixels. */
  width: number;
  /** Empty space at each end, in pixels. @default 24 */
  inset?: number;
  /** Share of the span added at each end. @default 0.02 */
  padding?: number;
}

/** A time span on the story's axis, in ms. */
export interface TimeExtent {
  start: number;
  end: number;
}

/** The span covered by events given as `{time, endTime}`; one day around a single instant. */
export function getTimeExtent(events: readonly { time: number; endTime: number }[]): TimeExtent {
  if (events.length === 0) return { start: 0, end: ONE_DAY_MS };
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    start = Math.min(start, event.time);
    end = Math.max(end, event.endTime);
  }
  if (end - start < ONE_DAY_MS) return { start: start - ONE_DAY_MS / 2, end: end + ONE_DAY_MS / 2 };
  return { start, end };
}

/** A d3 UTC time scale from the extent to pixels; UTC because axis times are civil (see `toAxisTime`). */
export function createTimeScale(extent: TimeExtent, options: TimeScaleOptions): ScaleTime<number, number> {
  const inset = options.inset ?? DEFAULT_AXIS_INSET_PX;
  const pad = (extent.end - extent.start) * (options.padding ?? DEFAULT_DOMAIN_PADDING);
  const right = Math.max(inset + 1, options.width - inset);
  return scaleUtc()
    .domain([new Date(extent.start - pad), new Date(extent.end + pad)])
    .range([inset, right]);
}
