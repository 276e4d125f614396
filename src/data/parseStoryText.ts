import { importTimelineCsv } from './importers/timelineCsv';
import { isCsvText, parseJsonStoryText, type ParseStoryTextOptions } from './storyText';
import type { ParseResult } from './types';

export { FORMAT_NAMES } from './formatNames';
export { isCsvText, type ParseStoryTextOptions } from './storyText';

/**
 * Parses a story file's text in any supported format: Quoteline or TimelineJS JSON, or the
 * TimelineJS spreadsheet template as CSV (`isCsvText`). Text that is neither gives one problem, at
 * `(file)`, that says what was expected. (The browser loads the CSV importer only for CSV files:
 * see `src/app/parseFetchedStory.ts`.)
 */
export function parseStoryText(text: string, options: ParseStoryTextOptions = {}): ParseResult {
  if (isCsvText(text, options)) return importTimelineCsv(text, { htmlToParagraphs: options.htmlToParagraphs, mediaPolicy: options.mediaPolicy });
  return parseJsonStoryText(text, options);
}
