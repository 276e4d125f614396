import type { EventLayout } from './layoutTimeline';

/** Bars in the overview's density strip. @default 120 */
export const OVERVIEW_BINS = 120;
/** Height of a bar with one event, 0 to 1: even a lone event shows. @default 0.2 */
const MIN_BAR_HEIGHT = 0.2;

/**
 * Heights (0 to 1) of the overview's bars: how many events fall in each equal stretch of the axis,
 * on a log scale so one busy week does not flatten the rest; 0 where there are none.
 */
export function getOverviewBins(items: readonly Pick<EventLayout, 'fraction' | 'eventIds'>[], binCount = OVERVIEW_BINS): number[] {
  const counts = new Array<number>(binCount).fill(0);
  for (const item of items) {
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(item.fraction * binCount)));
    counts[bin] = (counts[bin] ?? 0) + item.eventIds.length;
  }
  const max = Math.max(1, ...counts);
  return counts.map((count) => (count === 0 ? 0 : MIN_BAR_HEIGHT + ((1 - MIN_BAR_HEIGHT) * Math.log1p(count)) / Math.log1p(max)));
}
