import { decodeUtf8 } from '../data/decodeUtf8';
import type { ParseStoryTextOptions } from '../data/storyText';
import { createParseResultJoiner, getTransferBuffers, type ParseRequest, type StoryMessage } from '../data/storyTransfer';
import type { ParseResult } from '../data/types';
import { reduceHtmlToParagraphs } from './reduceHtml';
import storyWorkerUrl from './storyWorker?worker&url';
import { toWorkerUrl } from './trustedTypes';

/** Options of `parseFetchedStory`: those of the story text parser, the HTML reducer aside. */
export type ParseFetchedStoryOptions = Omit<ParseStoryTextOptions, 'htmlToParagraphs'>;

/** A parsing worker started ahead of its file: it loads and starts while the file downloads. */
export interface StoryParser {
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
  return {
    async parse(file, options = {}) {
      const result = worker ? await worker.parse({ file, contentType: options.contentType, name: options.name, mediaPolicy: options.mediaPolicy }).catch(() => null) : null;
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
function startWorker(): { parse(request: ParseRequest): Promise<ParseResult>; dispose(): void } {
  const worker = new Worker(toWorkerUrl(new URL(storyWorkerUrl, import.meta.url)), { type: 'module' });
  const joiner = createParseResultJoiner(reduceHtmlToParagraphs);
  let isReady = false;
  let request: ParseRequest | undefined;
  let settle: { resolve: (result: ParseResult) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  const send = (): void => {
    if (isReady && request) worker.postMessage(request, getTransferBuffers(request.file));
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
    if (message.type === 'failed') return fail(new Error(message.message));
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
  worker.addEventListener('error', (event) => fail(new Error(event.message || 'The story parser did not start.')));
  worker.addEventListener('messageerror', () => fail(new Error('The story parser sent a message that could not be read.')));
  return {
    parse(next) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        settle = { resolve, reject };
        request = next;
        send();
      });
    },
    dispose: () => worker.terminate(),
  };
}
