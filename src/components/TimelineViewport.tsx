import { useCallback } from 'react';
import { getMonthYearFormatter } from '../data/formatDate';
import { useTrackView } from '../hooks/useTrackView';
import { TimelineOverview } from './TimelineOverview';
import { TimelineTrack, type TimelineTrackProps } from './TimelineTrack';

/** Props of `TimelineViewport`: those of the track, whose view it follows. */
export type TimelineViewportProps = Omit<TimelineTrackProps, 'view'>;

/**
 * The track and its overview, which follow the scroll position: keeping that state here means
 * scrolling re-renders these two, not the detail panel and the rest of the timeline.
 */
export function TimelineViewport(props: TimelineViewportProps) {
  const { frameRef, trackRef, result, locale } = props;
  const view = useTrackView(frameRef, trackRef);
  const { geometry } = result;
  const describeWindow = useCallback(
    (from: number, to: number): string => {
      const format = getMonthYearFormatter(locale);
      return `Showing ${format.format(geometry.fractionToTime(from))} to ${format.format(geometry.fractionToTime(to))}`;
    },
    [geometry, locale],
  );
  return (
    <>
      <TimelineTrack {...props} view={view} />
      <TimelineOverview layout={result.layout} geometry={geometry} view={view} frameRef={frameRef} describeWindow={describeWindow} />
    </>
  );
}
