import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import { nameEvent } from '../a11y/describe';
import type { TimelineEvent } from '../data/types';
import { revealSelection } from '../hooks/reveal';
import { usePlacement } from '../hooks/usePlacement';
import { EVENT_ID_ATTRIBUTE, KEY_ZONE_ATTRIBUTE, type TimelineKeyboardResult } from '../hooks/useTimelineKeyboard';
import type { TimelineLayoutResult } from '../hooks/useTimelineLayout';
import { cullTrack } from '../layout/cullTrack';
import { getEraBands } from '../layout/eraBands';
import type { EraSpan } from '../layout/eraSpans';
import type { EventLayout } from '../layout/layoutTimeline';
import { placeSpotlight } from '../layout/placeSpotlight';
import type { TrackView } from '../layout/viewport';
import { AxisBreaks } from './AxisBreaks';
import { AxisTicks } from './AxisTicks';
import { ClusterBadges } from './ClusterBadges';
import { EraBands } from './EraBands';
import { EventMarker } from './EventMarker';
import { MarkerStems } from './MarkerStems';
import { toBoxLeft } from './position';
import { useT } from '../hooks/useTranslator';

/** Props of `TimelineTrack`. */
export interface TimelineTrackProps {
  events: readonly TimelineEvent[];
  /** Index of an event in time order, or -1 (from the timeline's state). */
  indexOf: (id: string) => number;
  selectedId: string | undefined;
  locale: string;
  panelId: string;
  /** Accessible name of the tab list. */
  label: string;
  keyboard: TimelineKeyboardResult;
  result: TimelineLayoutResult;
  zoom: number;
  /** What of the track is on screen (from `useTrackView`). */
  view: TrackView;
  frameRef: RefObject<HTMLDivElement | null>;
  trackRef: RefObject<HTMLDivElement | null>;
  /** A cluster badge was activated. */
  onOpenCluster: (item: EventLayout) => void;
  /** The story's eras (from `getEraSpans`), drawn as bands behind the markers. @default none */
  eras?: readonly EraSpan[] | undefined;
  /** Per event index: whether it matches the search; the others are dimmed. @default no search, nothing dimmed */
  matches?: readonly boolean[] | undefined;
}

const NO_ERAS: readonly EraSpan[] = [];

/**
 * The time axis with one marker per event (or a cluster badge where events crowd), breaks for
 * compressed quiet periods, and ticks. Geometry comes from the layout; this component only composes
 * the marks. Vertical geometry is CSS (`--ql-lane-h` grows on touch screens), so the markup does
 * not depend on the device. Large stories render only what is on screen, plus the selected event.
 */
export function TimelineTrack({ events, indexOf, selectedId, locale, panelId, label, keyboard, result, zoom, view, frameRef, trackRef, onOpenCluster, eras = NO_ERAS, matches }: TimelineTrackProps) {
  const { geometry, layout, breaks, measureLabel } = result;
  const translator = useT();
  const eventOf = useCallback((id: string): TimelineEvent | undefined => events[indexOf(id)], [events, indexOf]);
  // Markers are looked up by id on every step: one map per layout, not a search per step.
  const markerItems = useMemo(() => new Map(layout.items.filter((item) => item.lane >= 0).map((item) => [item.id, item])), [layout]);
  const culled = useMemo(() => cullTrack(layout, result.ticks, view, geometry), [layout, result.ticks, view, geometry]);
  const selectedItem = selectedId === undefined ? undefined : markerItems.get(selectedId);
  const selectedEvent = selectedId === undefined ? undefined : eventOf(selectedId);
  const spotlight = !selectedItem && selectedEvent ? placeSpotlight(selectedEvent, geometry, measureLabel(selectedEvent.label)) : undefined;
  const rowOffset = layout.hasClusters ? 1 : 0;
  const rows = Math.max(1, layout.laneCount) + (layout.hasClusters ? 2 : 0);
  // Items are sorted by x; right to left that is latest first, and the markup keeps time order (reading order).
  const isRtl = geometry.direction === 'rtl';
  const inTimeOrder = isRtl ? [...culled.items].reverse() : culled.items;
  const markers = inTimeOrder.filter((item) => item.lane >= 0).map((item) => ({ item, row: item.lane + rowOffset }));
  if (selectedItem && !culled.items.includes(selectedItem)) markers.push({ item: selectedItem, row: selectedItem.lane + rowOffset });
  if (spotlight) markers.push({ item: spotlight, row: rows - 1 });
  const clusters = useMemo(() => (isRtl ? [...culled.items].reverse() : culled.items).filter((item) => item.lane === -1), [culled, isRtl]);
  const eraBands = useMemo(() => getEraBands(eras, geometry), [eras, geometry]);
  // Eras add a strip above the lanes for their names (quoteline.css).
  const trackClass = `${eraBands.length > 0 ? 'ql-track ql-track-eras' : 'ql-track'}${matches ? ' ql-searching' : ''}`;
  const selectedFraction = (selectedItem ?? spotlight)?.fraction;
  const place = usePlacement();
  const isMatch = useMemo(() => (matches ? (id: string): boolean => matches[indexOf(id)] === true : undefined), [matches, indexOf]);

  // The one path that scrolls the selection into view, after focus has moved (layout effects).
  useEffect(() => {
    const frame = frameRef.current;
    const track = trackRef.current;
    if (!frame || !track || selectedFraction === undefined || selectedId === undefined) return;
    const marker = track.querySelector<HTMLElement>(`[${EVENT_ID_ATTRIBUTE}="${selectedId.replace(/["\\]/g, '\\$&')}"]`);
    revealSelection(frame, geometry.fractionToPx(selectedFraction, track.offsetWidth), marker);
  }, [frameRef, trackRef, geometry, selectedFraction, selectedId]);

  return (
    <div className="ql-track-frame" ref={frameRef}>
      <div ref={trackRef} {...place(trackClass, { minWidth: geometry.layoutWidth, '--ql-lanes': rows, '--ql-zoom': zoom })}>
        <div {...place('ql-axis', { left: geometry.inset, right: geometry.inset })}>
          <div className="ql-axis-decor" aria-hidden="true">
            {eraBands.length > 0 && <EraBands bands={eraBands} />}
            <div className="ql-axis-line" />
            <AxisTicks ticks={culled.ticks} />
            <AxisBreaks breaks={breaks} />
            <MarkerStems markers={markers} selectedId={selectedId} />
          </div>
          <div className="ql-tablist" role="tablist" aria-label={label} aria-orientation="horizontal" {...keyboard.tablistProps} {...{ [KEY_ZONE_ATTRIBUTE]: 'track' }}>
            {markers.map(({ item, row }) => {
              const index = indexOf(item.id);
              const event = events[index];
              if (!event) return null;
              return (
                <EventMarker
                  key={item.id}
                  event={event}
                  item={item}
                  row={row}
                  left={toBoxLeft(item.fraction, item.boxOffset)}
                  isSelected={item.id === selectedId}
                  isDimmed={matches !== undefined && matches[index] !== true}
                  panelId={panelId}
                  name={nameEvent(event, translator)}
                  position={index + 1}
                  count={events.length}
                />
              );
            })}
          </div>
          {clusters.length > 0 && (
            <ClusterBadges clusters={clusters} eventOf={eventOf} locale={locale} containerRef={keyboard.clustersRef} activeId={keyboard.activeClusterId} onOpen={onOpenCluster} isMatch={isMatch} />
          )}
        </div>
      </div>
    </div>
  );
}
