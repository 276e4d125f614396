import { findGaps, GAP_THRESHOLD } from '../scale/gaps';

/** One row of the vertical timeline: an event, or a labelled break for a quiet period before the next one. */
export type VerticalRow = { kind: 'event'; id: string; index: number } | { kind: 'break'; start: number; end: number };

/**
 * The rows of the vertical (phone) timeline: every event in time order, with a break row wherever
 * the story falls quiet for longer than `GAP_THRESHOLD` of its span, as the horizontal axis
 * compresses it. Pure; `events` sorted by time.
 */
export function getVerticalRows(events: readonly { id: string; time: number; endTime: number }[]): VerticalRow[] {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return [];
  const span = Math.max(...events.map((event) => event.endTime)) - first.time;
  const gaps = span > 0 ? findGaps(events, GAP_THRESHOLD * span) : [];
  const rows: VerticalRow[] = [];
  let gapIndex = 0;
  events.forEach((event, index) => {
    const gap = gaps[gapIndex];
    if (gap && gap.end <= event.time) {
      rows.push({ kind: 'break', start: gap.start, end: gap.end });
      gapIndex += 1;
    }
    rows.push({ kind: 'event', id: event.id, index });
  });
  return rows;
}
