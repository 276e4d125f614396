import { parseStory } from './parseStory';
import type { MediaPolicy } from './media';
import type { HtmlToParagraphs, ParseResult } from './types';

/** Options for reading a story file's text. */
export interface ParseStoryTextOptions {
  /** The response's Content-Type, if any. */
  contentType?: string | undefined;
  /** The file's name or URL, if any: a `.csv` ending (or a sheet's `output=csv`) means CSV. */
  name?: string | undefined;
  htmlToParagraphs?: HtmlToParagraphs | undefined;
  mediaPolicy?: MediaPolicy | undefined;
}

/** Whether a file's text is CSV (else JSON): from its type, its name, then its first line. */
export function isCsvText(text: string, { contentType = '', name = '' }: Pick<ParseStoryTextOptions, 'contentType' | 'name'> = {}): boolean {
  if (/\bcsv\b/i.test(contentType) || /\.csv(?:$|[?#])/i.test(name) || /[?&]output=csv\b/.test(name)) return true;
  if (/json/i.test(contentType)) return false;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return false;
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes(',') && /headline/i.test(firstLine);
}

/** Parses a story file's text as JSON (Quoteline or TimelineJS); text that is not JSON gives one problem at `(file)`. */
export function parseJsonStoryText(text: string, options: Pick<ParseStoryTextOptions, 'htmlToParagraphs' | 'mediaPolicy'> = {}): ParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      format: null,
      story: null,
      issues: [{ path: '(file)', message: `is neither JSON nor a TimelineJS sheet as CSV: ${error instanceof Error ? error.message : String(error)}` }],
      warnings: [],
    };
  }
  return parseStory(input, { htmlToParagraphs: options.htmlToParagraphs, mediaPolicy: options.mediaPolicy });
}
