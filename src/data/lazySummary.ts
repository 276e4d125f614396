import type { Block } from './types';

/** The HTML of each event whose summary has not been read (reduced) yet. */
const unreducedHtml = new WeakMap<object, string>();

/**
 * Gives an event a `summary` that reduces `html` when first read, not at import: sanitising ten
 * thousand snippets up front would hold up the first paint, and a reader opens them one at a time.
 */
export function withLazySummary<T extends object>(event: T, html: string, reduce: (html: string) => Block[]): T {
  let summary: Block[] | undefined;
  unreducedHtml.set(event, html);
  const get = (): Block[] => {
    if (summary === undefined) {
      summary = reduce(html);
      unreducedHtml.delete(event);
    }
    return summary;
  };
  return Object.defineProperty(event, 'summary', { enumerable: true, configurable: true, get });
}

/**
 * The HTML of an event's summary while it is still unread, else undefined: search reads its text
 * from the HTML rather than reduce ten thousand summaries at once (`src/search/htmlText.ts`).
 */
export function getUnreducedSummaryHtml(event: object): string | undefined {
  return unreducedHtml.get(event);
}
