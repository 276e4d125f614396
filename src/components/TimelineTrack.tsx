import { useEffect, useMemo } from 'react';
import { describeEvent } from '../a11y/describe';
import { formatCivilRange } from '../data/formatDate';
import type { TimelineEvent } from '../data/types';
import { useElementWidth } from '../hooks/useElementWidth';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { useTextMeasure } from '../hooks/useTextMeasure';
import { useTimelineLayout } from '../hooks/useTimelineLayout';
import type { TimelineNavigationResult } from '../hooks/useTimelineNavigation';
import { EventMarker } from './EventMarker';

/** Height of one lane with a mouse, in pixels (24 px targets, WCAG 2.2). @default 28 */
export const LANE_HEIGHT_PX = 28;
/** Height of one lane on touch screens, in pixels (44 px targets). @default 48 */
export const TOUCH_LANE_HEIGHT_PX = 48;
/** Height of the axis band under the lanes, in pixels. @default 36 */
export const AXIS_HEIGHT_PX = 36;
/** Width assumed before the first measurement (and on the server), in pixels. @default 960 */
export const FALLBACK_WIDTH_PX = 960;

/** Props of `TimelineTrack`. */
export interface TimelineTrackProps {
  events: readonly TimelineEvent[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  locale: string;
  panelId: string;
  /** Accessible name of the tab list. */
  label: string;
  navigation: TimelineNavigationResult;
}

/** The time axis with one marker per event; d3 computes positions, React draws everything. */
export function TimelineTrack({ events, selectedId, onSelect, locale, panelId, label, navigation }: TimelineTrackProps) {
  const [frameRef, availableWidth] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH_PX);
  const measureText = useTextMeasure(frameRef);
  const isTouch = useMediaQuery('(pointer: coarse)');
  const laneHeight = isTouch ? TOUCH_LANE_HEIGHT_PX : LANE_HEIGHT_PX;
  const { width, layout, ticks, axisRange } = useTimelineLayout({ events, availableWidth, locale, measureText });
  const lanesHeight = Math.max(1, layout.laneCount) * laneHeight;
  const height = lanesHeight + AXIS_HEIGHT_PX;
  const axisY = lanesHeight + 8;
  const byId = useMemo(() => new Map(events.map((event, index) => [event.id, { event, index }])), [events]);
  const selectedX = layout.items.find((item) => item.id === selectedId)?.x;

  // Keep the selected marker in view by scrolling the track's own frame, never the page.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || selectedX === undefined) return;
    const { scrollLeft, clientWidth } = frame;
    const margin = Math.min(120, clientWidth / 4);
    if (selectedX >= scrollLeft + margin && selectedX <= scrollLeft + clientWidth - margin) return;
    const isReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    frame.scrollTo?.({ left: selectedX - clientWidth / 2, behavior: isReduced ? 'auto' : 'smooth' });
  }, [frameRef, selectedX]);

  return (
    <div className="ql-track-frame" ref={frameRef}>
      <div className="ql-track" style={{ width, height }}>
        <svg className="ql-axis" width={width} height={height} aria-hidden="true" focusable="false">
          <line className="ql-axis-line" x1={axisRange[0]} x2={axisRange[1]} y1={axisY} y2={axisY} />
          {ticks.map((tick) => (
            <g key={tick.time} transform={`translate(${tick.x},${axisY})`}>
              <line className="ql-tick" y2={6} />
              <text className="ql-tick-label" y={22} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
          {layout.items.map((item) => (
            <line
              key={item.id}
              className={`ql-stem${item.id === selectedId ? ' ql-stem-selected' : ''}`}
              x1={item.x}
              x2={item.x}
              y1={lanesHeight - item.lane * laneHeight - laneHeight / 2}
              y2={axisY}
            />
          ))}
        </svg>
        <div className="ql-tablist" role="tablist" aria-label={label} aria-orientation="horizontal" {...navigation.tablistProps}>
          {layout.items.map((item) => {
            const entry = byId.get(item.id);
            if (!entry) return null;
            const { event, index } = entry;
            return (
              <EventMarker
                key={item.id}
                event={event}
                item={item}
                top={lanesHeight - (item.lane + 1) * laneHeight + (laneHeight - (isTouch ? 44 : 24)) / 2}
                isSelected={item.id === selectedId}
                onSelect={onSelect}
                panelId={panelId}
                name={describeEvent(event.headline, formatCivilRange(event.start, event.end, locale))}
                position={index + 1}
                count={events.length}
                markerProps={navigation.getMarkerProps(item.id)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
