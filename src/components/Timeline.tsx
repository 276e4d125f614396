import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isTypingTarget, keyToIntent } from '../a11y/keys';
import { getInitialEventId } from '../data/selection';
import { CATEGORIES, type Story } from '../data/types';
import { useTimelineNavigation } from '../hooks/useTimelineNavigation';
import { EventCard } from './EventCard';
import { EventList } from './EventList';
import { KeyboardHelp } from './KeyboardHelp';
import { Legend } from './Legend';
import { TimelineTrack } from './TimelineTrack';
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
}

/**
 * The interactive timeline of one story. Markers follow the WAI-ARIA tabs pattern (automatic
 * activation): the track is a tab list with one Tab stop, the detail panel its tab panel.
 */
export function Timeline({ story, selectedId, defaultSelectedId, onSelect, locale, theme = 'auto' }: TimelineProps) {
  const [ownSelectedId, setOwnSelectedId] = useState(() => getInitialEventId(story, defaultSelectedId));
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isControlled = selectedId !== undefined;
  const currentId = isControlled ? selectedId : ownSelectedId;
  const language = locale ?? story.lang ?? 'en';
  const baseId = useId().replace(/:/g, '');
  const panelId = `${baseId}-panel`;
  const { events } = story;
  const index = events.findIndex((event) => event.id === currentId);
  const selectedIndex = index === -1 ? 0 : index;
  const selected = events[selectedIndex];
  const categories = useMemo(() => CATEGORIES.filter((category) => events.some((event) => event.category === category)), [events]);

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

  // `?` anywhere in the timeline (never on the host page, never while typing) opens the help.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (isHelpOpen || isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
    if (keyToIntent(event) !== 'help') return;
    event.preventDefault();
    setIsHelpOpen(true);
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
        <TimelineTrack
          events={events}
          selectedId={selected?.id}
          locale={language}
          panelId={panelId}
          label={`Events, ${events.length} in time order`}
          navigation={navigation}
        />
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
