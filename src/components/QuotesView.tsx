import { useState } from 'react';
import type { TimelineEvent } from '../data/types';
import type { QuoteMatch } from '../search/searchIndex';
import { EventDate } from './EventDate';
import { MatchText } from './MatchText';
import { QuoteFigure } from './QuoteFigure';
import { useT } from '../hooks/useTranslator';

/** Quotes rendered at first and added per "Show more": a big story may have tens of thousands. @default 100 */
export const QUOTES_PAGE_SIZE = 100;

/** Props of `QuotesView`. */
export interface QuotesViewProps {
  events: readonly TimelineEvent[];
  /** The quotes to list, in time order (`SearchResult.quotes`). */
  quotes: readonly QuoteMatch[];
  locale: string;
  /** Search text whose terms are marked (`<mark>`). @default nothing is marked */
  highlight?: string | undefined;
  /** "Show on the timeline": back to the timeline with this event selected. */
  onShowEvent: (id: string) => void;
  /** Id of the list, for the view switch's `aria-controls`. */
  id: string;
}

/**
 * The quotes view: every quote the search keeps, in time order, as a list of `<blockquote>`s, each
 * with its speaker, date, source and event, and a button back to that event on the timeline.
 * Printable (quoteline.css, `@media print`).
 */
export function QuotesView({ events, quotes, locale, highlight, onShowEvent, id }: QuotesViewProps) {
  const [limit, setLimit] = useState(QUOTES_PAGE_SIZE);
  const { t, dir } = useT();
  const shown = quotes.slice(0, limit);
  return (
    <div className="ql-quotes-view">
      <ol className="ql-quote-list" id={id} aria-label={t('quotes.label', { count: quotes.length })}>
        {shown.map(({ eventIndex, quoteIndex }) => {
          const event = events[eventIndex];
          const quote = event?.quotes[quoteIndex];
          if (!event || !quote) return null;
          const source = quote.sourceId === undefined ? undefined : event.sources.find((candidate) => candidate.id === quote.sourceId);
          return (
            <li key={`${event.id}-${quoteIndex}`} className="ql-quote-item">
              <QuoteFigure className="ql-quote" quote={quote} source={source} highlight={highlight}>
                {' · '}
                <EventDate start={event.start} end={event.end} locale={locale} text={event.displayDate} />
              </QuoteFigure>
              <p className="ql-quote-event">
                <button type="button" className="ql-link-button" onClick={() => onShowEvent(event.id)}>
                  <MatchText text={event.headline} query={highlight} />
                  <span className="ql-visually-hidden">{t('quotes.showEvent')}</span>
                  <span className="ql-quote-event-arrow" aria-hidden="true">
                    {dir === 'rtl' ? ' ←' : ' →'}
                  </span>
                </button>
              </p>
            </li>
          );
        })}
      </ol>
      {quotes.length > shown.length && (
        <p className="ql-text-limit">
          {`${t('quotes.shown', { shown: shown.length, total: quotes.length })} `}
          <button type="button" className="ql-button" onClick={() => setLimit(limit + QUOTES_PAGE_SIZE)}>
            {t('text.more', { count: Math.min(QUOTES_PAGE_SIZE, quotes.length - shown.length) })}
          </button>
        </p>
      )}
    </div>
  );
}
