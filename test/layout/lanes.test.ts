import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../src/layout/lanes';

describe('assignLanes', () => {
  it('assignLanes(items) puts overlapping boxes in separate lanes', () => {
    const placements = assignLanes([[{ start: 0, end: 100 }], [{ start: 50, end: 150 }], [{ start: 200, end: 300 }]], 10);
    expect(placements).toEqual([
      { lane: 0, choice: 0 },
      { lane: 1, choice: 0 },
      { lane: 0, choice: 0 },
    ]);
  });

  it('assignLanes(items, gap, maxLanes) gives null when every lane is full', () => {
    const same = [{ start: 0, end: 100 }];
    expect(assignLanes([same, same, same], 10, 2)).toEqual([{ lane: 0, choice: 0 }, { lane: 1, choice: 0 }, null]);
  });

  it('assignLanes(items) takes the second box when the first does not fit', () => {
    const placements = assignLanes(
      [
        [{ start: 0, end: 100 }],
        [
          { start: 90, end: 190 },
          { start: 120, end: 200 },
        ],
      ],
      10,
    );
    expect(placements[1]).toEqual({ lane: 0, choice: 1 });
  });

  it('assignLanes(items) never lets two boxes of one lane overlap (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 300 })), { maxLength: 80 }), (raw) => {
        const items = raw
          .map(([x, width]) => ({ x, width }))
          .sort((a, b) => a.x - b.x)
          .map(({ x, width }) => [
            { start: x, end: x + width },
            { start: x - width, end: x },
          ]);
        const placements = assignLanes(items, 4);
        const byLane = new Map<number, { start: number; end: number }[]>();
        placements.forEach((placement, index) => {
          if (!placement) throw new Error('an unbounded lane count always places');
          const box = items[index]?.[placement.choice];
          if (!box) throw new Error('no box');
          const lane = byLane.get(placement.lane) ?? [];
          for (const other of lane) expect(box.start >= other.end + 4 || box.end + 4 <= other.start).toBe(true);
          lane.push(box);
          byLane.set(placement.lane, lane);
        });
      }),
    );
  });
});
