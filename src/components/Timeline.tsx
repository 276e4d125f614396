import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { isTypingTarget } from '../a11y/keys';
import { getPeriodEnd, toAxisTime } from '../data/civilDate';
import { getInitialEventId } from '../data/selection';
import { NO_MEDIA, type MediaPolicy } from '../data/mediaPolicy';
import type { Story, TimelineEvent } from '../data/types';
import { useFirstLayoutInSteps } from '../hooks/useFirstLayoutInSteps';
import { useStorySearch, type StoryView } from '../hooks/useStorySearch';
import { useTimelineKeyboard } from '../hooks/useTimelineKeyboard';
import { useTimelineLayout } from '../hooks/useTimelineLayout';
import { useTimelineState } from '../hooks/useTimelineState';
import { useTimelineZoom } from '../hooks/useTimelineZoom';
import { useIsClientRender, useTrackSize } from '../hooks/useTrackSize';
import { getScrollBehavior } from '../hooks/motion';
import { useZoomGestures } from '../hooks/useZoomGestures';
import { getClusterZoom } from '../layout/clusterZoom';
import { getEraSpans, getErasAt } from '../layout/eraSpans';
import type { EventLayout } from '../layout/layoutTimeline';
import { computeTimelineLayout } from '../layout/trackLayout';
import { TRACK_SIZES, trackSizeKey } from '../layout/trackSizes';
import { MAX_ZOOM, MIN_ZOOM, ZOOM_STEP } from '../layout/viewport';
import { getTextDirection } from '../i18n/languages';
import { foldPersonName } from '../search/people';
import { EMPTY_QUERY, type SearchQuery } from '../search/query';
import { ErrorBoundary } from './ErrorBoundary';
import { EventCard } from './EventCard';
import { EventCardError } from './EventCardError';
import { EventList } from './EventList';
import { FilterChips } from './FilterChips';
import { Legend } from './Legend';
import { QuotesView } from './QuotesView';
import { SearchAnnouncer } from './SearchAnnouncer';
import { SearchBar } from './SearchBar';
import { StaticViewport, TimelineViewport } from './TimelineViewport';
import { VerticalTrack } from './VerticalTrack';
import { ZoomControls } from './ZoomControls';
import './quoteline.css';
import { getStoryTextLang, StoryTextLangContext, TranslatorContext, useTranslator } from '../hooks/useTranslator';

const NO_EVENTS: readonly TimelineEvent[] = [];

// The help is code the first paint does not need: loaded when first opened.
const KeyboardHelp = lazy(() => import('./KeyboardHelp').then((module) => ({ default: module.KeyboardHelp })));

/** Props of `Timeline`. */
export interface TimelineProps {
  story: Story;
  /** Selected event id, for a controlled timeline. */
  selectedId?: string | undefined;
  /** Event selected first, for an uncontrolled timeline. @default the story's start event, else the first */
  defaultSelectedId?: string | undefined;
  /** Called with the id of the event the reader selects. */
  onSelect?: ((id: string) => void) | undefined;
  /** BCP 47 language of the interface (en, fr, de, es, ar, ja; others fall back to English), its dates and numbers, and its direction (ar, he: right to left). @default story.lang, else "en" */
  locale?: string | undefined;
  /** Colour theme; "auto" follows the reader's system. @default "auto" */
  theme?: 'auto' | 'light' | 'dark' | undefined;
  /** Whether quiet periods are compressed, for a controlled switch. */
  compress?: boolean | undefined;
  /** Called when the reader flips the compression switch. */
  onCompressChange?: ((isCompressed: boolean) => void) | undefined;
  /**
   * Which media images are shown: those on `storyOrigin` and on `imageHosts`. Everything else is a
   * link to the original. @default nothing is loaded
   */
  mediaPolicy?: MediaPolicy | undefined;
  /** Search text and chips, for a controlled search (the page keeps them in its URL). */
  search?: SearchQuery | undefined;
  /** Called with every search the reader makes: each keystroke, each chip. */
  onSearchChange?: ((query: SearchQuery) => void) | undefined;
  /** What shows: the timeline, or the quotes view, for a controlled switch. */
  show?: StoryView | undefined;
  /** Called when the reader switches between the timeline and the quotes view. */
  onShowChange?: ((show: StoryView) => void) | undefined;
  /** Where `/` focuses the search field from: anywhere in the document (a page of its own), or inside the timeline. @default 'timeline' */
  searchShortcut?: 'document' | 'timeline' | undefined;
}

/**
 * The interactive timeline of one story. Markers follow the WAI-ARIA tabs pattern (automatic
 * activation): the track is a tab list with one Tab stop, the detail panel its tab panel.
 */
export function Timeline({
  story,
  selectedId,
  defaultSelectedId,
  onSelect,
  locale,
  theme = 'auto',
  compress,
  onCompressChange,
  mediaPolicy = NO_MEDIA,
  search: searchQuery,
  onSearchChange,
  show,
  onShowChange,
  searchShortcut = 'timeline',
}: TimelineProps) {
  const { events } = story;
  // The first selection is read once, as the state hook's initial value is.
  const [initialSelectedId] = useState(() => getInitialEventId(story, defaultSelectedId));
  const state = useTimelineState({ events, selectedId, initialSelectedId, onSelect, compress, onCompressChange });
  const { selected, selectedIndex, select, zoom, setZoom, isCompressed } = state;
  // 'never' until the reader first asks for help: only then is the dialog loaded and mounted.
  const [help, setHelp] = useState<'never' | 'open' | 'closed'>('never');
  const openHelp = (): void => setHelp('open');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  // The layout follows the width the timeline has: measured before the first paint in the browser;
  // on the server (and while hydrating its HTML) unknown, so every size is rendered and CSS shows one.
  const size = useTrackSize(rootRef);
  const isClientRender = useIsClientRender();
  const isVertical = size?.orientation === 'vertical';
  const { view } = story;
  const focus = useMemo(() => (view ? { start: toAxisTime(view.start), end: getPeriodEnd(view.end) } : undefined), [view]);
  const language = locale ?? story.lang ?? 'en';
  // Right-to-left languages mirror the whole timeline: time runs right to left on the track.
  const dir = getTextDirection(language);
  const translator = useTranslator(language);
  const { t } = translator;
  const baseId = useId().replace(/:/g, '');
  const panelId = `${baseId}-panel`;
  const eras = useMemo(() => getEraSpans(story.eras), [story.eras]);
  const categories = useMemo(() => story.categories.filter((category) => events.some((event) => event.category === category)), [story.categories, events]);
  const search = useStorySearch({ story, query: searchQuery, onQueryChange: onSearchChange, view: show, onViewChange: onShowChange });
  const isQuotesView = search.view === 'quotes';
  const searchRef = useRef<HTMLInputElement>(null);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  const layoutWidth = size?.orientation === 'horizontal' ? size.width : undefined;
  // The live horizontal track's layout, once its width is known: none for the phone list, and none
  // before the first measure (each costs a pass over every event; the server lays out its own sizes).
  const layoutOptions = { events, locale: language, zoom, compress: isCompressed, width: layoutWidth, focus, direction: dir };
  const isLayoutPending = !useFirstLayoutInSteps(layoutOptions);
  const result = useTimelineLayout({ ...layoutOptions, events: layoutWidth === undefined || isLayoutPending ? NO_EVENTS : events });
  const zoomer = useTimelineZoom({ zoom, setZoom, geometry: result.geometry, frameRef, trackRef });
  useZoomGestures({ frameRef, zoom, zoomBy: zoomer.zoomBy, isActive: size?.orientation === 'horizontal' });
  const keyboard = useTimelineKeyboard({
    events,
    selectedIndex,
    select,
    onOpenPanel: () => headingRef.current?.focus(),
    onOpenHelp: openHelp,
    onZoom: (factor) => zoomer.zoomBy(factor, { time: selected?.time }),
    onZoomReset: zoomer.showAll,
    frameRef,
    trackRef,
    orientation: isVertical ? 'vertical' : 'horizontal',
    isRtl: dir === 'rtl',
    matchNavigation: search.navigation,
    onFocusSearch: focusSearch,
  });

  const { zoomBy, showAll, getCenterTime } = zoomer;
  const { focusMarker } = keyboard;
  const { indexOf } = state;
  const { geometry } = result;
  // Stable callbacks: a key step re-renders the markers that change and the panel, not the controls.
  const zoomIn = useCallback(() => zoomBy(ZOOM_STEP, { time: getCenterTime() }), [zoomBy, getCenterTime]);
  const zoomOut = useCallback(() => zoomBy(1 / ZOOM_STEP, { time: getCenterTime() }), [zoomBy, getCenterTime]);
  const openCluster = useCallback(
    (item: EventLayout): void => {
      // Members are in time order; a cluster may hold thousands of events, so no per-member search.
      const first = events[indexOf(item.eventIds[0] ?? '')];
      const last = events[indexOf(item.eventIds[item.eventIds.length - 1] ?? '')];
      if (!first || !last) return;
      // Keep keyboard focus on something real: the cluster's first event, which stays rendered.
      select(first.id);
      focusMarker(first.id);
      const trackWidth = trackRef.current?.offsetWidth;
      const frameWidth = frameRef.current?.clientWidth;
      if (trackWidth === undefined || frameWidth === undefined || zoom >= MAX_ZOOM) return;
      const spanPx = Math.abs(geometry.timeToPx(last.endTime, trackWidth) - geometry.timeToPx(first.time, trackWidth));
      const factor = getClusterZoom({ startTime: first.time, endTime: last.endTime, spanPx, frameWidth });
      if (factor > 1) zoomBy(factor, { time: (first.time + last.endTime) / 2 });
    },
    [events, indexOf, select, focusMarker, zoom, geometry, zoomBy],
  );

  // What every track size (live or server-rendered, horizontal or vertical) is drawn from.
  const trackProps = { events, indexOf: state.indexOf, selectedId: selected?.id, locale: language, panelId, label: t('track.label', { count: events.length }), eras, matches: search.matches };
  // A marker tapped in the phone list: its panel, which follows the list, comes into view.
  const showPanel = useCallback(() => document.getElementById(panelId)?.scrollIntoView({ block: 'start', behavior: getScrollBehavior() }), [panelId]);

  const { query, setQuery, setView, result: found } = search;
  const highlight = search.isActive && query.text.trim() !== '' ? query.text : undefined;
  const searchCounts = search.isActive && found ? { events: found.eventIndexes.length, quotes: found.quotes.length } : undefined;
  const goToFirstMatch = (): void => {
    const first = events[found?.eventIndexes[0] ?? -1];
    if (!search.isActive || !first || isQuotesView) return;
    select(first.id);
    focusMarker(first.id);
  };
  const showEvent = useCallback(
    (id: string): void => {
      setView('timeline');
      select(id);
      focusMarker(id);
    },
    [setView, select, focusMarker],
  );
  const toggle = (list: readonly string[], item: string): string[] => (list.includes(item) ? list.filter((other) => other !== item) : [...list, item]);
  const togglePerson = (list: readonly string[], name: string): string[] => {
    const key = foldPersonName(name);
    return list.some((other) => foldPersonName(other) === key) ? list.filter((other) => foldPersonName(other) !== key) : [...list, name];
  };

  // `/` from anywhere on a page of its own; inside the timeline the keyboard model handles it.
  useEffect(() => {
    if (searchShortcut !== 'document') return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (isTypingTarget(target) || target?.closest('dialog')) return;
      event.preventDefault();
      focusSearch();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [searchShortcut, focusSearch]);

  return (
    <TranslatorContext.Provider value={translator}>
      <StoryTextLangContext.Provider value={getStoryTextLang(story.lang, translator.locale)}>
        <section ref={rootRef} className="ql-timeline" aria-label={story.title} lang={language} dir={dir} data-theme={theme === 'auto' ? undefined : theme} {...keyboard.rootProps}>
          <div className="ql-toolbar">
            <Legend categories={categories} />
            <button type="button" className="ql-button ql-help-button" aria-haspopup="dialog" aria-keyshortcuts="?" onClick={openHelp}>
              {t('timeline.help')} <kbd aria-hidden="true">?</kbd>
            </button>
          </div>
          {events.length > 0 && (
            <>
              <SearchBar
                text={query.text}
                onTextChange={(text) => setQuery({ ...query, text })}
                counts={searchCounts}
                onSubmit={goToFirstMatch}
                onClear={() => setQuery(EMPTY_QUERY)}
                onFocus={search.prepare}
                inputRef={searchRef}
                view={search.view}
                onViewChange={setView}
              />
              <FilterChips
                people={search.people}
                categories={categories}
                selectedPeople={query.people}
                selectedCategories={query.categories}
                onTogglePerson={(name) => setQuery({ ...query, people: togglePerson(query.people, name) })}
                onToggleCategory={(id) => setQuery({ ...query, categories: toggle(query.categories, id) })}
              />
            </>
          )}
          <SearchAnnouncer counts={searchCounts} />
          {events.length === 0 ? (
            <p className="ql-empty">{t('timeline.empty')}</p>
          ) : isQuotesView ? (
            <QuotesView events={events} quotes={found?.quotes ?? []} locale={language} highlight={highlight} onShowEvent={showEvent} id={`${baseId}-quotes`} />
          ) : (
            <>
              {!isVertical && (
                <ZoomControls
                  canZoomIn={zoom < MAX_ZOOM}
                  canZoomOut={zoom > MIN_ZOOM}
                  isAll={zoom === MIN_ZOOM}
                  isCompressed={isCompressed}
                  onZoomIn={zoomIn}
                  onZoomOut={zoomOut}
                  onShowAll={showAll}
                  onCompressChange={state.setCompressed}
                />
              )}
              {size ? (
                <div className="ql-size ql-size-live">
                  {size.orientation === 'vertical' ? (
                    <VerticalTrack {...trackProps} keyboard={keyboard} onPointerSelect={showPanel} />
                  ) : isLayoutPending ? (
                    <p className="ql-track-pending" role="status">
                      {t('timeline.placing', { count: events.length })}
                    </p>
                  ) : (
                    <TimelineViewport {...trackProps} keyboard={keyboard} result={result} zoom={zoom} frameRef={frameRef} trackRef={trackRef} onOpenCluster={openCluster} />
                  )}
                </div>
              ) : (
                !isClientRender &&
                TRACK_SIZES.map((trackSize) => (
                  <div key={trackSizeKey(trackSize)} className={`ql-size ql-size-${trackSizeKey(trackSize)}`}>
                    {trackSize.orientation === 'vertical' ? (
                      <VerticalTrack {...trackProps} />
                    ) : (
                      <StaticViewport
                        {...trackProps}
                        result={computeTimelineLayout({ events, locale: language, zoom, compress: isCompressed, width: trackSize.width, focus, direction: dir })}
                        zoom={zoom}
                      />
                    )}
                  </div>
                ))
              )}
            </>
          )}
          {selected && !isQuotesView && (
            // A panel that fails to render (bad data, a chunk that did not load) becomes a message for that event alone.
            <ErrorBoundary resetKey={selected.id} fallback={() => <EventCardError id={panelId} headline={selected.headline} headingRef={headingRef} />}>
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
                mediaPolicy={mediaPolicy}
                eraNames={getErasAt(eras, selected.time).map((span) => span.era.label)}
                highlight={highlight}
              />
            </ErrorBoundary>
          )}
          <EventList story={story} locale={language} id={`${baseId}-list`} mediaPolicy={mediaPolicy} />
          {help !== 'never' && (
            <Suspense fallback={null}>
              <KeyboardHelp isOpen={help === 'open'} onClose={() => setHelp('closed')} />
            </Suspense>
          )}
        </section>
      </StoryTextLangContext.Provider>
    </TranslatorContext.Provider>
  );
}
