import { isRecord } from './isRecord';
import type { ParseResult } from './types';

/** Serialises a parse result for the page, where `readPrerenderedStory` reads it back without a validator. */
export function writePrerenderedStory(result: ParseResult): string {
  // "<" escaped, so the JSON cannot close the <script> element it is put in.
  return JSON.stringify(result).replace(/</g, '\\u003c');
}

/**
 * Reads the parse result the build wrote into the page: the bundled story was validated then, so
 * the page needs no validator at run time. Anything else is an error of the build, not of data.
 */
export function readPrerenderedStory(input: unknown): ParseResult {
  if (!isRecord(input) || !Array.isArray(input.issues) || !(input.story === null || (isRecord(input.story) && Array.isArray(input.story.events)))) {
    throw new Error('The prerendered story data is not a parse result');
  }
  return input as unknown as ParseResult;
}
