import { useState } from 'react';
import { FIELD_DISPLAY_CHARS, limitParagraphs } from '../data/displayLimit';
import { getNumberFormat } from '../data/intlCache';
import type { Block } from '../data/types';
import { RichText } from './RichText';

/** Props of `LimitedRichText`. */
export interface LimitedRichTextProps {
  /** Paragraphs and lists, as the importers give them. */
  paragraphs: Block[];
  locale: string;
  /** tabindex for links and the button; -1 takes them out of the Tab order (hidden copies). */
  linkTabIndex?: -1 | undefined;
  /** Characters shown at first and added per "Show more". @default FIELD_DISPLAY_CHARS */
  step?: number | undefined;
  /** Search text whose terms are marked (`<mark>`). @default nothing is marked */
  highlight?: string | undefined;
}

/**
 * Rich text shown up to a number of characters (src/data/displayLimit.ts), with a note saying how
 * much is shown and a button to show more: a 10 MB text laid out at once would hold the page.
 */
export function LimitedRichText({ paragraphs, locale, linkTabIndex, step = FIELD_DISPLAY_CHARS, highlight }: LimitedRichTextProps) {
  const [limit, setLimit] = useState(step);
  const limited = limitParagraphs(paragraphs, limit);
  if (limited.shownChars >= limited.totalChars) return <RichText paragraphs={paragraphs} linkTabIndex={linkTabIndex} highlight={highlight} />;
  const format = getNumberFormat(locale);
  return (
    <>
      <RichText paragraphs={limited.paragraphs} linkTabIndex={linkTabIndex} highlight={highlight} />
      <p className="ql-text-limit">
        {`Shown ${format.format(limited.shownChars)} of ${format.format(limited.totalChars)} characters. `}
        <button type="button" className="ql-button" tabIndex={linkTabIndex} onClick={() => setLimit(limited.shownChars + step)}>
          {`Show ${format.format(Math.min(step, limited.totalChars - limited.shownChars))} more`}
        </button>
      </p>
    </>
  );
}
