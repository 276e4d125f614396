import type { ReactNode } from 'react';
import { findMatchRanges } from '../search/normalize';

/** Props of `MatchText`. */
export interface MatchTextProps {
  text: string;
  /** The search text; its terms are marked in `text` (case and diacritics ignored). @default nothing is marked */
  query?: string | undefined;
}

/** Text with the words a search found wrapped in `<mark>`; plain text when there is no search. */
export function MatchText({ text, query }: MatchTextProps): ReactNode {
  if (!query) return text;
  const ranges = findMatchRanges(text, query);
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="ql-mark">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
