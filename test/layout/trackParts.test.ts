import { describe, expect, it } from 'vitest';
import { positionAxisMarks } from '../../src/layout/axisMarks';
import { getClusterZoom, MAX_CLUSTER_ZOOM } from '../../src/layout/clusterZoom';
import { cullTrack, CULL_THRESHOLD, getVisibleWindow } from '../../src/layout/cullTrack';
import { layoutTimeline, type EventLayout } from '../../src/layout/layoutTimeline';
import { getOverviewBins } from '../../src/layout/overviewBins';
import { placeSpotlight } from '../../src/layout/placeSpotlight';
import { createTrackGeometry, type TrackGeometry } from '../../src/layout/trackGeometry';
import { getPanScroll, ZOOM_STEP } from '../../src/layout/viewport';
import { getAnchoredScroll, zoomAround } from '../../src/layout/zoomAround';
import { createTimeAxis } from '../../src/scale/timeAxis';

/** A straight axis from time 0 to 1000 over a 1048 px track with 24 px insets: 1 px per time unit. */
function linearGeometry(width = 1048): TrackGeometry {
  const axis = createTimeAxis([], { width, compress: false });
  const scale = axis.scale
    .copy()
    .domain([new Date(0), new Date(1000)])
    .range([24, width - 24]);
  return createTrackGeometry({ scale, width, inset: 24 });
}

describe('cullTrack', () => {
  const geometry = linearGeometry();
  const items = (count: number): EventLayout[] =>
    Array.from({ length: count }, (_, index) => ({ id: `e${index}`, eventIds: [`e${index}`], x: 0, fraction: index / count, lane: 0, side: 'right', boxStart: 0, boxOffset: -10, boxWidth: 20 }));

  it('cullTrack(small track) keeps everything, so prerendering is identical', () => {
    const layout = { items: items(10), laneCount: 1, hasClusters: false };
    const culled = cullTrack(layout, [], { scrollLeft: 500, clientWidth: 100, trackWidth: 1048 }, geometry);
    expect(culled.isCulled).toBe(false);
    expect(culled.items).toHaveLength(10);
  });

  it('cullTrack(large track, unmeasured) keeps everything', () => {
    const layout = { items: items(CULL_THRESHOLD + 1), laneCount: 1, hasClusters: false };
    expect(cullTrack(layout, [], { scrollLeft: 0, clientWidth: 0, trackWidth: 0 }, geometry).items).toHaveLength(CULL_THRESHOLD + 1);
  });

  it('cullTrack(large track) keeps the items and ticks on screen, with overscan', () => {
    const layout = { items: items(1000), laneCount: 1, hasClusters: false };
    const ticks = [0.1, 0.45, 0.5, 0.9].map((fraction) => ({ time: fraction * 1000, x: 0, label: '', fraction }));
    const view = { scrollLeft: 524, clientWidth: 100, trackWidth: 1048 };
    const culled = cullTrack(layout, ticks, view, geometry);
    const [from, to] = getVisibleWindow(view, geometry, 20);
    expect(culled.isCulled).toBe(true);
    expect(culled.items.every((item) => item.fraction >= from && item.fraction <= to)).toBe(true);
    expect(culled.items.some((item) => item.fraction === 0.5)).toBe(true);
    expect(culled.items.length).toBeLessThan(300);
    expect(culled.ticks.map((tick) => tick.fraction)).toEqual([0.45, 0.5]);
  });
});

describe('getClusterZoom', () => {
  it('getClusterZoom(span) spreads the cluster over half the frame', () => {
    expect(getClusterZoom({ startTime: 0, endTime: 86_400_000, spanPx: 10, frameWidth: 600 })).toBe(30);
  });

  it('getClusterZoom is at least one step and at most MAX_CLUSTER_ZOOM', () => {
    expect(getClusterZoom({ startTime: 0, endTime: 86_400_000, spanPx: 1000, frameWidth: 600 })).toBe(ZOOM_STEP);
    expect(getClusterZoom({ startTime: 0, endTime: 86_400_000, spanPx: 0, frameWidth: 600 })).toBe(MAX_CLUSTER_ZOOM);
  });

  it('getClusterZoom(same time) is 1: no zoom can part events of the same minute', () => {
    expect(getClusterZoom({ startTime: 0, endTime: 1000, spanPx: 0, frameWidth: 600 })).toBe(1);
  });
});

describe('getOverviewBins', () => {
  it('getOverviewBins(items) counts events per stretch of the axis, log-scaled, 0 where empty', () => {
    const bins = getOverviewBins(
      [
        { fraction: 0, eventIds: ['a'] },
        { fraction: 0.99, eventIds: ['b', 'c', 'd'] },
        { fraction: 1, eventIds: ['e'] },
      ],
      4,
    );
    expect(bins[1]).toBe(0);
    expect(bins[2]).toBe(0);
    expect(bins[3]).toBe(1);
    expect(bins[0]).toBeGreaterThan(0.2);
    expect(bins[0]).toBeLessThan(1);
  });
});

describe('placeSpotlight', () => {
  const geometry = linearGeometry();
  it('placeSpotlight(event) puts the label on the left when it fits, as layoutTimeline does', () => {
    const spotlight = placeSpotlight({ id: 'x', time: 500, label: 'Label' }, geometry, 40);
    const [laidOut] = layoutTimeline([{ id: 'x', time: 500, label: 'Label' }], { scale: (time) => geometry.timeToPx(time), width: 1048, fontSizePx: 13, measureText: () => 40 }).items;
    expect(spotlight.side).toBe('left');
    expect([spotlight.boxStart, spotlight.boxWidth, spotlight.side]).toEqual([laidOut?.boxStart, laidOut?.boxWidth, laidOut?.side]);
    expect(spotlight.fraction).toBeCloseTo(0.5, 6);
  });

  it('placeSpotlight(event at the start) puts the label on the right', () => {
    expect(placeSpotlight({ id: 'x', time: 0, label: 'Label' }, geometry, 40).side).toBe('right');
  });
});

describe('zoomAround and getAnchoredScroll', () => {
  const before = linearGeometry(1048);
  const after = linearGeometry(2048);
  const view = { scrollLeft: 0, clientWidth: 1048, trackWidth: 1048 };

  it('zoomAround(pointer) keeps the time under the pointer under it', () => {
    const anchor = zoomAround(view, before, { offset: 524 });
    expect(anchor).toEqual({ time: 500, offset: 524 });
    const scroll = getAnchoredScroll(anchor, after, 2048);
    expect(after.timeToPx(anchor.time, 2048) - scroll).toBe(524);
  });

  it('zoomAround(time on screen) keeps it where it is; off screen, centres it', () => {
    expect(zoomAround(view, before, { time: 100 })).toEqual({ time: 100, offset: 124 });
    expect(zoomAround({ ...view, scrollLeft: 600, trackWidth: 2048 }, after, { time: 0 }).offset).toBe(524);
  });

  it('zoomAround() without a target keeps the centre', () => {
    expect(zoomAround(view, before)).toEqual({ time: 500, offset: 524 });
  });
});

describe('getPanScroll', () => {
  const view = { scrollLeft: 500, clientWidth: 200, trackWidth: 2000 };
  it('getPanScroll(intent) steps a tenth of a screen, a screen, or to an end', () => {
    expect(getPanScroll('next', view)).toBe(520);
    expect(getPanScroll('previous', view)).toBe(480);
    expect(getPanScroll('pageNext', view)).toBe(700);
    expect(getPanScroll('pagePrevious', view)).toBe(300);
    expect(getPanScroll('first', view)).toBe(0);
    expect(getPanScroll('last', view)).toBe(1800);
  });
});

describe('positionAxisMarks', () => {
  it('positionAxisMarks places ticks and breaks in fractions of the axis', () => {
    const geometry = linearGeometry();
    const { ticks, breaks } = positionAxisMarks([{ time: 250, x: 274, label: 'T' }], [{ start: 400, end: 600, x0: 424, x1: 624, label: '200', isLabelShown: true }], geometry);
    expect(ticks[0]?.fraction).toBe(0.25);
    expect(breaks[0]?.fraction).toBe(0.4);
    expect(breaks[0]?.widthFraction).toBeCloseTo(0.2, 9);
  });
});

describe('getPanScroll, right to left', () => {
  const view = { scrollLeft: 500, clientWidth: 200, trackWidth: 2000 };
  it('getPanScroll(intent, view, "rtl") pans later in time leftwards, and "first" is the right end', () => {
    expect(getPanScroll('next', view, 'rtl')).toBe(480);
    expect(getPanScroll('previous', view, 'rtl')).toBe(520);
    expect(getPanScroll('pageNext', view, 'rtl')).toBe(300);
    expect(getPanScroll('first', view, 'rtl')).toBe(1800);
    expect(getPanScroll('last', view, 'rtl')).toBe(0);
  });
});
