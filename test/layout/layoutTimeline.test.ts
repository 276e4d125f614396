import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, MIN_TRACK_WIDTH_PX } from '../../src/layout/layoutTimeline';

const identity = (time: number): number => time;

describe('layoutTimeline', () => {
  it('layoutTimeline(events) puts each marker at its scaled time', () => {
    const { items } = layoutTimeline(
      [
        { id: 'b', time: 400, label: 'B' },
        { id: 'a', time: 100, label: 'A' },
      ],
      { scale: identity, width: 1000, fontSizePx: 13 },
    );
    expect(items.map((item) => [item.id, item.x, item.lane])).toEqual([
      ['a', 100, 0],
      ['b', 400, 0],
    ]);
  });

  it('layoutTimeline(events) puts labels on the side that stays inside the track', () => {
    const { items } = layoutTimeline(
      [
        { id: 'start', time: 10, label: 'A long label here' },
        { id: 'end', time: 990, label: 'A long label here' },
      ],
      { scale: identity, width: 1000, fontSizePx: 13 },
    );
    expect(items.map((item) => item.side)).toEqual(['right', 'left']);
    expect((items[0]?.boxStart ?? 0) + (items[0]?.boxWidth ?? 0)).toBeLessThanOrEqual(1000);
  });

  it('layoutTimeline(events) stacks same-day events into lanes, since their markers coincide', () => {
    const events = Array.from({ length: 4 }, (_, index) => ({ id: `e${index}`, time: 500, label: `Event ${index}` }));
    expect(layoutTimeline(events, { scale: identity, width: 1000, fontSizePx: 13 }).laneCount).toBe(4);
  });

  it('layoutTimeline(events) lets a close pair share a lane, labels on opposite sides', () => {
    const events = [
      { id: 'a', time: 500, label: 'First event' },
      { id: 'b', time: 540, label: 'Second event' },
    ];
    const { items, laneCount } = layoutTimeline(events, { scale: identity, width: 1000, fontSizePx: 13 });
    expect(laneCount).toBe(1);
    expect(items.map((item) => item.side)).toEqual(['left', 'right']);
  });

  it('layoutTimeline(events) keeps labels apart and inside the track at any density (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ time: fc.integer({ min: 24, max: 536 }), label: fc.string({ minLength: 1, maxLength: 28 }) }), { maxLength: 60 }), (raw) => {
        const events = raw.map((event, index) => ({ ...event, id: `e${index}` }));
        const { items } = layoutTimeline(events, { scale: identity, width: MIN_TRACK_WIDTH_PX, fontSizePx: 13 });
        for (const item of items) {
          expect(item.boxStart).toBeGreaterThanOrEqual(0);
          expect(item.boxStart + item.boxWidth).toBeLessThanOrEqual(MIN_TRACK_WIDTH_PX);
          expect(item.x).toBeGreaterThanOrEqual(item.boxStart);
          expect(item.x).toBeLessThanOrEqual(item.boxStart + item.boxWidth);
        }
        for (const a of items) {
          for (const b of items) {
            if (a === b || a.lane !== b.lane) continue;
            expect(a.boxStart + a.boxWidth <= b.boxStart || b.boxStart + b.boxWidth <= a.boxStart).toBe(true);
          }
        }
      }),
    );
  });
});

describe('layoutTimeline clusters', () => {
  it('layoutTimeline(events, {maxLanes}) gathers events that find no lane into a cluster with their count', () => {
    const events = Array.from({ length: 6 }, (_, index) => ({ id: `e${index}`, time: 500, label: `Event ${index}` }));
    const { items, laneCount, hasClusters } = layoutTimeline(events, { scale: identity, width: 1000, fontSizePx: 13, maxLanes: 4 });
    expect(laneCount).toBe(4);
    expect(hasClusters).toBe(true);
    expect(items.filter((item) => item.lane === -1).map((item) => item.eventIds)).toEqual([['e4', 'e5']]);
  });

  it('layoutTimeline(events) keeps every event exactly once, and clusters and lanes free of overlaps, at any density (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: fc.integer({ min: 24, max: 536 }), label: fc.string({ minLength: 1, maxLength: 28 }) }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 8 }),
        (raw, maxLanes) => {
          const events = raw.map((event, index) => ({ ...event, id: `e${index}` }));
          const { items, laneCount } = layoutTimeline(events, { scale: identity, width: MIN_TRACK_WIDTH_PX, fontSizePx: 13, maxLanes });
          expect(laneCount).toBeLessThanOrEqual(maxLanes);
          expect(items.flatMap((item) => item.eventIds).sort()).toEqual(events.map((event) => event.id).sort());
          for (const a of items) {
            for (const b of items) {
              if (a === b || a.lane !== b.lane) continue;
              expect(a.boxStart + a.boxWidth <= b.boxStart || b.boxStart + b.boxWidth <= a.boxStart).toBe(true);
            }
          }
        },
      ),
    );
  });
});
