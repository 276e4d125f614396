import { useId, useMemo, useState } from 'react';
import { CATEGORIES, type Story } from '../data/types';
import { getInitialEventId } from '../data/selection';
import { EventCard } from './EventCard';
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
}

/** The interactive timeline of one story: legend, time axis with markers, and the detail panel. */
export function Timeline({ story, selectedId, defaultSelectedId, onSelect, locale }: TimelineProps) {
  const [ownSelectedId, setOwnSelectedId] = useState(() => getInitialEventId(story, defaultSelectedId));
  const isControlled = selectedId !== undefined;
  const currentId = isControlled ? selectedId : ownSelectedId;
  const language = locale ?? story.lang ?? 'en';
  const panelId = `${useId().replace(/:/g, '')}-panel`;
  const { events } = story;
  const index = events.findIndex((event) => event.id === currentId);
  const selectedIndex = index === -1 ? 0 : index;
  const selected = events[selectedIndex];
  const categories = useMemo(() => CATEGORIES.filter((category) => events.some((event) => event.category === category)), [events]);

  const select = (id: string): void => {
    if (!isControlled) setOwnSelectedId(id);
    onSelect?.(id);
  };

  return (
    <section className="ql-timeline" aria-label={story.title} lang={language}>
      <Legend categories={categories} />
      {events.length === 0 ? (
        <p className="ql-empty">This story has no events to show.</p>
      ) : (
        <TimelineTrack events={events} selectedId={selected?.id} onSelect={select} locale={language} panelId={panelId} />
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
        />
      )}
    </section>
  );
}
