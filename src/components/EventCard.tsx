import { lazy, Suspense, type RefObject, useEffect, useRef } from 'react';
import type { TimelineEvent } from '../data/types';
import { KEY_ZONE_ATTRIBUTE } from '../hooks/useTimelineKeyboard';
import { CategoryShape } from './CategoryShape';
import { LimitedRichText } from './LimitedRichText';
import type { MediaPolicy } from '../data/mediaPolicy';
import { EventDate } from './EventDate';
import { NOTE_LABELS, NoteText } from './NoteText';
import { QuoteFigure } from './QuoteFigure';
import { SourceItem } from './SourceItem';
import { MatchText } from './MatchText';
import { useStoryTextLang, useT } from '../hooks/useTranslator';

// Only stories with media need the media card (and its URL rules): loaded on first use.
const MediaFigure = lazy(() => import('./MediaFigure').then((module) => ({ default: module.MediaFigure })));

/** Props of `EventCard`. */
export interface EventCardProps {
  event: TimelineEvent;
  /** Position of the event in time order, counted from 1; undefined in a preview (a big story's opening event while the rest is read), which shows no position and no Previous and Next. */
  position?: number | undefined;
  count?: number | undefined;
  locale: string;
  previous?: TimelineEvent | undefined;
  next?: TimelineEvent | undefined;
  onSelect: (id: string) => void;
  /** Id of the panel element. */
  id: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Which media images may be shown. */
  mediaPolicy: MediaPolicy;
  /** Names of the eras the event falls in, in time order. @default none */
  eraNames?: readonly string[] | undefined;
  /** Search text whose terms are marked (`<mark>`) in the panel. @default nothing is marked */
  highlight?: string | undefined;
}

const NO_ERAS: readonly string[] = [];

/**
 * The detail panel of one event: headline, date, summary, quotes with attribution, notes, sources.
 * Escape inside it returns focus to the marker (the timeline's keyboard model, zone "panel").
 */
export function EventCard({ event, position, count, locale, previous, next, onSelect, id, headingRef, mediaPolicy, eraNames = NO_ERAS, highlight }: EventCardProps) {
  const headingId = `${id}-heading`;
  const sourcesById = new Map(event.sources.map((source) => [source.id, source]));
  const shouldFocusHeading = useRef(false);
  const { t, dir } = useT();
  const lang = useStoryTextLang();
  // The arrows point the way the buttons go on the page: previous is on the right in a right-to-left page.
  const [back, forward] = dir === 'rtl' ? ['→', '←'] : ['←', '→'];

  // A Previous/Next button that becomes disabled would drop focus to <body>: move it to the headline.
  useEffect(() => {
    if (!shouldFocusHeading.current) return;
    shouldFocusHeading.current = false;
    headingRef.current?.focus();
  }, [event.id, headingRef]);

  const step = (target: typeof previous, isAtEnd: boolean): void => {
    if (!target) return;
    shouldFocusHeading.current = isAtEnd;
    onSelect(target.id);
  };

  const isPreview = position === undefined || count === undefined;
  return (
    <section className="ql-card" id={id} role="tabpanel" aria-labelledby={headingId} {...{ [KEY_ZONE_ATTRIBUTE]: 'panel' }}>
      <p className="ql-card-meta">
        <span className="ql-card-category">
          <CategoryShape category={event.category} size={12} />
          {event.category.label}
        </span>
        <EventDate className="ql-card-date" start={event.start} end={event.end} locale={locale} text={event.displayDate} />
        {!isPreview && <span className="ql-card-position">{t('card.position', { position, count })}</span>}
      </p>
      <h2 className="ql-card-headline" id={headingId} ref={headingRef} tabIndex={-1} lang={lang}>
        <MatchText text={event.headline} query={highlight} />
      </h2>
      {/* After the headline: where focus lands when the panel opens, so screen readers read this too. */}
      {eraNames.length > 0 && <p className="ql-card-era">{t('card.era', { count: eraNames.length, eras: new Intl.ListFormat(locale, { type: 'conjunction' }).format(eraNames) })}</p>}
      {event.people.length > 0 && (
        <p className="ql-card-people">
          <MatchText text={t('card.people', { people: new Intl.ListFormat(locale, { type: 'unit' }).format(event.people) })} query={highlight} />
        </p>
      )}
      <LimitedRichText key={event.id} paragraphs={event.summary} highlight={highlight} />
      {event.media && (
        <Suspense fallback={null}>
          <MediaFigure media={event.media} policy={mediaPolicy} headline={event.headline} />
        </Suspense>
      )}
      {event.notes.map((note, index) => (
        <aside key={index} className={`ql-note ql-note-${note.kind}`} aria-label={t(NOTE_LABELS[note.kind])}>
          <NoteText note={note} highlight={highlight} />
        </aside>
      ))}
      {event.quotes.length > 0 && (
        <div className="ql-quotes">
          {event.quotes.map((quote, index) => (
            <QuoteFigure key={index} className="ql-quote" quote={quote} source={quote.sourceId === undefined ? undefined : sourcesById.get(quote.sourceId)} highlight={highlight} />
          ))}
        </div>
      )}
      {event.sources.length > 0 && (
        <div className="ql-sources">
          <h3 className="ql-sources-title">{t('card.sources')}</h3>
          <ul>
            {event.sources.map((source) => (
              <SourceItem key={source.id} source={source} locale={locale} highlight={highlight} />
            ))}
          </ul>
        </div>
      )}
      {!isPreview && (
        <nav className="ql-card-nav" aria-label={t('card.nav')}>
          <button type="button" className="ql-button" disabled={!previous} onClick={() => step(previous, position - 1 <= 1)}>
            <span aria-hidden="true">{`${back} `}</span>
            {t('card.previous')}
            <span className="ql-visually-hidden">{previous ? `: ${previous.headline}` : ''}</span>
          </button>
          <button type="button" className="ql-button" disabled={!next} onClick={() => step(next, position + 1 >= count)}>
            {t('card.next')}
            <span className="ql-visually-hidden">{next ? `: ${next.headline}` : ''}</span>
            <span aria-hidden="true">{` ${forward}`}</span>
          </button>
        </nav>
      )}
    </section>
  );
}
