import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isTypingTarget, keyToIntent } from '../a11y/keys';
import { getInitialEventId } from '../data/selection';
import { CATEGORIES, type Story } from '../data/types';
import { useTimelineLayout } from '../hooks/useTimelineLayout';
import { useTimelineNavigation } from '../hooks/useTimelineNavigation';
import { useTimelineZoom } from '../hooks/useTimelineZoom';
import type { EventLayout } from '../layout/layoutTimeline';
import { MAX_ZOOM, MIN_ZOOM, pxToFraction, ZOOM_STEP } from '../layout/viewport';
import { EventCard } from './EventCard';
import { EventList } from './EventList';
import { KeyboardHelp } from './KeyboardHelp';
import { Legend } from './Legend';
import { TimelineViewport } from './TimelineViewport';
import { ZoomControls } from './ZoomControls';
import './quoteline.css';

/** Props of `Timeline`. */
export interface TimelineProps {
  story: Story;
  /** Selected event id, for a controlled timeline. */
  selectedId?: string | undefined;
  /** Event selected first, for an uncontrolled timeline. @default the story's start event, else the first */
  defaultSelectedId?: string | undefined;
  /** Called with the id of the event the reader selects. */
  onSelect?: ((id: string) => void) | undefined;
  /** BCP 47 language for dates. @default story.lang, else "en" */
  locale?: string | undefined;
  /** Colour theme; "auto" follows the reader's system. @default "auto" */
  theme?: 'auto' | 'light' | 'dark' | undefined;
  /** Whether quiet periods are compressed, for a controlled switch. */
  compress?: boolean | undefined;
  /** Called when the reader flips the compression switch. */
  onCompressChange?: ((isCompressed: boolean) => void) | undefined;
}

/** Longest span of events a cluster's zoom can separate, below which it selects its first event, in ms. */
const SAME_TIME_MS = 60_000;

/**
 * The interactive timeline of one story. Markers follow the WAI-ARIA tabs pattern (automatic
 * activation): the track is a tab list with one Tab stop, the detail panel its tab panel.
 */
export function Timeline({ story, selectedId, defaultSelectedId, onSelect, locale, theme = 'auto', compress, onCompressChange }: TimelineProps) {
  const [ownSelectedId, setOwnSelectedId] = useState(() => getInitialEventId(story, defaultSelectedId));
  const [ownCompress, setOwnCompress] = useState(true);
  const [zoom, setZoom] = useState(MIN_ZOOM);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const isControlled = selectedId !== undefined;
  const currentId = isControlled ? selectedId : ownSelectedId;
  const isCompressed = compress ?? ownCompress;
  const language = locale ?? story.lang ?? 'en';
  const baseId = useId().replace(/:/g, '');
  const panelId = `${baseId}-panel`;
  const { events } = story;
  const index = events.findIndex((event) => event.id === currentId);
  const selectedIndex = index === -1 ? 0 : index;
  const selected = events[selectedIndex];
  const categories = useMemo(() => CATEGORIES.filter((category) => events.some((event) => event.category === category)), [events]);
  const eventsById = useMemo(() => new Map(events.map((event) => [event.id, event])), [events]);
  const result = useTimelineLayout({ events, locale: language, zoom, compress: isCompressed });
  const zoomer = useTimelineZoom({ zoom, setZoom, result, frameRef, trackRef });

  const select = (id: string): void => {
    if (!isControlled) setOwnSelectedId(id);
    onSelect?.(id);
  };
  const navigation = useTimelineNavigation({
    events,
    selectedId: selected?.id,
    onSelect: select,
    onOpen: () => headingRef.current?.focus(),
  });
  const setCompressed = (next: boolean): void => {
    if (compress === undefined) setOwnCompress(next);
    onCompressChange?.(next);
  };

  const openCluster = (item: EventLayout): void => {
    // Members are in time order; a cluster may hold thousands of events, so no per-member search.
    const first = eventsById.get(item.eventIds[0] ?? '');
    const last = eventsById.get(item.eventIds[item.eventIds.length - 1] ?? '');
    if (!first || !last) return;
    const spanMs = last.endTime - first.time;
    // Keep keyboard focus on something real: the cluster's first event, which stays rendered.
    select(first.id);
    navigation.focusMarker(first.id);
    if (spanMs < SAME_TIME_MS || zoom >= MAX_ZOOM) return;
    const frame = frameRef.current;
    const track = trackRef.current;
    const { axis, width, inset } = result;
    const spanPx = track ? (pxToFraction(axis.scale(new Date(last.endTime)), width, inset) - pxToFraction(axis.scale(new Date(first.time)), width, inset)) * (track.offsetWidth - 2 * inset) : 0;
    const factor = Math.min(64, Math.max(ZOOM_STEP, ((frame?.clientWidth ?? 600) * 0.5) / Math.max(1, spanPx)));
    zoomer.zoomBy(factor, { time: (first.time + last.endTime) / 2 });
  };

  // `?` anywhere in the timeline (never on the host page, never while typing) opens the help;
  // + − 0 zoom around the selected event.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (isHelpOpen || isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
    const intent = keyToIntent(event);
    if (intent === 'help') setIsHelpOpen(true);
    else if (intent === 'zoomIn') zoomer.zoomBy(ZOOM_STEP, { time: selected?.time });
    else if (intent === 'zoomOut') zoomer.zoomBy(1 / ZOOM_STEP, { time: selected?.time });
    else if (intent === 'zoomReset') zoomer.showAll();
    else return;
    event.preventDefault();
  };

  return (
    <section className="ql-timeline" aria-label={story.title} lang={language} data-theme={theme === 'auto' ? undefined : theme} onKeyDown={onKeyDown}>
      <div className="ql-toolbar">
        <Legend categories={categories} />
        <button type="button" className="ql-button ql-help-button" aria-haspopup="dialog" aria-keyshortcuts="?" onClick={() => setIsHelpOpen(true)}>
          Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
      {events.length === 0 ? (
        <p className="ql-empty">This story has no events to show.</p>
      ) : (
        <>
          <ZoomControls
            canZoomIn={zoom < MAX_ZOOM}
            canZoomOut={zoom > MIN_ZOOM}
            isAll={zoom === MIN_ZOOM}
            isCompressed={isCompressed}
            onZoomIn={() => zoomer.zoomBy(ZOOM_STEP, { time: zoomer.getCenterTime() })}
            onZoomOut={() => zoomer.zoomBy(1 / ZOOM_STEP, { time: zoomer.getCenterTime() })}
            onShowAll={zoomer.showAll}
            onCompressChange={setCompressed}
          />
          <TimelineViewport
            events={events}
            selectedId={selected?.id}
            locale={language}
            panelId={panelId}
            label={`Events, ${events.length} in time order`}
            navigation={navigation}
            result={result}
            zoom={zoom}
            frameRef={frameRef}
            trackRef={trackRef}
            onOpenCluster={openCluster}
          />
        </>
      )}
      {selected && (
        <EventCard
          id={panelId}
          event={selected}
          position={selectedIndex + 1}
          count={events.length}
          locale={language}
          previous={events[selectedIndex - 1]}
          next={events[selectedIndex + 1]}
          onSelect={select}
          headingRef={headingRef}
          onEscape={() => navigation.focusMarker(selected.id)}
        />
      )}
      <EventList story={story} locale={language} id={`${baseId}-list`} />
      <KeyboardHelp isOpen={isHelpOpen} onClose={() => setIsHelpOpen(false)} />
    </section>
  );
}
