import { findGaps, GAP_THRESHOLD } from '../scale/gaps';
import type { EraSpan } from './eraSpans';

/** One row of the vertical timeline: an event, a labelled break for a quiet period before the next one, or the heading of an era. */
export type VerticalRow = { kind: 'event'; id: string; index: number } | { kind: 'break'; start: number; end: number } | { kind: 'era'; span: EraSpan };

/**
 * The rows of the vertical (phone) timeline: every event in time order, with a break row wherever
 * the story falls quiet for longer than `GAP_THRESHOLD` of its span, as the horizontal axis
 * compresses it, and an era's heading just before the first event that starts in it (eras in
 * which no event starts get none). Pure; `events` sorted by time, `eras` as `getEraSpans` gives them.
 */
export function getVerticalRows(events: readonly { id: string; time: number; endTime: number }[], eras: readonly EraSpan[] = []): VerticalRow[] {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return [];
  const span = Math.max(...events.map((event) => event.endTime)) - first.time;
  const gaps = span > 0 ? findGaps(events, GAP_THRESHOLD * span) : [];
  const headed = new Set<EraSpan>();
  const rows: VerticalRow[] = [];
  let gapIndex = 0;
  events.forEach((event, index) => {
    const gap = gaps[gapIndex];
    if (gap && gap.end <= event.time) {
      rows.push({ kind: 'break', start: gap.start, end: gap.end });
      gapIndex += 1;
    }
    for (const era of eras) {
      if (headed.has(era) || event.time < era.start || event.time >= era.end) continue;
      headed.add(era);
      rows.push({ kind: 'era', span: era });
    }
    rows.push({ kind: 'event', id: event.id, index });
  });
  return rows;
}
