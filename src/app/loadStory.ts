import { decodeUtf8 } from '../data/decodeUtf8';
import { formatByteLimit, MAX_STORY_BYTES } from '../data/limits';
import type { ParseResult } from '../data/types';
import { formatFileSize } from '../share/fileSize';
import { createLoadFailure, type LoadFailure } from './loadFailure';
import { parseFetchedStory, startStoryParser, StoryParserError } from './parseFetchedStory';
import type { StoryPreview } from '../data/previewStory';
import { createIssue } from '../data/createIssue';
import { createEarlyLoad, type EarlyLoad } from './earlyLoad';

// The make page reads files as well as URLs: it takes the parser from this chunk, not another.
export { parseFetchedStory };
// The page starts a ?src= story's load before its first render (mountApp) with this chunk's code.
export function startEarlyLoad(url: string, openingId: string | undefined, fetcher: typeof fetch): EarlyLoad {
  return createEarlyLoad(url, openingId, (options) => loadStory(url, fetcher, options));
}
// The app shows the progress and Retry of a ?src= story from this chunk too: one chunk, preloaded by enhance.js.
export { StoryLoadStatus } from './StoryLoadStatus';
export type { LoadFailure } from './loadFailure';

/** What loading a story from a URL gives: a parse result, or why there is none. */
export type LoadResult = { ok: true; result: ParseResult } | LoadFailure;

/** A fetched story file's text and content type, or why there is none. */
export type FetchResult = { ok: true; text: string; contentType: string | undefined } | LoadFailure;

/** A fetched story file's bytes, as they arrived and not yet decoded, and content type, or why there is none. */
export type FetchBytesResult = { ok: true; bytes: Uint8Array[]; contentType: string | undefined } | LoadFailure;

/** How much of a story file has arrived, in bytes; `total` when the server said (an uncompressed Content-Length). */
export interface LoadProgress {
  loaded: number;
  total?: number | undefined;
}

/** Options of `loadStory`: those of `fetchStoryBytes`, and the parse's. */
export interface LoadStoryOptions extends Omit<FetchStoryOptions, 'onBytes'> {
  /** The event the page will open on, when the URL names one: the preview shows it. */
  openingId?: string | undefined;
  /** Called with a big file's opening event while the rest is read (see `ParseFetchedStoryOptions`). */
  onPreview?: ((preview: StoryPreview) => void) | undefined;
}

/** Options of `fetchStoryText` and `fetchStoryBytes`. */
export interface FetchStoryOptions {
  /** Called as the body arrives: at most every PROGRESS_INTERVAL_MS, and once all of it is in. */
  onProgress?: ((progress: LoadProgress) => void) | undefined;
  /** Called with each chunk of the body as it arrives (not past the size limit). */
  onBytes?: ((chunk: Uint8Array) => void) | undefined;
  /** Largest body read, in bytes. @default MAX_STORY_BYTES */
  maxBytes?: number | undefined;
}

/** Shortest time between two progress reports, in ms: a re-render per network chunk would cost more than the download. */
const PROGRESS_INTERVAL_MS = 100;
/**
 * Longest run of reading without giving the page a turn, in ms: chunks already buffered resolve
 * one after another in microtasks, which would make one long task of a whole local file.
 */
const READ_SLICE_MS = 30;

/** Language of the sizes in the loader's messages (its `message`s are English; `formatIssue` words them for readers). */
const MESSAGE_LOCALE = 'en';

/**
 * Fetches a story file's text (no cookies), streamed with progress and refused past the size
 * limit; a failed request or response, an empty body or a body too large becomes a message naming
 * the URL and the cause.
 */
export async function fetchStoryText(url: string, fetcher: typeof fetch = fetch, options: FetchStoryOptions = {}): Promise<FetchResult> {
  const fetched = await fetchStoryBytes(url, fetcher, options);
  return fetched.ok ? { ok: true, text: decodeUtf8(fetched.bytes), contentType: fetched.contentType } : fetched;
}

/**
 * `fetchStoryText` without the decoding: the bytes as they arrived, for a parser in a worker to
 * decode off the page's thread.
 */
export async function fetchStoryBytes(url: string, fetcher: typeof fetch = fetch, { onProgress, onBytes, maxBytes = MAX_STORY_BYTES }: FetchStoryOptions = {}): Promise<FetchBytesResult> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'omit' });
  } catch (error) {
    return createLoadFailure('problem.load.requestFailed', { url, error: describeError(error) });
  }
  if (!response.ok) {
    return createLoadFailure('problem.load.status', { url, status: `${response.status} ${response.statusText}`.trim() });
  }
  const limit = formatByteLimit(maxBytes);
  const total = getDeclaredLength(response);
  if (total !== undefined && total > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return createLoadFailure('problem.load.tooLarge', { url, size: formatFileSize(total, MESSAGE_LOCALE), limit });
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  let body: Body;
  try {
    body = await readBody(response, total, maxBytes, onProgress, onBytes);
  } catch (error) {
    return createLoadFailure('problem.load.brokeOff', { url, error: describeError(error) });
  }
  if (body.isTooLarge) return createLoadFailure('problem.load.tooLargeSoFar', { url, size: formatFileSize(body.loaded, MESSAGE_LOCALE), limit });
  if (body.loaded === 0) return createLoadFailure('problem.load.empty', { url });
  return { ok: true, bytes: body.bytes, contentType };
}

/** The body's length from Content-Length, when it counts the bytes read: not when a Content-Encoding (even `identity`) is named. */
function getDeclaredLength(response: Response): number | undefined {
  const header = response.headers.get('content-length');
  const encoding = response.headers.get('content-encoding');
  if (header === null || !/^\d+$/.test(header.trim()) || encoding !== null) return undefined;
  return Number(header);
}

type Body = { isTooLarge: false; bytes: Uint8Array[]; loaded: number } | { isTooLarge: true; loaded: number };

/** Reads the body chunk by chunk, reporting progress, giving the page a turn now and then, and stopping past `maxBytes`. */
async function readBody(response: Response, declared: number | undefined, maxBytes: number, onProgress: FetchStoryOptions['onProgress'], onBytes: FetchStoryOptions['onBytes']): Promise<Body> {
  // No body at all (a 204, say): nothing was sent.
  if (!response.body) return { isTooLarge: false, bytes: [], loaded: 0 };
  const reader = response.body.getReader();
  const bytes: Uint8Array[] = [];
  let loaded = 0;
  let reportedAt = -Infinity;
  let reportedLoaded = 0;
  let sliceStart = performance.now();
  // A compressed body the headers did not say was compressed (Content-Encoding is hidden across
  // origins) outgrows its Content-Length: from then on the total is unknown.
  const report = (): void => {
    reportedLoaded = loaded;
    onProgress?.({ loaded, total: declared !== undefined && declared >= loaded ? declared : undefined });
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return { isTooLarge: true, loaded };
    }
    bytes.push(value);
    onBytes?.(value);
    const now = performance.now();
    if (now - reportedAt >= PROGRESS_INTERVAL_MS) {
      reportedAt = now;
      report();
    }
    if (now - sliceStart >= READ_SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  if (loaded !== reportedLoaded) report();
  return { isTooLarge: false, bytes, loaded };
}

/**
 * Fetches, decodes and parses a story; every failure becomes a message naming the URL and the
 * cause. The app imports this module on first use, with the validator and the HTML reducer: only
 * `?src=` pages need them (the bundled story was validated at build time), and their enhance.js
 * preloads the chunk alongside the story's early fetch.
 */
export async function loadStory(url: string, fetcher: typeof fetch = fetch, { openingId, onPreview, ...options }: LoadStoryOptions = {}): Promise<LoadResult> {
  // The parser starts while the file downloads, and decodes each chunk as it comes.
  const parser = startStoryParser();
  const fetched = await fetchStoryBytes(url, fetcher, { ...options, onBytes: (chunk) => parser.push(chunk) });
  if (!fetched.ok) {
    parser.dispose();
    return fetched;
  }
  let result: ParseResult;
  try {
    result = await parser.parse(fetched.bytes, { contentType: fetched.contentType, name: url, openingId, onPreview });
  } catch (error) {
    const cause = error instanceof StoryParserError ? error.problem : createIssue('(file)', 'problem.parser.failed', { error: describeError(error) });
    return createLoadFailure('problem.load.parser', { url, problem: cause.message }, cause);
  }
  // A file in no format at all is one message; anything readable goes to the problem list.
  const unreadable = result.format === null ? result.issues[0] : undefined;
  if (unreadable) return createLoadFailure('problem.load.unreadable', { url, problem: unreadable.message }, unreadable);
  return { ok: true, result };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
