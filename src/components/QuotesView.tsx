import { useState } from 'react';
import { getNumberFormat } from '../data/intlCache';
import type { TimelineEvent } from '../data/types';
import type { QuoteMatch } from '../search/searchIndex';
import { EventDate } from './EventDate';
import { MatchText } from './MatchText';
import { QuoteFigure } from './QuoteFigure';

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
  const format = getNumberFormat(locale);
  const shown = quotes.slice(0, limit);
  return (
    <div className="ql-quotes-view">
      <ol className="ql-quote-list" id={id} aria-label={`Quotes, ${format.format(quotes.length)} in time order`}>
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
                  <span className="ql-visually-hidden">: show on the timeline</span>
                  <span className="ql-quote-event-arrow" aria-hidden="true">
                    {' →'}
                  </span>
                </button>
              </p>
            </li>
          );
        })}
      </ol>
      {quotes.length > shown.length && (
        <p className="ql-text-limit">
          {`Shown ${format.format(shown.length)} of ${format.format(quotes.length)} quotes. `}
          <button type="button" className="ql-button" onClick={() => setLimit(limit + QUOTES_PAGE_SIZE)}>
            {`Show ${format.format(Math.min(QUOTES_PAGE_SIZE, quotes.length - shown.length))} more`}
          </button>
        </p>
      )}
    </div>
  );
}
