/// <reference lib="webworker" />
import { decodeUtf8 } from '../data/decodeUtf8';
import { reduceHtmlInNode } from '../data/reduceHtmlInNode';
import { isCsvText, parseJsonStoryText } from '../data/storyText';
import { splitParseResult, type ParseRequest, type StoryMessage } from '../data/storyTransfer';
import type { Block, ParseResult } from '../data/types';

// The parsing worker of `parseFetchedStory`: JSON.parse, validation and import of a big file run
// here, off the page's thread (issue 13: 100,000 events held the page for 1.25 s in one task).
// There is no DOMParser in a worker: headlines and captions are reduced with parse5, and each
// summary's HTML goes to the page, which reduces it with DOMParser when a reader opens the event,
// as the importer does when it runs on the page.

/** Set while summaries are collected: the reducer then keeps the HTML instead of reducing it. */
let collected: string | null | undefined;

/**
 * Summaries longer than this, in characters, are reduced here rather than on the page: parsing a
 * 10 MB summary with DOMParser when a reader opens it held the page for about a second.
 */
const PAGE_REDUCE_MAX_CHARS = 100_000;

function reduce(html: string): Block[] {
  if (collected === undefined || html.length > PAGE_REDUCE_MAX_CHARS) return reduceHtmlInNode(html);
  collected = html;
  return [];
}

async function parse({ file, contentType, name, mediaPolicy }: ParseRequest): Promise<ParseResult> {
  const text = typeof file === 'string' ? file : decodeUtf8(file);
  if (isCsvText(text, { contentType, name })) {
    const { importTimelineCsv } = await import('../data/importers/timelineCsv');
    return importTimelineCsv(text, { htmlToParagraphs: reduce, mediaPolicy });
  }
  return parseJsonStoryText(text, { htmlToParagraphs: reduce, mediaPolicy });
}

/** Each event's summary HTML when the importer left its reduction until it is read, else null. */
function collectSummaryHtml(result: ParseResult): (string | null)[] {
  return (result.story?.events ?? []).map((event) => {
    collected = null;
    // A lazy summary calls the reducer now; a summary already made (plain text, native format) does not.
    void event.summary;
    const html = collected;
    collected = undefined;
    return html;
  });
}

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  parse(event.data).then(
    (result) => {
      const summaryHtml = collectSummaryHtml(result);
      for (const message of splitParseResult(result, summaryHtml)) self.postMessage(message);
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
