import { importQuoteline } from './importers/quoteline';
import { importTimelineJs } from './importers/timelinejs';
import { isRecord } from './isRecord';
import type { MediaPolicy } from './media';
import type { HtmlToParagraphs, ParseResult, StoryFormat } from './types';

/** Options for `parseStory`. */
export interface ParseStoryOptions {
  /** HTML reducer for formats whose text is HTML (TimelineJS); see `data/html.ts`. */
  htmlToParagraphs?: HtmlToParagraphs | undefined;
  /** Reduces each summary's HTML (`text.text`) at import. Without it, `htmlToParagraphs` reduces a summary when it is first read (a getter). */
  summaryToParagraphs?: HtmlToParagraphs | undefined;
  /** Which images the page will show, for warnings about media that will not be loaded. @default nothing is loaded */
  mediaPolicy?: MediaPolicy | undefined;
}

/** Tells which format a parsed JSON document is in, or null. */
export function detectFormat(input: unknown): StoryFormat | null {
  if (!isRecord(input)) return null;
  if ('quoteline' in input) return 'quoteline';
  if (Array.isArray(input.events)) return 'timelinejs';
  return null;
}

/** Parses a story in any supported format into a normalised story and a list of problems. */
export function parseStory(input: unknown, options: ParseStoryOptions = {}): ParseResult {
  const format = detectFormat(input);
  if (format === 'quoteline') return importQuoteline(input, options);
  if (format === 'timelinejs') return importTimelineJs(input, options);
  return {
    format: null,
    story: null,
    issues: [{ path: '(file)', message: `is ${describeJsonValue(input)}, not a Quoteline or TimelineJS story: expected an object with an "events" list` }],
    warnings: [],
  };
}

/** What a JSON document that is not a story holds, for people: "a list (JSON array)", "a number". */
function describeJsonValue(input: unknown): string {
  if (Array.isArray(input)) return 'a list (JSON array)';
  if (input === null) return 'null';
  if (typeof input === 'object') return 'an object without an "events" list';
  return `a ${typeof input}`; // a number, a string, a boolean
}
