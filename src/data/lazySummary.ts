import type { Block } from './types';

/**
 * How a pending summary is made, then the summary: hidden (symbol-keyed, not enumerable) fields of
 * its object. Not a WeakMap: 100,000 entries in one made every garbage collection slow.
 */
const MAKE_SUMMARY = Symbol('makeSummary');
const SUMMARY = Symbol('summary');
/** The HTML a lazy summary is made from (or how to get it), for search (`getSummaryHtml`). */
const SUMMARY_HTML = Symbol('summaryHtml');

type Pending = { [MAKE_SUMMARY]?: (() => Block[]) | undefined; [SUMMARY]?: Block[] | undefined };

/**
 * One getter for every lazy summary: objects that gain the same accessor share their hidden class
 * (a getter of its own per event made each of 100,000 events an object of its own, slow to make and
 * slower to read). The first read makes the summary and keeps it.
 */
const LAZY_SUMMARY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Pending): Block[] {
    this[SUMMARY] ??= this[MAKE_SUMMARY]?.() ?? [];
    this[MAKE_SUMMARY] = undefined;
    return this[SUMMARY];
  },
};

/**
 * Gives `target` a `summary` made by `make` when it is first read, not now: reducing ten thousand
 * HTML snippets up front would hold up the first paint, and a reader opens events one at a time.
 * `target` should not have a `summary` yet (turning a value into a getter makes the object slow).
 */
export function defineLazySummary<T extends object>(target: T, make: () => Block[], html?: () => string): T & { summary: Block[] } {
  Object.defineProperty(target, MAKE_SUMMARY, { value: make, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(target, SUMMARY, { value: undefined, writable: true, configurable: true, enumerable: false });
  if (html) setSummaryHtml(target, html);
  return Object.defineProperty(target, 'summary', LAZY_SUMMARY) as T & { summary: Block[] };
}

/** Remembers the HTML that `target`'s lazy summary is made from, in a hidden field, for `getSummaryHtml`. */
export function setSummaryHtml(target: object, html: string | (() => string)): void {
  Object.defineProperty(target, SUMMARY_HTML, { value: html, writable: true, configurable: true, enumerable: false });
}

/**
 * The HTML an event's lazy summary is made from, whether or not it has been read, else undefined.
 * Search takes the text from it (`src/search/htmlText.ts`) rather than reduce every summary: one
 * DOMParser per event for ten thousand events would hold the page.
 */
export function getSummaryHtml(target: object): string | undefined {
  const html: unknown = Reflect.get(target, SUMMARY_HTML);
  if (typeof html === 'function') {
    const text: unknown = html();
    return typeof text === 'string' ? text : undefined;
  }
  return typeof html === 'string' ? html : undefined;
}
