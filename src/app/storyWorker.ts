/// <reference lib="webworker" />
import { createUtf8Decoder } from '../data/decodeUtf8';
import { reduceHtmlInNode } from '../data/reduceHtmlInNode';
import { previewStory } from '../data/previewStory';
import { isCsvText, parseJsonStoryText } from '../data/storyText';
import { getMessageTransfer, splitParseResult, type ParseRequest, type StoryMessage, type WorkerMessage } from '../data/storyTransfer';
import type { Block, ParseResult } from '../data/types';

// The parsing worker of `parseFetchedStory`: JSON.parse, validation and import of a big file run
// here, off the page's thread (issue 13: 100,000 events held the page for 1.25 s in one task).
// There is no DOMParser in a worker: headlines and captions are reduced with parse5, and each
// summary's HTML goes to the page, which reduces it with DOMParser when a reader opens the event,
// as the importer does when it runs on the page.

/**
 * Summaries longer than this, in characters, are reduced here rather than on the page: parsing a
 * 10 MB summary with DOMParser when a reader opens it held the page for about a second.
 */
const PAGE_REDUCE_MAX_CHARS = 100_000;

/** The HTML of each summary left to the page, by the (empty) summary given for it at import. */
const pageHtml = new Map<Block[], string>();

function reduceSummary(html: string): Block[] {
  if (html.length > PAGE_REDUCE_MAX_CHARS) return reduceHtmlInNode(html);
  const summary: Block[] = [];
  pageHtml.set(summary, html);
  return summary;
}

/**
 * Files shorter than this, in characters, are not previewed: they are read in a moment, and a
 * preview would only render the panel twice.
 */
const PREVIEW_MIN_CHARS = 1_000_000;

/** A preview's summary: reduced here, unless it is long (the whole story brings it, reduced in its turn). */
function reducePreviewSummary(html: string): Block[] {
  return html.length > PAGE_REDUCE_MAX_CHARS ? [] : reduceHtmlInNode(html);
}

/** The file's bytes streamed so far, decoded as they come. */
const streamed = createUtf8Decoder();

async function parse({ file, contentType, name, mediaPolicy, openingId }: ParseRequest): Promise<ParseResult> {
  if (typeof file !== 'string') file.forEach((chunk) => streamed.push(chunk));
  const text = typeof file === 'string' ? file : streamed.finish();
  // Summaries at import, not through getters: every one is read here, and plain objects are
  // several times faster to copy and to write as JSON.
  // A big file's opening event goes to the page first, once the text is JSON, before the import.
  const onInput = (input: unknown): void => {
    const preview = previewStory(input, openingId, { htmlToParagraphs: reduceHtmlInNode, summaryToParagraphs: reducePreviewSummary, mediaPolicy });
    if (preview) self.postMessage({ type: 'preview', preview } satisfies StoryMessage);
  };
  const options = { htmlToParagraphs: reduceHtmlInNode, summaryToParagraphs: reduceSummary, mediaPolicy, onInput: text.length >= PREVIEW_MIN_CHARS ? onInput : undefined };
  if (isCsvText(text, { contentType, name })) {
    const { importTimelineCsv } = await import('../data/importers/timelineCsv');
    return importTimelineCsv(text, options);
  }
  return parseJsonStoryText(text, options);
}

/**
 * Each event's summary HTML when its reduction is left to the page, else null. Such an event's
 * summary is cleared (these events are the worker's own), so it is sent without one, uncopied.
 */
function collectSummaryHtml(result: ParseResult): (string | null)[] {
  return (result.story?.events ?? []).map((event) => {
    const html = pageHtml.get(event.summary);
    if (html === undefined) return null;
    (event as { summary: Block[] | undefined }).summary = undefined;
    return html;
  });
}

self.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  if ('bytes' in message) return streamed.push(message.bytes);
  parse(message).then(
    (result) => {
      const summaryHtml = collectSummaryHtml(result);
      // Each message goes as soon as it is made, its summary bytes transferred, not copied.
      for (const message of splitParseResult(result, summaryHtml)) self.postMessage(message, getMessageTransfer(message));
    },
    (error: unknown) => {
      const message: StoryMessage = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
      self.postMessage(message);
    },
  );
});

// Ready for a request: the page transfers the file's bytes only to a worker that has started.
const ready: StoryMessage = { type: 'ready' };
self.postMessage(ready);
