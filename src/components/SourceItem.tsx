import type { Source } from '../data/types';
import { EventDate } from './EventDate';
import { MatchText } from './MatchText';

/** Props of `SourceItem`. */
export interface SourceItemProps {
  source: Source;
  locale: string;
  /** Tab index of the link: -1 in the visually hidden text version. */
  linkTabIndex?: number | undefined;
  /** Search text whose terms are marked (`<mark>`). @default nothing is marked */
  highlight?: string | undefined;
}

/** One source as a list item: its title (a link when it has a URL), publisher, date and note. */
export function SourceItem({ source, locale, linkTabIndex, highlight }: SourceItemProps) {
  return (
    <li>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" tabIndex={linkTabIndex}>
          <MatchText text={source.title} query={highlight} />
        </a>
      ) : (
        <MatchText text={source.title} query={highlight} />
      )}
      {', '}
      <MatchText text={source.publisher} query={highlight} />
      {source.date && (
        <>
          {', '}
          <EventDate start={source.date} locale={locale} />
        </>
      )}
      {source.note && <span className="ql-source-note"> ({source.note})</span>}
    </li>
  );
}
