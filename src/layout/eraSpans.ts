import { getPeriodEnd, toAxisTime } from '../data/civilDate';
import type { Era } from '../data/types';

/** Which of the two era tints a span is drawn in. */
export type EraTint = 0 | 1;

/** An era on the story's time axis. */
export interface EraSpan {
  era: Era;
  /** Position of the era in the story's `eras`, a stable key. */
  index: number;
  /** Start on the time axis, in ms. */
  start: number;
  /** End on the time axis, in ms (exclusive); always after `start`. */
  end: number;
  /** Tints alternate in time order, so neighbouring eras differ. */
  tint: EraTint;
}

/**
 * The eras of a story on its time axis, in time order (longer first when two start together).
 * An era runs from its start to its end as events do (`TimelineEvent.endTime`), so 600–650 and
 * 650–700 meet without overlapping; one whose end is not after its start covers the period its
 * start names (a year, a month, a day).
 */
export function getEraSpans(eras: readonly Era[]): EraSpan[] {
  return eras
    .map((era, index) => {
      const start = toAxisTime(era.start);
      const end = toAxisTime(era.end);
      return { era, index, start, end: end > start ? end : getPeriodEnd(era.start) };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index)
    .map((span, order): EraSpan => ({ ...span, tint: order % 2 === 0 ? 0 : 1 }));
}

/** The eras an axis time falls in (start inclusive, end exclusive), in time order. */
export function getErasAt(spans: readonly EraSpan[], time: number): EraSpan[] {
  return spans.filter((span) => span.start <= time && time < span.end);
}
