import { useState } from 'react';
import { FIELD_DISPLAY_CHARS, limitParagraphs } from '../data/displayLimit';
import type { Block } from '../data/types';
import { RichText } from './RichText';
import { useT } from '../hooks/useTranslator';

/** Props of `LimitedRichText`. */
export interface LimitedRichTextProps {
  /** Paragraphs and lists, as the importers give them. */
  paragraphs: Block[];
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
export function LimitedRichText({ paragraphs, linkTabIndex, step = FIELD_DISPLAY_CHARS, highlight }: LimitedRichTextProps) {
  const { t } = useT();
  const [limit, setLimit] = useState(step);
  const limited = limitParagraphs(paragraphs, limit);
  if (limited.shownChars >= limited.totalChars) return <RichText paragraphs={paragraphs} linkTabIndex={linkTabIndex} highlight={highlight} />;
  return (
    <>
      <RichText paragraphs={limited.paragraphs} linkTabIndex={linkTabIndex} highlight={highlight} />
      <p className="ql-text-limit">
        {`${t('text.shown', { shown: limited.shownChars, total: limited.totalChars })} `}
        <button type="button" className="ql-button" tabIndex={linkTabIndex} onClick={() => setLimit(limited.shownChars + step)}>
          {t('text.more', { count: Math.min(step, limited.totalChars - limited.shownChars) })}
        </button>
      </p>
    </>
  );
}
