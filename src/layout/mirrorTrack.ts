import type { PositionedBreak, PositionedTick } from './axisMarks';
import type { EventLayout, TimelineLayout } from './layoutTimeline';

/**
 * Mirrors a left-to-right layout for a right-to-left track `width` px wide: each x becomes
 * width − x and each fraction 1 − fraction, each box [l, r] becomes [width − r, width − l] (so
 * boxes that did not overlap still do not), labels change sides, and items stay sorted by x (now
 * latest first). Cluster members keep their time order.
 */
export function mirrorLayout(layout: TimelineLayout, width: number): TimelineLayout {
  const items = layout.items.map((item) => mirrorItem(item, width)).reverse();
  return { ...layout, items };
}

/** One marker's or cluster's layout, mirrored on a track `width` px wide (see `mirrorLayout`). */
export function mirrorItem(item: EventLayout, width: number): EventLayout {
  const x = width - item.x;
  const boxStart = width - (item.boxStart + item.boxWidth);
  return { ...item, x, fraction: 1 - item.fraction, side: item.side === 'right' ? 'left' : 'right', boxStart, boxOffset: boxStart - x };
}

/** Ticks of a left-to-right track, placed on the mirrored track `width` px wide (latest first). */
export function mirrorTicks(ticks: readonly PositionedTick[], width: number): PositionedTick[] {
  return ticks.map((tick) => ({ ...tick, x: width - tick.x, fraction: 1 - tick.fraction })).reverse();
}

/** Breaks of a left-to-right track, placed on the mirrored track `width` px wide (latest first). */
export function mirrorBreaks(breaks: readonly PositionedBreak[], width: number): PositionedBreak[] {
  return breaks.map((mark) => ({ ...mark, x0: width - mark.x1, x1: width - mark.x0, fraction: 1 - mark.fraction - mark.widthFraction })).reverse();
}
