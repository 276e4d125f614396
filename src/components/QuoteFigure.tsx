import type { Quote, Source } from '../data/types';

/** Props of `QuoteFigure`. */
export interface QuoteFigureProps {
  quote: Quote;
  /** The source the quote is credited to, if the story names one. */
  source: Source | undefined;
  className?: string | undefined;
  /** Tab index of the source link: -1 in the visually hidden text version. */
  linkTabIndex?: number | undefined;
}

/** A quote as a `<blockquote>` in a `<figure>`, its caption naming the speaker, where it was said and the source. */
export function QuoteFigure({ quote, source, className, linkTabIndex }: QuoteFigureProps) {
  return (
    <figure className={className}>
      <blockquote cite={source?.url}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <span className="ql-quote-speaker">{quote.speaker}</span>
        {quote.where && <span className="ql-quote-where">, {quote.where}</span>}
        {source && (
          <>
            {' · '}
            <cite>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer" tabIndex={linkTabIndex}>
                  {source.publisher}
                </a>
              ) : (
                source.publisher
              )}
            </cite>
          </>
        )}
        {quote.note && <span className="ql-quote-note">{quote.note}</span>}
      </figcaption>
    </figure>
  );
}
