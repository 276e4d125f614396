import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, type EventLayout } from '../../src/layout/layoutTimeline';
import { mirrorBreaks, mirrorItem, mirrorLayout, mirrorTicks } from '../../src/layout/mirrorTrack';

const identity = (time: number): number => time;
const WIDTH = 1000;

/** Whether two boxes in one lane overlap (touching is not overlapping). */
function overlaps(a: EventLayout, b: EventLayout): boolean {
  return a.lane === b.lane && a.boxStart < b.boxStart + b.boxWidth && b.boxStart < a.boxStart + a.boxWidth;
}

describe('mirrorLayout', () => {
  const layout = layoutTimeline(
    [
      { id: 'a', time: 100, label: 'The first event' },
      { id: 'b', time: 400, label: 'B' },
      { id: 'c', time: 990, label: 'The last event of all' },
    ],
    { scale: identity, width: WIDTH, fontSizePx: 13 },
  );
  const mirrored = mirrorLayout(layout, WIDTH);

  it('mirrorLayout(layout, width) puts each marker at width − x and fraction 1 − fraction, latest first', () => {
    expect(mirrored.items.map((item) => [item.id, item.x])).toEqual([
      ['c', 10],
      ['b', 600],
      ['a', 900],
    ]);
    for (const item of mirrored.items) {
      const original = layout.items.find((other) => other.id === item.id);
      expect(item.fraction).toBeCloseTo(1 - (original?.fraction ?? NaN), 12);
      expect(item.lane).toBe(original?.lane);
    }
  });

  it('mirrorLayout(layout, width) mirrors whole label boxes, so a label right of its marker goes to its left', () => {
    const first = layout.items.find((item) => item.id === 'a');
    const mirroredFirst = mirrored.items.find((item) => item.id === 'a');
    expect(first?.side).toBe('right');
    expect(mirroredFirst?.side).toBe('left');
    // [l, r] → [W − r, W − l], and the offset still leads from the marker to the box's left edge.
    expect(mirroredFirst?.boxStart).toBeCloseTo(WIDTH - ((first?.boxStart ?? 0) + (first?.boxWidth ?? 0)), 9);
    expect(mirroredFirst?.boxWidth).toBe(first?.boxWidth);
    expect((mirroredFirst?.x ?? 0) + (mirroredFirst?.boxOffset ?? 0)).toBeCloseTo(mirroredFirst?.boxStart ?? NaN, 9);
    expect(mirroredFirst?.boxStart ?? 0).toBeLessThan(mirroredFirst?.x ?? 0);
  });

  it('mirrorLayout(layout, width) keeps boxes inside a track with insets and no two boxes of a lane overlapping (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ time: fc.integer({ min: 24, max: WIDTH - 24 }), label: fc.string({ minLength: 1, maxLength: 30 }) }), { maxLength: 60 }), (inputs) => {
        const events = inputs.map((input, index) => ({ id: `e${index}`, ...input })).sort((a, b) => a.time - b.time);
        const { items } = mirrorLayout(layoutTimeline(events, { scale: identity, width: WIDTH, fontSizePx: 13 }), WIDTH);
        const markers = items.filter((item) => item.lane >= 0);
        for (const [index, item] of markers.entries()) {
          expect(item.boxStart).toBeGreaterThanOrEqual(-1e-9);
          expect(item.boxStart + item.boxWidth).toBeLessThanOrEqual(WIDTH + 1e-9);
          for (const other of markers.slice(index + 1)) expect(overlaps(item, other)).toBe(false);
        }
        // Sorted by x, as cullTrack's binary search needs.
        expect(items.map((item) => item.x)).toEqual([...items.map((item) => item.x)].sort((a, b) => a - b));
      }),
    );
  });

  it('mirrorLayout(layout, width) keeps a cluster centred on its badge, its events in time order', () => {
    const events = Array.from({ length: 40 }, (_, index) => ({ id: `e${index}`, time: 500 + index, label: `A label of some length ${index}` }));
    const mirroredLayout = mirrorLayout(layoutTimeline(events, { scale: identity, width: WIDTH, fontSizePx: 13, maxLanes: 2 }), WIDTH);
    const cluster = mirroredLayout.items.find((item) => item.lane === -1);
    expect(cluster).toBeDefined();
    expect((cluster?.boxStart ?? 0) + (cluster?.boxWidth ?? 0) / 2).toBeCloseTo(cluster?.x ?? NaN, 9);
    const ids = cluster?.eventIds.map((id) => Number(id.slice(1))) ?? [];
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('mirrorItem(item, width) twice gives the item back', () => {
    const [item] = layout.items;
    if (!item) throw new Error('no item');
    const twice = mirrorItem(mirrorItem(item, WIDTH), WIDTH);
    expect(twice.side).toBe(item.side);
    expect(twice.x).toBeCloseTo(item.x, 9);
    expect(twice.boxStart).toBeCloseTo(item.boxStart, 9);
    expect(twice.fraction).toBeCloseTo(item.fraction, 12);
  });
});

describe('mirrorTicks and mirrorBreaks', () => {
  it('mirrorTicks(ticks, width) places each tick at 1 − fraction, latest first', () => {
    const ticks = mirrorTicks(
      [
        { time: 1, x: 100, fraction: 0.1, label: 'One' },
        { time: 2, x: 300, fraction: 0.3, label: 'Two' },
      ],
      WIDTH,
    );
    expect(ticks.map((tick) => [tick.label, tick.x, tick.fraction])).toEqual([
      ['Two', 700, 0.7],
      ['One', 900, 0.9],
    ]);
  });

  it('mirrorBreaks(breaks, width) mirrors a break as a box: its left edge is where its later end was', () => {
    const [mark] = mirrorBreaks([{ start: 1, end: 2, x0: 200, x1: 300, fraction: 0.2, widthFraction: 0.1, label: '3 years', isLabelShown: true }], WIDTH);
    expect(mark).toMatchObject({ start: 1, end: 2, x0: 700, x1: 800, label: '3 years' });
    expect(mark?.fraction).toBeCloseTo(0.7, 12);
    expect(mark?.widthFraction).toBeCloseTo(0.1, 12);
  });
});
