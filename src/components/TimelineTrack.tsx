import { useEffect, useMemo, type KeyboardEvent, type RefObject } from 'react';
import { describeEvent } from '../a11y/describe';
import { formatCivilRange } from '../data/formatDate';
import type { TimelineEvent } from '../data/types';
import { getScrollBehavior } from '../hooks/motion';
import type { TimelineLayoutResult } from '../hooks/useTimelineLayout';
import { LABEL_FONT_PX } from '../hooks/useTimelineLayout';
import type { TimelineNavigationResult } from '../hooks/useTimelineNavigation';
import { LABEL_OFFSET_PX, LABEL_PADDING_PX, MARKER_SIZE_PX, type EventLayout } from '../layout/layoutTimeline';
import { estimateTextWidth } from '../scale/textWidth';
import { fractionToPx, getVisibleRange, pxToFraction, type TrackView } from '../layout/viewport';
import { EventMarker } from './EventMarker';

/** Stories up to this many items render every marker (and prerender identically); larger ones render what is on screen. @default 400 */
export const CULL_THRESHOLD = 400;

/** Props of `TimelineTrack`. */
export interface TimelineTrackProps {
  events: readonly TimelineEvent[];
  selectedId: string | undefined;
  locale: string;
  panelId: string;
  /** Accessible name of the tab list. */
  label: string;
  navigation: TimelineNavigationResult;
  result: TimelineLayoutResult;
  zoom: number;
  /** What of the track is on screen (from `useTrackView`). */
  view: TrackView;
  frameRef: RefObject<HTMLDivElement | null>;
  trackRef: RefObject<HTMLDivElement | null>;
  /** A cluster badge was activated. */
  onOpenCluster: (item: EventLayout) => void;
}

/** Percent of the axis for a share, for CSS. */
function toPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(4)}%`;
}

/** CSS custom properties as a style object (React passes `--name` keys through). */
function cssVariables(variables: Record<string, string | number>): Record<string, string | number> {
  return variables;
}

/** A box for the selected event when it has no marker of its own (it is in a cluster): its own top row. */
function createSpotlight(event: TimelineEvent, result: TimelineLayoutResult): EventLayout {
  const { axis, width, inset } = result;
  const x = axis.scale(new Date(event.time));
  const boxWidth = MARKER_SIZE_PX + LABEL_OFFSET_PX + estimateTextWidth(event.label, LABEL_FONT_PX) + LABEL_PADDING_PX;
  const half = MARKER_SIZE_PX / 2 + LABEL_PADDING_PX / 2;
  const isLeft = x + half - boxWidth >= 0;
  const boxStart = isLeft ? x + half - boxWidth : x - half;
  return { id: event.id, eventIds: [event.id], x, fraction: pxToFraction(x, width, inset), lane: 0, side: isLeft ? 'left' : 'right', boxStart, boxOffset: boxStart - x, boxWidth };
}

/**
 * The time axis with one marker per event (or a cluster badge where events crowd), breaks for
 * compressed quiet periods, and ticks; d3 computes positions, React draws everything. Vertical
 * geometry is CSS (`--ql-lane-h` grows on touch screens), so the markup does not depend on the
 * device. Large stories render only what is on screen, plus the selected event.
 */
export function TimelineTrack({ events, selectedId, locale, panelId, label, navigation, result, zoom, view, frameRef, trackRef, onOpenCluster }: TimelineTrackProps) {
  const { width, inset, layout, ticks, breaks } = result;
  const byId = useMemo(
    () => new Map(events.map((event, index) => [event.id, { event, index, name: describeEvent(event.label, event.headline, formatCivilRange(event.start, event.end, locale)) }])),
    [events, locale],
  );
  const fractions = useMemo(() => layout.items.map((item) => item.fraction), [layout]);
  const maxBoxPx = useMemo(() => layout.items.reduce((max, item) => Math.max(max, item.boxWidth), 0), [layout]);
  const isCulled = layout.items.length > CULL_THRESHOLD && view.clientWidth > 0;
  const [from, to] = isCulled ? getVisibleRange(fractions, view, inset, maxBoxPx) : [0, layout.items.length];
  const visible = layout.items.slice(from, to);
  const selectedItem = layout.items.find((item) => item.lane >= 0 && item.id === selectedId);
  const selectedEvent = selectedId === undefined ? undefined : byId.get(selectedId)?.event;
  const spotlight = !selectedItem && selectedEvent ? createSpotlight(selectedEvent, result) : undefined;
  const markers = [...visible.filter((item) => item.lane >= 0)];
  if (selectedItem && !markers.includes(selectedItem)) markers.push(selectedItem);
  const clusters = visible.filter((item) => item.lane === -1);
  const rowOffset = layout.hasClusters ? 1 : 0;
  const rows = Math.max(1, layout.laneCount) + (layout.hasClusters ? 2 : 0);
  const selectedFraction = (selectedItem ?? spotlight)?.fraction;

  // Keep the selected marker in view by scrolling the track's own frame, never the page.
  useEffect(() => {
    const frame = frameRef.current;
    const track = trackRef.current;
    if (!frame || !track || selectedFraction === undefined) return;
    const { scrollLeft, clientWidth } = frame;
    const x = fractionToPx(selectedFraction, track.offsetWidth, inset);
    const margin = Math.min(120, clientWidth / 4);
    if (x >= scrollLeft + margin && x <= scrollLeft + clientWidth - margin) return;
    frame.scrollTo?.({ left: x - clientWidth / 2, behavior: getScrollBehavior() });
  }, [frameRef, trackRef, inset, selectedFraction]);

  const visibleTicks = isCulled ? ticks.filter((tick) => tick.fraction >= (fractions[from] ?? 0) - 0.05 && tick.fraction <= (fractions[to - 1] ?? 1) + 0.05) : ticks;
  const renderMarker = (item: EventLayout, row: number) => {
    const entry = byId.get(item.id);
    if (!entry) return null;
    return (
      <EventMarker
        key={item.id}
        event={entry.event}
        item={item}
        row={row}
        left={`calc(${toPercent(item.fraction)} + ${item.boxOffset.toFixed(2)}px)`}
        isSelected={item.id === selectedId}
        tabIndex={item.id === selectedId ? 0 : -1}
        panelId={panelId}
        name={entry.name}
        position={entry.index + 1}
        count={events.length}
      />
    );
  };

  return (
    <div className="ql-track-frame" ref={frameRef}>
      <div className="ql-track" ref={trackRef} style={{ minWidth: width, ...cssVariables({ '--ql-lanes': rows, '--ql-zoom': zoom }) }}>
        <div className="ql-axis" style={{ left: inset, right: inset }}>
          <div className="ql-axis-decor" aria-hidden="true">
            <div className="ql-axis-line" />
            {visibleTicks.map((tick) => (
              <div key={tick.time} className="ql-tick" style={{ left: toPercent(tick.fraction) }}>
                <span className="ql-tick-label">{tick.label}</span>
              </div>
            ))}
            {breaks.map((mark) => (
              <div key={mark.start} className="ql-break" style={{ left: toPercent(mark.fraction - mark.widthFraction / 2), width: toPercent(mark.widthFraction) }}>
                <span className="ql-break-label">{mark.label}</span>
              </div>
            ))}
            {[...markers, ...(spotlight ? [spotlight] : [])].map((item) => (
              <div
                key={item.id}
                className={`ql-stem${item.id === selectedId ? ' ql-stem-selected' : ''}`}
                style={{ left: toPercent(item.fraction), ...cssVariables({ '--ql-lane': item === spotlight ? rows - 1 : item.lane + rowOffset }) }}
              />
            ))}
          </div>
          <div className="ql-tablist" role="tablist" aria-label={label} aria-orientation="horizontal" {...navigation.tablistProps}>
            {markers.map((item) => renderMarker(item, item.lane + rowOffset))}
            {spotlight && renderMarker(spotlight, rows - 1)}
          </div>
          {clusters.length > 0 && (
            <ClusterBadges clusters={clusters} byId={byId} locale={locale} onOpen={onOpenCluster} />
          )}
        </div>
      </div>
    </div>
  );
}

/** Props of `ClusterBadges`. */
interface ClusterBadgesProps {
  clusters: readonly EventLayout[];
  byId: ReadonlyMap<string, { event: TimelineEvent }>;
  locale: string;
  onOpen: (item: EventLayout) => void;
}

/** Cluster badges on the axis row: one Tab stop (a toolbar with arrow keys); each zooms in when activated. */
function ClusterBadges({ clusters, byId, locale, onOpen }: ClusterBadgesProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    buttons.forEach((button) => (button.tabIndex = button === target ? 0 : -1));
    target.focus();
  };
  const count = new Intl.NumberFormat(locale);
  return (
    <div className="ql-clusters" role="toolbar" aria-label="Groups of events" onKeyDown={onKeyDown}>
      {clusters.map((item, index) => {
        const first = byId.get(item.eventIds[0] ?? '')?.event;
        const last = byId.get(item.eventIds[item.eventIds.length - 1] ?? '')?.event;
        const span = first && last ? formatCivilRange(first.start, last.end ?? last.start, locale) : '';
        return (
          <button
            key={item.id}
            type="button"
            className="ql-cluster"
            tabIndex={index === 0 ? 0 : -1}
            style={{ left: `calc(${toPercent(item.fraction)} + ${item.boxOffset.toFixed(2)}px)`, width: item.boxWidth }}
            aria-label={`${count.format(item.eventIds.length)} events, ${span}: zoom in`}
            onClick={() => onOpen(item)}
          >
            {count.format(item.eventIds.length)}
          </button>
        );
      })}
    </div>
  );
}
