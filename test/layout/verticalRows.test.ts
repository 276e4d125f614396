import { describe, expect, it } from 'vitest';
import type { EraSpan } from '../../src/layout/eraSpans';
import { getVerticalRows } from '../../src/layout/verticalRows';

const DAY = 86_400_000;
const YEAR = { year: 2000, month: 1, day: 1, hour: 0, minute: 0, precision: 'year' } as const;
const era = (label: string, fromDay: number, toDay: number, index: number): EraSpan => ({ era: { label, start: YEAR, end: YEAR }, index, start: fromDay * DAY, end: toDay * DAY, tint: 0 });
const at = (id: string, day: number): { id: string; time: number; endTime: number } => ({ id, time: day * DAY, endTime: day * DAY });

describe('getVerticalRows', () => {
  it('lists events in order with a break before each long quiet period', () => {
    const rows = getVerticalRows([at('a', 0), at('b', 2), at('c', 400), at('d', 401), at('e', 402)]);
    expect(rows).toEqual([
      { kind: 'event', id: 'a', index: 0 },
      { kind: 'event', id: 'b', index: 1 },
      { kind: 'break', start: 2 * DAY, end: 400 * DAY },
      { kind: 'event', id: 'c', index: 2 },
      { kind: 'event', id: 'd', index: 3 },
      { kind: 'event', id: 'e', index: 4 },
    ]);
  });

  it('has no breaks for evenly spread events, one event, or none', () => {
    expect(getVerticalRows(Array.from({ length: 20 }, (_, day) => at(`e${day}`, day))).every((row) => row.kind === 'event')).toBe(true);
    expect(getVerticalRows([at('a', 0)])).toEqual([{ kind: 'event', id: 'a', index: 0 }]);
    expect(getVerticalRows([])).toEqual([]);
  });

  it('getVerticalRows(events, eras) heads each era before the first event that starts in it, after a break before that event', () => {
    const early = era('Early', -10, 3, 0);
    const late = era('Late', 3, 500, 1);
    const empty = era('Empty', 600, 700, 2);
    const rows = getVerticalRows([at('a', 0), at('b', 2), at('c', 400), at('d', 401)], [early, late, empty]);
    expect(rows.map((row) => (row.kind === 'era' ? `era ${row.span.era.label}` : row.kind === 'event' ? row.id : 'break'))).toEqual(['era Early', 'a', 'b', 'break', 'era Late', 'c', 'd']);
  });

  it('getVerticalRows(events, eras) heads nested eras in their order, each once', () => {
    const events = Array.from({ length: 20 }, (_, day) => at(`e${day}`, day));
    const rows = getVerticalRows(events, [era('Century', 0, 100, 0), era('Decade', 0, 10, 1)]);
    expect(rows.slice(0, 3).map((row) => (row.kind === 'era' ? row.span.era.label : row.kind))).toEqual(['Century', 'Decade', 'event']);
    expect(rows.filter((row) => row.kind === 'era')).toHaveLength(2);
  });
});
