import { decodeUtf8 } from '../data/decodeUtf8';
import type { ParseStoryTextOptions } from '../data/storyText';
import { createParseResultJoiner, getTransferBuffers, type ParseRequest, type StoryMessage } from '../data/storyTransfer';
import type { ParseResult } from '../data/types';
import { reduceHtmlToParagraphs } from './reduceHtml';
import storyWorkerUrl from './storyWorker?worker&url';
import { toWorkerUrl } from './trustedTypes';

/** Options of `parseFetchedStory`: those of the story text parser, the HTML reducer aside. */
export type ParseFetchedStoryOptions = Omit<ParseStoryTextOptions, 'htmlToParagraphs'>;

/**
 * Parses a story fetched in the browser, JSON or the TimelineJS sheet as CSV, given as text or as
 * the bytes that arrived (UTF-8, decoded in the worker, off the page's thread). The parse runs in a
 * module Web Worker (src/app/storyWorker.ts), so a file of 100,000 events does not hold the page;
 * the result comes back in chunks, and each summary's HTML is reduced by `DOMParser` on the page
 * when it is first read. Where there is no Worker (jsdom, or a worker that fails to start, as
 * under a CSP without `worker-src 'self'`) the page parses it itself.
 */
export async function parseFetchedStory(file: string | readonly Uint8Array[], options: ParseFetchedStoryOptions = {}): Promise<ParseResult> {
  if (typeof Worker === 'function') {
    const result = await parseInWorker({ file, contentType: options.contentType, name: options.name, mediaPolicy: options.mediaPolicy }).catch(() => null);
    if (result) return result;
  }
  return parseOnPage(typeof file === 'string' ? file : decodeUtf8(file), options);
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
 * The parse in a worker of its own, ended when the result is in; rejects when the worker fails.
 * The file's bytes are transferred, not copied (a 50 MB copy held the page for half a second), and
 * only once the worker says it is ready: a worker that never starts leaves them to the page.
 */
function parseInWorker(request: ParseRequest): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(toWorkerUrl(new URL(storyWorkerUrl, import.meta.url)), { type: 'module' });
    const joiner = createParseResultJoiner(reduceHtmlToParagraphs);
    const finish = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.addEventListener('message', (event: MessageEvent<StoryMessage>) => {
      const message = event.data;
      if (message.type === 'ready') return worker.postMessage(request, getTransferBuffers(request.file));
      if (message.type === 'failed') return finish(() => reject(new Error(message.message)));
      // Each chunk is joined as it arrives, in the task that cloned it, not all at the end.
      joiner.add(message);
      if (message.type !== 'done') return;
      finish(() => {
        try {
          resolve(joiner.getResult());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    worker.addEventListener('error', (event) => finish(() => reject(new Error(event.message || 'The story parser did not start.'))));
    worker.addEventListener('messageerror', () => finish(() => reject(new Error('The story parser sent a message that could not be read.'))));
  });
}
