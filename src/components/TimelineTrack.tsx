import { useEffect, useMemo, useRef } from 'react';
import { describeEvent } from '../a11y/describe';
import { formatCivilRange } from '../data/formatDate';
import type { TimelineEvent } from '../data/types';
import { useTimelineLayout } from '../hooks/useTimelineLayout';
import type { TimelineNavigationResult } from '../hooks/useTimelineNavigation';
import { EventMarker } from './EventMarker';


/** Props of `TimelineTrack`. */
export interface TimelineTrackProps {
  events: readonly TimelineEvent[];
  selectedId: string | undefined;
  locale: string;
  panelId: string;
  /** Accessible name of the tab list. */
  label: string;
  navigation: TimelineNavigationResult;
}

/** Percent of the axis for a share, for CSS. */
function toPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(4)}%`;
}

/** CSS custom properties as a style object (React passes `--name` keys through). */
function cssVariables(variables: Record<string, string | number>): Record<string, string | number> {
  return variables;
}

/**
 * The time axis with one marker per event; d3 computes positions, React draws everything.
 * Vertical geometry is CSS (`--ql-lane-h` grows on touch screens), so the markup does not depend
 * on the device and server and browser render the same thing.
 */
export function TimelineTrack({ events, selectedId, locale, panelId, label, navigation }: TimelineTrackProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const { width, inset, layout, ticks } = useTimelineLayout({ events, locale });
  // Names and positions per event, computed once per story and language, not per selection.
  const byId = useMemo(
    () => new Map(events.map((event, index) => [event.id, { event, index, name: describeEvent(event.headline, formatCivilRange(event.start, event.end, locale)) }])),
    [events, locale],
  );
  const selectedFraction = layout.items.find((item) => item.id === selectedId)?.fraction;

  // Keep the selected marker in view by scrolling the track's own frame, never the page.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || selectedFraction === undefined) return;
    const { scrollLeft, clientWidth, scrollWidth } = frame;
    const x = inset + selectedFraction * (scrollWidth - 2 * inset);
    const margin = Math.min(120, clientWidth / 4);
    if (x >= scrollLeft + margin && x <= scrollLeft + clientWidth - margin) return;
    const isReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    frame.scrollTo?.({ left: x - clientWidth / 2, behavior: isReduced ? 'auto' : 'smooth' });
  }, [inset, selectedFraction]);

  return (
    <div className="ql-track-frame" ref={frameRef}>
      <div className="ql-track" style={{ minWidth: width, ...cssVariables({ '--ql-lanes': Math.max(1, layout.laneCount) }) }}>
        <div className="ql-axis" style={{ left: inset, right: inset }}>
          <div className="ql-axis-decor" aria-hidden="true">
            <div className="ql-axis-line" />
            {ticks.map((tick) => (
              <div key={tick.time} className="ql-tick" style={{ left: toPercent(tick.fraction) }}>
                <span className="ql-tick-label">{tick.label}</span>
              </div>
            ))}
            {layout.items.map((item) => (
              <div
                key={item.id}
                className={`ql-stem${item.id === selectedId ? ' ql-stem-selected' : ''}`}
                style={{ left: toPercent(item.fraction), ...cssVariables({ '--ql-lane': item.lane }) }}
              />
            ))}
          </div>
          <div className="ql-tablist" role="tablist" aria-label={label} aria-orientation="horizontal" {...navigation.tablistProps}>
            {layout.items.map((item) => {
              const entry = byId.get(item.id);
              if (!entry) return null;
              const { event, index, name } = entry;
              return (
                <EventMarker
                  key={item.id}
                  event={event}
                  item={item}
                  left={`calc(${toPercent(item.fraction)} + ${item.boxOffset.toFixed(2)}px)`}
                  isSelected={item.id === selectedId}
                  tabIndex={item.id === selectedId ? 0 : -1}
                  panelId={panelId}
                  name={name}
                  position={index + 1}
                  count={events.length}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
