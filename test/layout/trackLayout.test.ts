import { describe, expect, it } from 'vitest';
import { cullTrack } from '../../src/layout/cullTrack';
import { getOverviewBins } from '../../src/layout/overviewBins';
import { placeSpotlight } from '../../src/layout/placeSpotlight';
import { computeTimelineLayout } from '../../src/layout/trackLayout';
import { getAnchoredScroll, zoomAround } from '../../src/layout/zoomAround';
import { createTestStory } from '../helpers/story';

const story = createTestStory(30);
const { events } = story;
const ltr = computeTimelineLayout({ events, locale: 'ar', width: 1200 });
const rtl = computeTimelineLayout({ events, locale: 'ar', width: 1200, direction: 'rtl' });
const markerOf = (id: string | undefined) => rtl.layout.items.find((item) => item.eventIds.includes(id ?? ''));

describe('computeTimelineLayout({ direction: "rtl" })', () => {
  it('computeTimelineLayout({ direction: "rtl" }) puts the first event at the right and the last at the left', () => {
    const first = markerOf(events[0]?.id);
    const last = markerOf(events[events.length - 1]?.id);
    expect(rtl.geometry.direction).toBe('rtl');
    expect(first?.x).toBeGreaterThan(last?.x ?? Infinity);
    expect(first?.fraction).toBeCloseTo(1 - (ltr.layout.items[0]?.fraction ?? NaN), 12);
    expect(rtl.layout.items.map((item) => item.id)).toEqual(ltr.layout.items.map((item) => item.id).reverse());
  });

  it('computeTimelineLayout({ direction: "rtl" }) places each marker where its geometry puts its time', () => {
    for (const item of rtl.layout.items.filter((entry) => entry.lane >= 0)) {
      const event = events.find((entry) => entry.id === item.id);
      expect(rtl.geometry.timeToFraction(event?.time ?? NaN)).toBeCloseTo(item.fraction, 2);
    }
  });

  it('computeTimelineLayout({ direction: "rtl" }) mirrors ticks and breaks: earlier ticks further right', () => {
    expect(rtl.ticks.map((tick) => tick.fraction)).toEqual(ltr.ticks.map((tick) => 1 - tick.fraction).reverse());
    const [earlier, later] = [...rtl.ticks].sort((a, b) => a.time - b.time);
    expect(earlier?.fraction).toBeGreaterThan(later?.fraction ?? Infinity);
    for (const mark of rtl.breaks) expect(mark.fraction + mark.widthFraction).toBeLessThanOrEqual(1);
  });

  it('computeTimelineLayout({ direction: "rtl" }) is cached apart from the left-to-right layout', () => {
    expect(computeTimelineLayout({ events, locale: 'ar', width: 1200, direction: 'rtl' })).toBe(rtl);
    expect(computeTimelineLayout({ events, locale: 'ar', width: 1200 })).toBe(ltr);
  });

  it('a right-to-left zoom keeps the time under the pointer under it', () => {
    const zoomed = computeTimelineLayout({ events, locale: 'ar', width: 1200, zoom: 2, direction: 'rtl' });
    const anchor = zoomAround({ scrollLeft: 0, clientWidth: 1200, trackWidth: 1200 }, rtl.geometry, { offset: 300 });
    const scroll = getAnchoredScroll(anchor, zoomed.geometry, 2400);
    expect(zoomed.geometry.timeToPx(anchor.time, 2400) - scroll).toBeCloseTo(300, 6);
    // The left of the screen is later in time than its right.
    expect(rtl.geometry.pxToTime(100, 1200)).toBeGreaterThan(rtl.geometry.pxToTime(1100, 1200));
  });

  it('the overview of a right-to-left track has its earliest bins at the right', () => {
    const bins = getOverviewBins(rtl.layout.items);
    const ltrBins = getOverviewBins(ltr.layout.items);
    expect(bins).toEqual([...ltrBins].reverse());
  });

  it('cullTrack keeps what is on screen of a right-to-left track: the latest events at the left', () => {
    const many = createTestStory(600).events;
    const result = computeTimelineLayout({ events: many, locale: 'ar', width: 1200, zoom: 16, direction: 'rtl' });
    const trackWidth = 1200 * 16;
    const culled = cullTrack(result.layout, result.ticks, { scrollLeft: 0, clientWidth: 1200, trackWidth }, result.geometry);
    expect(culled.isCulled).toBe(true);
    expect(culled.items.some((item) => item.eventIds.includes(many[many.length - 1]?.id ?? ''))).toBe(true);
    expect(culled.items.some((item) => item.eventIds.includes(many[0]?.id ?? ''))).toBe(false);
  });

  it('placeSpotlight on a right-to-left track sits at the mirrored time, inside the track', () => {
    const event = events[0];
    if (!event) throw new Error('no event');
    const spot = placeSpotlight(event, rtl.geometry, 80);
    expect(spot.x).toBeCloseTo(1200 - ltr.geometry.timeToPx(event.time), 6);
    expect(spot.boxStart + spot.boxWidth).toBeLessThanOrEqual(1200);
  });
});
