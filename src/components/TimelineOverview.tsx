import { useMemo, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { getScrollBehavior } from '../hooks/motion';
import type { TimelineLayout } from '../layout/layoutTimeline';
import type { TrackView } from '../layout/viewport';

/** Bars in the overview's density strip. @default 120 */
export const OVERVIEW_BINS = 120;

/** Props of `TimelineOverview`. */
export interface TimelineOverviewProps {
  layout: TimelineLayout;
  view: TrackView;
  frameRef: RefObject<HTMLDivElement | null>;
  /** Describes the visible window in words, for screen readers ("March 2023 to June 2024"). */
  describeWindow: (fromShare: number, toShare: number) => string;
}

/**
 * The mini-map: event density along the whole track and the part on screen. Drag it or click to
 * move; as a slider (WAI-ARIA slider pattern) ← → move a tenth of a screen, Page Up/Down a screen,
 * Home/End to the ends.
 */
export function TimelineOverview({ layout, view, frameRef, describeWindow }: TimelineOverviewProps) {
  const stripRef = useRef<HTMLDivElement>(null);
  const bins = useMemo(() => {
    const counts = new Array<number>(OVERVIEW_BINS).fill(0);
    for (const item of layout.items) {
      const bin = Math.min(OVERVIEW_BINS - 1, Math.max(0, Math.floor(item.fraction * OVERVIEW_BINS)));
      counts[bin] = (counts[bin] ?? 0) + item.eventIds.length;
    }
    const max = Math.max(1, ...counts);
    return counts.map((count) => (count === 0 ? 0 : 0.2 + (0.8 * Math.log1p(count)) / Math.log1p(max)));
  }, [layout]);
  const trackWidth = view.trackWidth || 1;
  const fromShare = Math.min(1, view.scrollLeft / trackWidth);
  const widthShare = view.clientWidth > 0 ? Math.min(1, view.clientWidth / trackWidth) : 1;
  const percent = Math.round(fromShare * 100);

  const scrollToShare = (share: number, smooth = false): void => {
    const frame = frameRef.current;
    if (!frame) return;
    frame.scrollTo({ left: share * trackWidth, behavior: smooth ? getScrollBehavior() : 'auto' });
  };
  const shareAt = (clientX: number): number => {
    const box = stripRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return (clientX - box.left) / box.width - widthShare / 2;
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    scrollToShare(shareAt(event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.currentTarget.hasPointerCapture?.(event.pointerId)) scrollToShare(shareAt(event.clientX));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const steps: Record<string, number> = { ArrowLeft: -0.1, ArrowRight: 0.1, ArrowDown: -0.1, ArrowUp: 0.1, PageUp: -1, PageDown: 1 };
    const step = steps[event.key];
    if (step !== undefined) scrollToShare(fromShare + step * widthShare, true);
    else if (event.key === 'Home') scrollToShare(0, true);
    else if (event.key === 'End') scrollToShare(1, true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={stripRef}
      className="ql-overview"
      role="slider"
      tabIndex={0}
      aria-label="Part of the timeline on screen"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={describeWindow(fromShare, Math.min(1, fromShare + widthShare))}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onKeyDown={onKeyDown}
    >
      <svg className="ql-overview-bars" viewBox={`0 0 ${OVERVIEW_BINS} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {bins.map((height, index) => (height > 0 ? <rect key={index} x={index + 0.1} y={1 - height} width={0.8} height={height} /> : null))}
      </svg>
      <div className="ql-overview-window" style={{ left: `${(fromShare * 100).toFixed(3)}%`, width: `${(widthShare * 100).toFixed(3)}%` }} />
    </div>
  );
}
