import type { ProblemKey } from '../i18n/catalogs/en';
import type { MessageValues } from '../i18n/translate';
import { createIssue } from './createIssue';
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
  /** Reduces each summary's HTML (`text.text`) at import. Without it, `htmlToParagraphs` reduces a summary when it is first read (a getter). */
  summaryToParagraphs?: HtmlToParagraphs | undefined;
  mediaPolicy?: MediaPolicy | undefined;
  /** Called with the parsed JSON document before it is imported (the parsing worker previews its opening event). */
  onInput?: ((input: unknown) => void) | undefined;
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

/**
 * Parses a story file's text as JSON (Quoteline or TimelineJS); an empty file, or text that is not
 * JSON, gives one problem at `(file)`, with the line and column of a syntax error where known.
 */
export function parseJsonStoryText(text: string, options: Pick<ParseStoryTextOptions, 'htmlToParagraphs' | 'summaryToParagraphs' | 'mediaPolicy' | 'onInput'> = {}): ParseResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return unreadable('problem.file.empty');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return unreadable(...describeSyntaxError(error, text));
  }
  options.onInput?.(input);
  return parseStory(input, { htmlToParagraphs: options.htmlToParagraphs, summaryToParagraphs: options.summaryToParagraphs, mediaPolicy: options.mediaPolicy });
}

function unreadable(code: ProblemKey, values?: MessageValues): ParseResult {
  return { format: null, story: null, issues: [createIssue('(file)', code, values)], warnings: [] };
}

/** A JSON syntax error's problem, with the line and column its position falls on when the engine gives only the position. */
function describeSyntaxError(error: unknown, text: string): [ProblemKey, MessageValues] {
  const message = error instanceof Error ? error.message : String(error);
  const position = /\bat position (\d+)/.exec(message)?.[1];
  if (position === undefined || /\bline \d+/.test(message)) return ['problem.file.notJson', { error: message }];
  const before = text.slice(0, Number(position)).split('\n');
  // As text, so that a line number is never grouped ("line 1,204").
  return ['problem.file.notJsonAt', { error: message, line: String(before.length), column: String((before[before.length - 1] ?? '').length + 1) }];
}
