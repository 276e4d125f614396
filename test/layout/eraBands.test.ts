import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/data/types';
import { ERA_LABEL_PADDING_PX, fitLabel, getEraBands } from '../../src/layout/eraBands';
import type { EraSpan, EraTint } from '../../src/layout/eraSpans';
import { createTrackGeometry, type TrackGeometry } from '../../src/layout/trackGeometry';
import { getTicks } from '../../src/scale/ticks';
import { createTimeAxis } from '../../src/scale/timeAxis';

const DAY = 86_400_000;
const YEAR_DATE: CivilDate = { year: 2000, month: 1, day: 1, hour: 0, minute: 0, precision: 'year' };

/** An era from `start` to `end` on the axis (the civil dates are not read by `getEraBands`). */
function span(label: string, start: number, end: number, index = 0, tint: EraTint = 0): EraSpan {
  return { era: { label, start: YEAR_DATE, end: YEAR_DATE }, index, start, end, tint };
}

/** A straight axis from time 0 to 1000 over a 1048 px track with 24 px insets: 1 px per time unit. */
function linearGeometry(width = 1048): TrackGeometry {
  const axis = createTimeAxis([], { width, compress: false });
  const scale = axis.scale
    .copy()
    .domain([0, 1000])
    .range([24, width - 24]);
  return createTrackGeometry({ scale, width, inset: 24 });
}

/** 10 px a character, the ellipsis too. */
const measureText = (text: string): number => Array.from(text).length * 10;

describe('getEraBands', () => {
  const geometry = linearGeometry();

  it('getEraBands(spans, geometry) spans each era over its times on the axis, in px and fractions', () => {
    const [band] = getEraBands([span('Reconstruction', 100, 400, 3, 1)], geometry, { measureText });
    expect(band).toMatchObject({ key: 3, label: 'Reconstruction', text: 'Reconstruction', x0: 124, x1: 424, tint: 1 });
    expect(band?.fraction).toBeCloseTo(0.1, 9);
    expect(band?.widthFraction).toBeCloseTo(0.3, 9);
    expect(band?.labelWidthFraction).toBeCloseTo(0.3, 9);
  });

  it('getEraBands(spans, geometry) clips eras to the axis and leaves out those wholly off it', () => {
    const bands = getEraBands([span('Before', -500, -100, 0), span('Across the start', -200, 100, 1), span('Across the end', 900, 5000, 2), span('After', 1200, 1300, 3)], geometry, { measureText });
    expect(bands.map((band) => [band.label, band.x0, band.x1])).toEqual([
      ['Across the start', 24, 124],
      ['Across the end', 924, 1024],
    ]);
  });

  it('getEraBands(spans, geometry) shortens a label with an ellipsis to fit its band, or leaves it out', () => {
    // Room for the label: band width less padding on both sides.
    const room = (chars: number): number => chars * 10 + 2 * ERA_LABEL_PADDING_PX;
    const [whole, shortened, none] = getEraBands([span('Ten chars!', 0, room(10), 0), span('Reconstruction', 300, 300 + room(6), 1), span('Gilded Age', 600, 600 + room(3), 2)], geometry, {
      measureText,
    });
    expect(whole?.text).toBe('Ten chars!');
    expect(shortened?.text).toBe('Recon…');
    expect(none?.text).toBeNull();
    expect(none?.widthFraction).toBeGreaterThan(0);
  });

  it('getEraBands(spans, geometry) ends a label where the next era starts, so overlapping eras keep their names apart', () => {
    const [outer, inner] = getEraBands([span('The long century', 0, 800, 0), span('War', 60, 200, 1)], geometry, { measureText });
    expect(outer?.labelWidthFraction).toBeCloseTo(0.06, 9);
    expect(outer?.text).toBe('The…');
    expect(inner?.text).toBe('War');
  });

  it('getEraBands(spans, geometry) follows zoom: the same fractions, more room for labels', () => {
    const spans = [span('Reconstruction', 100, 200)];
    const [zoomedOut] = getEraBands(spans, linearGeometry(1048), { measureText });
    const [zoomedIn] = getEraBands(spans, linearGeometry(4 * 1048), { measureText });
    expect(zoomedIn?.fraction).toBeCloseTo(zoomedOut?.fraction ?? NaN, 9);
    expect(zoomedOut?.text).toBe('Reconst…');
    expect(zoomedIn?.text).toBe('Reconstruction');
  });

  it('getEraBands(spans, geometry) follows a compressed axis exactly as its ticks do, and spans its breaks', () => {
    const events = [0, 2, 3, 400, 401].map((day) => ({ time: Date.UTC(2023, 0, 1) + day * DAY, endTime: Date.UTC(2023, 0, 1) + day * DAY }));
    const axis = createTimeAxis(events, { width: 560, compress: true });
    const [gap] = axis.breaks;
    const tick = getTicks(axis, 'en-US', 12)[1];
    if (!gap || !tick) throw new Error('expected a break and ticks');
    const end = Date.UTC(2024, 1, 6); // the last event, after the break
    const [band] = getEraBands([span('Across the break', tick.time, end)], createTrackGeometry(axis));
    // An era that starts at a tick's time starts at that tick, through the one geometry.
    expect(band?.x0).toBeCloseTo(tick.x, 9);
    expect(band?.x1).toBeCloseTo(axis.scale(end), 9);
    expect(band && band.x0 < gap.x0 && band.x1 > gap.x1).toBe(true);
  });

  it('getEraBands([], geometry) is empty', () => {
    expect(getEraBands([], geometry)).toEqual([]);
  });
});

describe('fitLabel', () => {
  it('fitLabel(label, room, measure) keeps a label that fits whole', () => {
    expect(fitLabel('Gilded Age', 100, measureText)).toBe('Gilded Age');
  });

  it('fitLabel(label, room, measure) keeps as many characters as fit before the ellipsis, without a trailing space', () => {
    expect(fitLabel('Gilded Age', 90, measureText)).toBe('Gilded A…');
    expect(fitLabel('Gilded Age', 80, measureText)).toBe('Gilded…');
  });

  it('fitLabel(label, room, measure) leaves the label out with room for fewer than three characters, or none', () => {
    expect(fitLabel('Gilded Age', 40, measureText)).toBe('Gil…');
    expect(fitLabel('Gilded Age', 39, measureText)).toBeNull();
    expect(fitLabel('Gilded Age', 0, measureText)).toBeNull();
    expect(fitLabel('', 100, measureText)).toBeNull();
  });

  it('fitLabel(label, room, measure) counts characters, not UTF-16 units', () => {
    expect(fitLabel('𝔊𝔦𝔩𝔡𝔢𝔡 Age', 50, measureText)).toBe('𝔊𝔦𝔩𝔡…');
  });
});

describe('getEraBands, right to left', () => {
  const axis = createTimeAxis([], { width: 1048, compress: false });
  const scale = axis.scale
    .copy()
    .domain([0, 1000])
    .range([24, 1048 - 24]);
  const rtl = createTrackGeometry({ scale, width: 1048, inset: 24 }, 'rtl');

  it('getEraBands(spans, rtl geometry) mirrors each band and anchors its label at the band right edge, where the era starts', () => {
    const [band] = getEraBands([span('Reconstruction', 100, 400)], rtl, { measureText });
    expect(band).toMatchObject({ text: 'Reconstruction', x0: 624, x1: 924 });
    expect(band?.fraction).toBeCloseTo(0.6, 9);
    expect(band?.widthFraction).toBeCloseTo(0.3, 9);
    expect((band?.labelFraction ?? 0) + (band?.labelWidthFraction ?? 0)).toBeCloseTo(0.9, 9);
  });

  it('getEraBands(spans, rtl geometry) ends a label where the next era starts, to its left', () => {
    const [outer, inner] = getEraBands([span('The long century', 0, 800, 0), span('War', 60, 200, 1)], rtl, { measureText });
    expect(outer?.labelWidthFraction).toBeCloseTo(0.06, 9);
    expect(outer?.labelFraction).toBeCloseTo(0.94, 9);
    expect(inner?.fraction).toBeCloseTo(0.8, 9);
    expect(inner?.text).toBe('War');
  });
});
