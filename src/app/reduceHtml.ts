import { reduceHtml } from '../data/html';
import type { Block } from '../data/types';
import { toInertHtml } from './trustedTypes';

let parser: DOMParser | undefined;

/**
 * Reduces a TimelineJS HTML snippet to paragraphs and lists of text, safe links and emphasis.
 * `DOMParser` builds an inert document: no script runs, no handler fires and nothing loads, and
 * none of its nodes is ever inserted into the page; only text, checked `http(s)`/`mailto` links and
 * the kind of a few elements are read from it, never an attribute but `href`. That is all the
 * reduction needs, so there is no sanitiser to download first. Past `MAX_HTML_TAGS` tags the field
 * is read as plain text instead.
 */
export function reduceHtmlToParagraphs(html: string): Block[] {
  return reduceHtml(html, (text) => {
    parser ??= new DOMParser();
    return parser.parseFromString(toInertHtml(text), 'text/html').body;
  });
}
