import type { ParseResult } from '../data/types';
import { parseFetchedStory } from './parseFetchedStory';

// The make page reads files as well as URLs: it takes the parser from this chunk, not another.
export { parseFetchedStory };

/** What loading a story from a URL gives: a parse result, or why there is none. */
export type LoadResult = { ok: true; result: ParseResult } | { ok: false; message: string };

/** A fetched story file's text and content type, or why there is none. */
export type FetchResult = { ok: true; text: string; contentType: string | undefined } | { ok: false; message: string };

/** Fetches a story file's text (no cookies); a failed request or response becomes a message naming the URL and the cause. */
export async function fetchStoryText(url: string, fetcher: typeof fetch = fetch): Promise<FetchResult> {
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
  return { ok: true, text: await response.text(), contentType: response.headers.get('content-type') ?? undefined };
}

/**
 * Fetches, decodes and parses a story; every failure becomes a message naming the URL and the
 * cause. The app imports this module on first use, with the validator and the HTML reducer: only
 * `?src=` pages need them (the bundled story was validated at build time), and their enhance.js
 * preloads the chunk alongside the story's early fetch.
 */
export async function loadStory(url: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const fetched = await fetchStoryText(url, fetcher);
  if (!fetched.ok) return fetched;
  const result = await parseFetchedStory(fetched.text, { contentType: fetched.contentType, name: url });
  // A file in no format at all is one message; anything readable goes to the problem list.
  const unreadable = result.format === null ? result.issues[0] : undefined;
  if (unreadable) return { ok: false, message: `The story at ${url} ${unreadable.message}.` };
  return { ok: true, result };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
