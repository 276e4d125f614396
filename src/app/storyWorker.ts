/// <reference lib="webworker" />
import { decodeUtf8 } from '../data/decodeUtf8';
import { reduceHtmlInNode } from '../data/reduceHtmlInNode';
import { isCsvText, parseJsonStoryText } from '../data/storyText';
import { getMessageTransfer, splitParseResult, type ParseRequest, type StoryMessage } from '../data/storyTransfer';
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

async function parse({ file, contentType, name, mediaPolicy }: ParseRequest): Promise<ParseResult> {
  const text = typeof file === 'string' ? file : decodeUtf8(file);
  // Summaries at import, not through getters: every one is read here, and plain objects are
  // several times faster to copy and to write as JSON.
  const options = { htmlToParagraphs: reduceHtmlInNode, summaryToParagraphs: reduceSummary, mediaPolicy };
  if (isCsvText(text, { contentType, name })) {
    const { importTimelineCsv } = await import('../data/importers/timelineCsv');
    return importTimelineCsv(text, options);
  }
  return parseJsonStoryText(text, options);
}

/** Each event's summary HTML when its reduction is left to the page, else null. */
function collectSummaryHtml(result: ParseResult): (string | null)[] {
  return (result.story?.events ?? []).map((event) => pageHtml.get(event.summary) ?? null);
}

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  parse(event.data).then(
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
