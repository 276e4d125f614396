import { getMonthYearFormatter } from '../data/formatDate';
import { useTrackView } from '../hooks/useTrackView';
import { fractionToPx, pxToFraction } from '../layout/viewport';
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
  const describeWindow = (fromShare: number, toShare: number): string => {
    const { axis, width, inset } = result;
    const trackWidth = view.trackWidth || width;
    const format = getMonthYearFormatter(locale);
    const timeAt = (share: number): Date => axis.scale.invert(fractionToPx(pxToFraction(share * trackWidth, trackWidth, inset), width, inset));
    return `Showing ${format.format(timeAt(fromShare))} to ${format.format(timeAt(toShare))}`;
  };
  return (
    <>
      <TimelineTrack {...props} view={view} />
      <TimelineOverview layout={result.layout} view={view} frameRef={frameRef} describeWindow={describeWindow} />
    </>
  );
}
