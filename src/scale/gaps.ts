/** A quiet period on the axis: no event starts or lasts within it. */
export interface Gap {
  start: number;
  end: number;
}

/** Share of the visible span a quiet period must exceed to be compressed. @default 0.1 */
export const GAP_THRESHOLD = 0.1;

/**
 * The quiet periods between events longer than `minGapMs`, in time order. `events` must be sorted
 * by start; an event's end counts as busy time.
 */
export function findGaps(events: readonly { time: number; endTime: number }[], minGapMs: number): Gap[] {
  const gaps: Gap[] = [];
  let busyUntil = -Infinity;
  for (const event of events) {
    if (busyUntil !== -Infinity && event.time - busyUntil > minGapMs) gaps.push({ start: busyUntil, end: event.time });
    busyUntil = Math.max(busyUntil, event.endTime);
  }
  return gaps;
}
