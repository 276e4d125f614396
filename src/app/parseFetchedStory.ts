import { createIssue } from '../data/createIssue';
import { decodeUtf8 } from '../data/decodeUtf8';
import type { ParseStoryTextOptions } from '../data/storyText';
import { createParseResultJoiner, getTransferBuffers, type ParseRequest, type StoryMessage, type WorkerMessage } from '../data/storyTransfer';
import type { StoryPreview } from '../data/previewStory';
import type { DataIssue, ParseResult } from '../data/types';
import type { ProblemKey } from '../i18n/catalogs/en';
import { reduceHtmlToParagraphs } from './reduceHtml';
import storyWorkerUrl from './storyWorker?worker&url';
import { toWorkerUrl } from './trustedTypes';

/** A failure of the parsing worker itself: its problem (`loadStory` words it for readers) and, as `message`, its English text. */
export class StoryParserError extends Error {
  readonly problem: DataIssue;
  constructor(code: ProblemKey, values: Record<string, string> = {}) {
    const problem = createIssue('(file)', code, values);
    super(problem.message);
    this.problem = problem;
  }
}

/** Options of `parseFetchedStory`: those of the story text parser, the HTML reducers aside, and the preview's. */
export type ParseFetchedStoryOptions = Omit<ParseStoryTextOptions, 'htmlToParagraphs' | 'onInput'> & {
  /** The event the page will open on, when the URL names one (see `previewStory`). */
  openingId?: string | undefined;
  /**
   * Called, before the result, with the opening event of a big file (a million characters or
   * more), imported alone as soon as the file is read as JSON: shown while the rest is imported.
   * Only the worker previews; the parse on the page does not.
   */
  onPreview?: ((preview: StoryPreview) => void) | undefined;
};

/** A parsing worker started ahead of its file: it loads and starts while the file downloads. */
export interface StoryParser {
  /**
   * Gives the worker the file's next chunk as it arrives, to decode while the rest downloads
   * (copied, not transferred: the page keeps the bytes in case the worker fails). `parse` then
   * needs only the chunks not pushed.
   */
  push(chunk: Uint8Array): void;
  /** Parses the file (see `parseFetchedStory`), once; the worker ends when the result is in. */
  parse(file: string | readonly Uint8Array[], options?: ParseFetchedStoryOptions): Promise<ParseResult>;
  /** Ends the worker without parsing (the download failed). */
  dispose(): void;
}

/**
 * Starts the parsing worker now, so that it has loaded by the time the file has (a module worker
 * takes a few hundred milliseconds to start on the test machine).
 */
export function startStoryParser(): StoryParser {
  const worker = typeof Worker === 'function' ? startWorker() : null;
  let pushed = 0;
  return {
    push(chunk) {
      if (!worker) return;
      worker.push(chunk);
      pushed += 1;
    },
    async parse(file, options = {}) {
      // Chunks pushed already are in the worker: only the rest goes with the request.
      const rest = typeof file === 'string' ? file : file.slice(pushed);
      const request = { file: rest, contentType: options.contentType, name: options.name, mediaPolicy: options.mediaPolicy, openingId: options.openingId };
      const result = worker ? await worker.parse(request, options.onPreview).catch(() => null) : null;
      return result ?? parseOnPage(typeof file === 'string' ? file : decodeUtf8(file), options);
    },
    dispose: () => worker?.dispose(),
  };
}

/**
 * Parses a story fetched in the browser, JSON or the TimelineJS sheet as CSV, given as text or as
 * the bytes that arrived (UTF-8, decoded in the worker, off the page's thread). The parse runs in a
 * module Web Worker (src/app/storyWorker.ts), so a file of 100,000 events does not hold the page;
 * the result comes back in chunks, and each summary's HTML is reduced by `DOMParser` on the page
 * when it is first read. Where there is no Worker (jsdom, or a worker that fails to start, as
 * under a CSP without `worker-src 'self'`) the page parses it itself.
 */
export function parseFetchedStory(file: string | readonly Uint8Array[], options: ParseFetchedStoryOptions = {}): Promise<ParseResult> {
  return startStoryParser().parse(file, options);
}

/** The parse on the page's own thread; its parser is loaded only then (the worker has its own). */
async function parseOnPage(text: string, options: ParseFetchedStoryOptions): Promise<ParseResult> {
  const { isCsvText, parseJsonStoryText } = await import('../data/storyText');
  if (isCsvText(text, options)) {
    const { importTimelineCsv } = await import('../data/importers/timelineCsv');
    return importTimelineCsv(text, { htmlToParagraphs: reduceHtmlToParagraphs, mediaPolicy: options.mediaPolicy });
  }
  return parseJsonStoryText(text, { htmlToParagraphs: reduceHtmlToParagraphs, mediaPolicy: options.mediaPolicy });
}

/**
 * The parse in a worker of its own, ended when the result is in; `parse` rejects when the worker
 * fails. The file's bytes are transferred, not copied (a 50 MB copy held the page for half a
 * second), and only once the worker says it is ready: a worker that never starts leaves them to
 * the page.
 */
function startWorker(): { push(chunk: Uint8Array): void; parse(request: ParseRequest, onPreview?: (preview: StoryPreview) => void): Promise<ParseResult>; dispose(): void } {
  const worker = new Worker(toWorkerUrl(new URL(storyWorkerUrl, import.meta.url)), { type: 'module' });
  const joiner = createParseResultJoiner(reduceHtmlToParagraphs);
  let isReady = false;
  // Chunks pushed before the worker is ready wait here.
  let waiting: Uint8Array[] = [];
  let request: ParseRequest | undefined;
  let settle: { resolve: (result: ParseResult) => void; reject: (error: Error) => void } | undefined;
  let showPreview: ((preview: StoryPreview) => void) | undefined;
  let failure: Error | undefined;
  const send = (): void => {
    if (!isReady) return;
    for (const bytes of waiting) worker.postMessage({ bytes } satisfies WorkerMessage);
    waiting = [];
    if (request) worker.postMessage(request satisfies WorkerMessage, getTransferBuffers(request.file));
    request = undefined;
  };
  const fail = (error: Error): void => {
    worker.terminate();
    failure = error;
    settle?.reject(error);
  };
  worker.addEventListener('message', (event: MessageEvent<StoryMessage>) => {
    const message = event.data;
    if (message.type === 'ready') {
      isReady = true;
      return send();
    }
    if (message.type === 'preview') return showPreview?.(message.preview);
    if (message.type === 'failed') return fail(new StoryParserError('problem.parser.failed', { error: message.message }));
    // Each chunk is joined as it arrives, in the task that received it, not all at the end.
    joiner.add(message);
    if (message.type !== 'done') return;
    worker.terminate();
    try {
      settle?.resolve(joiner.getResult());
    } catch (error) {
      settle?.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  worker.addEventListener('error', (event) => fail(event.message ? new StoryParserError('problem.parser.failed', { error: event.message }) : new StoryParserError('problem.parser.notStarted')));
  worker.addEventListener('messageerror', () => fail(new StoryParserError('problem.parser.unreadable')));
  return {
    push(chunk) {
      waiting.push(chunk);
      send();
    },
    parse(next, onPreview) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        settle = { resolve, reject };
        showPreview = onPreview;
        request = next;
        send();
      });
    },
    dispose: () => worker.terminate(),
  };
}
