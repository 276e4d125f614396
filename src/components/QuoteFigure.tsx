import type { ReactNode } from 'react';
import type { Quote, Source } from '../data/types';
import { useStoryTextLang, useT } from '../hooks/useTranslator';
import { getTextDirection } from '../i18n/languages';
import { MatchText } from './MatchText';

/** Props of `QuoteFigure`. */
export interface QuoteFigureProps {
  quote: Quote;
  /** The source the quote is credited to, if the story names one. */
  source: Source | undefined;
  className?: string | undefined;
  /** Tab index of the source link: -1 in the visually hidden text version. */
  linkTabIndex?: number | undefined;
  /** Search text whose terms are marked (`<mark>`). @default nothing is marked */
  highlight?: string | undefined;
  /** Shown in the caption after the place (the quotes view gives the date). @default nothing */
  children?: ReactNode;
}

/** Only a web address is a `cite` a reader's tools can follow (not mailto:). */
const HTTP_URL = /^https?:/i;

/** A quote as a `<blockquote>` in a `<figure>`, its caption naming the speaker, where it was said and the source. */
export function QuoteFigure({ quote, source, className, linkTabIndex, highlight, children }: QuoteFigureProps) {
  const pageDir = useT().dir;
  const storyLang = useStoryTextLang();
  // A quote in another language says so (screen readers switch voice, fonts their glyphs), and its
  // direction too when it differs from the page's (an Arabic quote on an English page).
  const quoteDir = quote.lang === undefined ? undefined : getTextDirection(quote.lang);
  return (
    <figure className={className}>
      <blockquote cite={source?.url !== undefined && HTTP_URL.test(source.url) ? source.url : undefined} lang={quote.lang ?? storyLang} dir={quoteDir === pageDir ? undefined : quoteDir}>
        <p>
          <MatchText text={quote.text} query={highlight} />
        </p>
      </blockquote>
      <figcaption>
        <span className="ql-quote-speaker">
          <MatchText text={quote.speaker} query={highlight} />
        </span>
        {quote.where && (
          <span className="ql-quote-where">
            , <MatchText text={quote.where} query={highlight} />
          </span>
        )}
        {children}
        {source && (
          <>
            {' · '}
            <cite>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer" tabIndex={linkTabIndex}>
                  <MatchText text={source.publisher} query={highlight} />
                </a>
              ) : (
                <MatchText text={source.publisher} query={highlight} />
              )}
            </cite>
          </>
        )}
        {quote.note && (
          <span className="ql-quote-note">
            <MatchText text={quote.note} query={highlight} />
          </span>
        )}
      </figcaption>
    </figure>
  );
}
