import type { ProblemKey } from '../i18n/catalogs/en';
import { createIssue } from './createIssue';
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
  const { code, values } = describeJsonValue(input);
  return { format: null, story: null, issues: [createIssue('(file)', code, values)], warnings: [] };
}

/** The problem of a JSON document that is not a story, by what it holds: a list, null, an object, a number, … */
function describeJsonValue(input: unknown): { code: ProblemKey; values: Record<string, string> } {
  if (Array.isArray(input)) return { code: 'problem.file.list', values: {} };
  if (input === null) return { code: 'problem.file.null', values: {} };
  if (typeof input === 'object') return { code: 'problem.file.noEvents', values: {} };
  return { code: 'problem.file.value', values: { type: typeof input } }; // a number, a string, a boolean
}
