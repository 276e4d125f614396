import { lazy, memo, Suspense, useState } from 'react';
import type { Story, TimelineEvent } from '../data/types';
import type { MediaPolicy } from '../data/mediaPolicy';
import { getEraSpans } from '../layout/eraSpans';
import { ErrorBoundary } from './ErrorBoundary';
import { EventDate } from './EventDate';
import { NoteText } from './NoteText';
import { QuoteFigure } from './QuoteFigure';
import { SourceItem } from './SourceItem';
import { LimitedRichText } from './LimitedRichText';
import { useT } from '../hooks/useTranslator';

// Only stories with media need the media card (and its URL rules): loaded on first use.
const MediaFigure = lazy(() => import('./MediaFigure').then((module) => ({ default: module.MediaFigure })));

/** Stories up to this many events render their list at once; larger ones on request. @default 500 */
export const LIST_INLINE_MAX = 500;

/** Props of `EventList`. */
export interface EventListProps {
  story: Story;
  locale: string;
  /** Id prefix for headings. */
  id: string;
  /** Which media images may be shown. */
  mediaPolicy: MediaPolicy;
}

/**
 * The whole story as a chronological list of articles, for screen-reader users who prefer a list
 * (visually hidden while the interactive timeline works). Its links are out of the Tab order, so
 * keyboard users never land on something they cannot see; screen readers still reach them.
 */
export const EventList = memo(function EventList({ story, locale, id, mediaPolicy }: EventListProps) {
  const { t } = useT();
  const [isExpanded, setIsExpanded] = useState(story.events.length <= LIST_INLINE_MAX);
  return (
    <section className="ql-event-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{`${story.title}: all events as a list`}</h2>
      {story.eras.length > 0 && (
        // The track's era bands are decorative: their names and dates are read here.
        <ul aria-label={t('list.eras')}>
          {getEraSpans(story.eras).map(({ era, index }) => (
            <li key={index}>
              {`${era.label}: `}
              <EventDate start={era.start} end={era.end} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      {!isExpanded && (
        // Thousands of articles would slow every step of the timeline: build them on request.
        <button type="button" className="ql-button ql-list-button" aria-expanded="false" onClick={() => setIsExpanded(true)}>
          {t('list.read', { count: story.events.length })}
        </button>
      )}
      {isExpanded && (
        <ol>
          {story.events.map((event) => (
            <li key={event.id}>
              {/* One event that fails to render leaves the rest of the list. */}
              <ErrorBoundary fallback={() => <p>{t('list.eventError', { headline: event.headline })}</p>}>
                <EventArticle event={event} id={`${id}-${event.id}`} locale={locale} mediaPolicy={mediaPolicy} />
              </ErrorBoundary>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});

/** One event of the list; a component of its own, so that its boundary catches what reading the event throws. */
function EventArticle({ event, id, locale, mediaPolicy }: { event: TimelineEvent; id: string; locale: string; mediaPolicy: MediaPolicy }) {
  const { t } = useT();
  return (
    <article aria-labelledby={id}>
      <h3 id={id}>{event.headline}</h3>
      <p>
        <EventDate start={event.start} end={event.end} locale={locale} text={event.displayDate} />
        {` · ${event.category.label}`}
      </p>
      <LimitedRichText paragraphs={event.summary} linkTabIndex={-1} />
      {event.media && (
        <Suspense fallback={null}>
          <MediaFigure media={event.media} policy={mediaPolicy} headline={event.headline} linkTabIndex={-1} />
        </Suspense>
      )}
      {event.notes.map((note, index) => (
        <p key={index}>
          <NoteText note={note} />
        </p>
      ))}
      {event.quotes.map((quote, index) => (
        <QuoteFigure key={index} quote={quote} source={event.sources.find((candidate) => candidate.id === quote.sourceId)} linkTabIndex={-1} />
      ))}
      {event.sources.length > 0 && (
        <ul aria-label={t('list.sources')}>
          {event.sources.map((source) => (
            <SourceItem key={source.id} source={source} locale={locale} linkTabIndex={-1} />
          ))}
        </ul>
      )}
    </article>
  );
}
