import { describe, expect, it } from 'vitest';
import { getVerticalRows } from '../../src/layout/verticalRows';

const DAY = 86_400_000;
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
});
