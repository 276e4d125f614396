import { parseStory } from '../data/parseStory';
import type { ParseResult } from '../data/types';
import { reduceHtmlToParagraphs } from './reduceHtml';

/**
 * `parseStory` for a story fetched in the browser, with TimelineJS HTML reduced by `DOMParser`.
 * One chunk with the validator, loaded only for `?src=` stories: the bundled page needs neither.
 */
export function parseFetchedStory(input: unknown): ParseResult {
  return parseStory(input, { htmlToParagraphs: reduceHtmlToParagraphs });
}
