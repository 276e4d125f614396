import { describe, expect, it } from 'vitest';
import { spreadSameTime } from '../../src/layout/spreadSameTime';

describe('spreadSameTime', () => {
  it('spreads items that share an instant evenly over the span, centred and in order; others stay put', () => {
    const items = [
      { id: 'a', time: 0, label: 'A' },
      { id: 'b', time: 100, label: 'B' },
      { id: 'c', time: 100, label: 'C' },
      { id: 'd', time: 100, label: 'D' },
      { id: 'e', time: 200, label: 'E' },
    ];
    expect(spreadSameTime(items, 40).map((item) => [item.id, item.time])).toEqual([
      ['a', 0],
      ['b', 80],
      ['c', 100],
      ['d', 120],
      ['e', 200],
    ]);
    expect(spreadSameTime(items, 40)[0]).toBe(items[0]);
  });
});
