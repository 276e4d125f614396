import { useCallback, useMemo, useRef } from 'react';
import { formatAxisTime } from '../data/formatDate';
import type { TimelineEvent } from '../data/types';
import type { TimelineKeyboardResult } from '../hooks/useTimelineKeyboard';
import { useTrackView } from '../hooks/useTrackView';
import type { TrackGeometry } from '../layout/trackGeometry';
import type { TrackView } from '../layout/viewport';
import { YEAR_MS } from '../scale/durations';
import { MAX_CALENDAR_TICK_YEARS } from '../scale/ticks';
import { getTimeExtent } from '../scale/timeAxis';
import { TimelineOverview } from './TimelineOverview';
import { TimelineTrack, type TimelineTrackProps } from './TimelineTrack';
import { useT } from '../hooks/useTranslator';

/** Props of `TimelineViewport`: those of the track, whose view it follows. */
export type TimelineViewportProps = Omit<TimelineTrackProps, 'view'>;

/** The overview's words for the window on screen: months, or years where the ticks are years by number (over millennia). */
function useDescribeWindow(geometry: TrackGeometry, events: readonly TimelineEvent[], locale: string): (from: number, to: number) => string {
  const extent = useMemo(() => getTimeExtent(events), [events]);
  const { t } = useT();
  return useCallback(
    (from: number, to: number): string => {
      // The axis runs on past the first and last events (by 27 million years for the age of the universe): the words stop at them.
      const toTime = (fraction: number): number => Math.min(extent.end, Math.max(extent.start, geometry.fractionToTime(fraction)));
      // Right to left, the window's left edge is its latest time.
      const start = Math.min(toTime(from), toTime(to));
      const end = Math.max(toTime(from), toTime(to));
      const precision = end - start > MAX_CALENDAR_TICK_YEARS * YEAR_MS ? 'year' : 'month';
      return t('track.window', { from: formatAxisTime(start, locale, precision), to: formatAxisTime(end, locale, precision) });
    },
    [geometry, extent, locale, t],
  );
}

/**
 * The track and its overview, which follow the scroll position: keeping that state here means
 * scrolling re-renders these two, not the detail panel and the rest of the timeline.
 */
export function TimelineViewport(props: TimelineViewportProps) {
  const { frameRef, trackRef, result, locale } = props;
  const view = useTrackView(frameRef, trackRef);
  const describeWindow = useDescribeWindow(result.geometry, props.events, locale);
  return (
    <>
      <TimelineTrack {...props} view={view} />
      <TimelineOverview layout={result.layout} geometry={result.geometry} view={view} frameRef={frameRef} describeWindow={describeWindow} />
    </>
  );
}

/** The view before anything is measured: the whole track, as the server sees it. */
const UNMEASURED: TrackView = { scrollLeft: 0, clientWidth: 0, trackWidth: 0 };
const ignore = (): void => undefined;

/** Props of `StaticViewport`. */
export type StaticViewportProps = Omit<TimelineViewportProps, 'keyboard' | 'frameRef' | 'trackRef' | 'onOpenCluster'>;

/**
 * One track size as the server renders it for container queries to choose from: the markup of the
 * live viewport at that size, without its behaviour (the browser swaps in the live one, at the
 * same size, before it paints again).
 */
export function StaticViewport(props: StaticViewportProps) {
  const frameRef = useRef<HTMLDivElement | null>(null);
  const trackRef = useRef<HTMLDivElement | null>(null);
  const tablistRef = useRef<HTMLDivElement | null>(null);
  const clustersRef = useRef<HTMLDivElement | null>(null);
  const describeWindow = useDescribeWindow(props.result.geometry, props.events, props.locale);
  const keyboard: TimelineKeyboardResult = {
    rootProps: { onKeyDown: ignore },
    tablistProps: { ref: tablistRef, onClick: ignore, onFocus: ignore },
    clustersRef,
    activeClusterId: undefined,
    focusMarker: ignore,
  };
  return (
    <>
      <TimelineTrack {...props} keyboard={keyboard} frameRef={frameRef} trackRef={trackRef} view={UNMEASURED} onOpenCluster={ignore} />
      <TimelineOverview layout={props.result.layout} geometry={props.result.geometry} view={UNMEASURED} frameRef={frameRef} describeWindow={describeWindow} />
    </>
  );
}
