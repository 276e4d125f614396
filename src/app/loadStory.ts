import type { ParseResult } from '../data/types';
import { reduceHtmlToParagraphs } from './reduceHtml';

/** What loading a story from a URL gives: a parse result, or why there is none. */
export type LoadResult = { ok: true; result: ParseResult } | { ok: false; message: string };

/** Fetches, decodes and parses a story; every failure becomes a message naming the URL and the cause. */
export async function loadStory(url: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  // The validator is loaded only for stories from ?src= (the bundled story was validated at build
  // time); its request starts now, in parallel with the story's.
  const parser = import('../data/parseStory');
  parser.catch(() => undefined); // awaited below; never an unhandled rejection if we return early
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'omit' });
  } catch (error) {
    return {
      ok: false,
      message: `Could not load the story from ${url}: the request failed (${describeError(error)}). If the file is on another site, that server must allow it with an Access-Control-Allow-Origin header.`,
    };
  }
  if (!response.ok) {
    return { ok: false, message: `Could not load the story from ${url}: the server answered ${response.status} ${response.statusText}`.trim() + '.' };
  }
  const text = await response.text();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The story at ${url} is not valid JSON: ${describeError(error)}.` };
  }
  const { parseStory } = await parser;
  return { ok: true, result: parseStory(input, { htmlToParagraphs: reduceHtmlToParagraphs }) };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
