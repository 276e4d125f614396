import { memo, useMemo, useRef, type PointerEvent, type RefObject } from 'react';
import { usePlacement } from '../hooks/usePlacement';
import { KEY_ZONE_ATTRIBUTE } from '../hooks/useTimelineKeyboard';
import type { TimelineLayout } from '../layout/layoutTimeline';
import { getOverviewBins, OVERVIEW_BINS } from '../layout/overviewBins';
import type { TrackGeometry } from '../layout/trackGeometry';
import type { TrackView } from '../layout/viewport';
import { useT } from '../hooks/useTranslator';

/** Props of `TimelineOverview`. */
export interface TimelineOverviewProps {
  layout: TimelineLayout;
  geometry: TrackGeometry;
  view: TrackView;
  frameRef: RefObject<HTMLDivElement | null>;
  /** Describes the visible window in words, for screen readers ("Showing March 2023 to June 2024"). */
  describeWindow: (from: number, to: number) => string;
}

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

/**
 * The mini-map: event density along the whole axis and the part on screen, both in fractions of
 * the axis (so it mirrors with the track: right to left, the earliest bin is at the right). Drag it or click to move; as a slider (WAI-ARIA slider pattern, keys in
 * `useTimelineKeyboard`) ← → move a tenth of a screen, Page Up/Down a screen, Home/End to the ends.
 */
export const TimelineOverview = memo(function TimelineOverview({ layout, geometry, view, frameRef, describeWindow }: TimelineOverviewProps) {
  const { t } = useT();
  const stripRef = useRef<HTMLDivElement>(null);
  const place = usePlacement();
  const bins = useMemo(() => getOverviewBins(layout.items), [layout]);
  // Before the track is measured (on the server), the whole axis is in view.
  const isMeasured = view.trackWidth > 0 && view.clientWidth > 0;
  const from = isMeasured ? clamp(geometry.pxToFraction(view.scrollLeft, view.trackWidth)) : 0;
  const to = isMeasured ? clamp(geometry.pxToFraction(view.scrollLeft + view.clientWidth, view.trackWidth)) : 1;

  const centreAt = (clientX: number): void => {
    const frame = frameRef.current;
    const box = stripRef.current?.getBoundingClientRect();
    if (!frame || !box || box.width === 0) return;
    const fraction = (clientX - box.left) / box.width - (to - from) / 2;
    frame.scrollTo({ left: geometry.fractionToPx(fraction, view.trackWidth) });
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    centreAt(event.clientX);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.currentTarget.hasPointerCapture?.(event.pointerId)) centreAt(event.clientX);
  };

  return (
    <div
      ref={stripRef}
      className="ql-overview"
      role="slider"
      tabIndex={0}
      aria-label={t('overview.label')}
      aria-valuemin={0}
      aria-valuemax={100}
      // Right to left, the slider's value (how far along in time) grows leftwards.
      aria-valuenow={Math.round((geometry.direction === 'rtl' ? 1 - to : from) * 100)}
      aria-valuetext={describeWindow(from, to)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      {...{ [KEY_ZONE_ATTRIBUTE]: 'overview' }}
    >
      <svg className="ql-overview-bars" viewBox={`0 0 ${OVERVIEW_BINS} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {bins.map((height, index) => (height > 0 ? <rect key={index} x={index + 0.1} y={1 - height} width={0.8} height={height} /> : null))}
      </svg>
      <div {...place('ql-overview-window', { left: `${(from * 100).toFixed(3)}%`, width: `${((to - from) * 100).toFixed(3)}%` })} />
    </div>
  );
});
