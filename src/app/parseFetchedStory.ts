import { isCsvText, parseJsonStoryText, type ParseStoryTextOptions } from '../data/storyText';
import type { ParseResult } from '../data/types';
import { reduceHtmlToParagraphs } from './reduceHtml';

/**
 * Parses a story fetched in the browser, JSON or the TimelineJS sheet as CSV, with TimelineJS HTML
 * reduced by `DOMParser`. In the chunk with the validator, loaded only for `?src=` stories; the
 * CSV parser (papaparse) is loaded only for CSV files.
 */
export async function parseFetchedStory(text: string, options: Omit<ParseStoryTextOptions, 'htmlToParagraphs'> = {}): Promise<ParseResult> {
  if (isCsvText(text, options)) {
    const { importTimelineCsv } = await import('../data/importers/timelineCsv');
    return importTimelineCsv(text, { htmlToParagraphs: reduceHtmlToParagraphs, mediaPolicy: options.mediaPolicy });
  }
  return parseJsonStoryText(text, { htmlToParagraphs: reduceHtmlToParagraphs, mediaPolicy: options.mediaPolicy });
}
