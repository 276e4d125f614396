import { reduceHtmlNodes } from '../data/html';
import type { Paragraph } from '../data/types';
import { toInertHtml } from './trustedTypes';

let parser: DOMParser | undefined;

/**
 * Reduces a TimelineJS HTML snippet to paragraphs of text and safe links. `DOMParser` builds an
 * inert document: no script runs, no handler fires and nothing loads, and none of its nodes is
 * ever inserted into the page; only text and checked `http(s)`/`mailto` links are read from it.
 * That is all a text-and-links reduction needs, so there is no sanitiser to download first.
 */
export function reduceHtmlToParagraphs(html: string): Paragraph[] {
  parser ??= new DOMParser();
  return reduceHtmlNodes(parser.parseFromString(toInertHtml(html), 'text/html').body);
}
