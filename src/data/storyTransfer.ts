import type { MediaPolicy } from './mediaPolicy';
import type { Block, Category, HtmlToParagraphs, ParseResult, TimelineEvent } from './types';

/**
 * Events per message when a parsed story goes from the parsing worker to the page. Each message is
 * read in a task of its own on the page, so no single one holds it for long: 5,000 events take
 * about 10 ms to read on the test machine (see bench/README.md).
 */
export const TRANSFER_CHUNK_EVENTS = 5000;

/** What the page asks the parsing worker: parse this file, as text or as its UTF-8 bytes. */
export interface ParseRequest {
  file: string | readonly Uint8Array[];
  contentType?: string | undefined;
  name?: string | undefined;
  mediaPolicy?: MediaPolicy | undefined;
}

/**
 * The messages of one parse, in order: the result without its events (`head`), the events in
 * chunks (`events`), then `done`. A chunk's events travel as one JSON text, which the page reads
 * with `JSON.parse` several times faster than `postMessage` clones 5,000 objects (and the worker
 * writes it faster than it serialises them). The summaries whose reduction is left to the page are
 * not in it: their HTML travels as one string (`summaryHtml`) cut at `summaryEnds` (event i's HTML
 * ends at `summaryEnds[i]` and starts where the previous one ended; -1: event i's summary is in
 * its JSON). `failed` replaces them all when the worker could not parse (the page parses instead).
 * `ready` comes first, before any request: the worker has started, and can be handed the file's
 * bytes (transferred, not copied).
 */
export type StoryMessage =
  | { type: 'ready' }
  | { type: 'head'; result: ParseResult; eventCount: number }
  | { type: 'events'; json: string; summaryHtml: string; summaryEnds: Int32Array }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/**
 * Splits a parse result into the messages that carry it (`head`, `events`…, `done`).
 * `summaryHtml[i]` is the HTML of event i's summary, still to be reduced, or null.
 */
export function splitParseResult(result: ParseResult, summaryHtml: readonly (string | null)[], chunkEvents: number = TRANSFER_CHUNK_EVENTS): StoryMessage[] {
  const events = result.story?.events ?? [];
  const head: ParseResult = { ...result, story: result.story ? { ...result.story, events: [] } : null };
  const messages: StoryMessage[] = [{ type: 'head', result: head, eventCount: events.length }];
  const size = Math.max(1, Math.floor(chunkEvents));
  for (let start = 0; start < events.length; start += size) {
    const chunk = events.slice(start, start + size);
    const html: string[] = [];
    const summaryEnds = new Int32Array(chunk.length);
    let end = 0;
    const sent = chunk.map((event, index) => {
      const summary = summaryHtml[start + index];
      if (typeof summary !== 'string') {
        summaryEnds[index] = -1;
        return event;
      }
      html.push(summary);
      end += summary.length;
      summaryEnds[index] = end;
      // Without its summary (JSON leaves out undefined): the page defines it, lazily, from the HTML.
      return { ...event, summary: undefined };
    });
    messages.push({ type: 'events', json: JSON.stringify(sent), summaryHtml: html.join(''), summaryEnds });
  }
  messages.push({ type: 'done' });
  return messages;
}

/** Takes a parse's messages one at a time, as they arrive, and gives the whole result after `done`. */
export interface ParseResultJoiner {
  /** Takes the next message: each chunk's events are joined as it comes, in a task of its own. */
  add(message: StoryMessage): void;
  /** The whole result; throws when the messages so far are not one whole parse. */
  getResult(): ParseResult;
}

/**
 * Puts a parse result back together from its messages, in the order they come: every event's
 * category becomes the story's category object again (cloning message by message made copies), and
 * a summary left as HTML is reduced by `htmlToParagraphs` when it is first read, as the importer does.
 */
export function createParseResultJoiner(htmlToParagraphs: HtmlToParagraphs): ParseResultJoiner {
  let head: Extract<StoryMessage, { type: 'head' }> | undefined;
  let isDone = false;
  const categories = new Map<string, Category>();
  const events: TimelineEvent[] = [];
  return {
    add(message) {
      if (message.type === 'head') {
        head = message;
        for (const category of message.result.story?.categories ?? []) categories.set(category.id, category);
      } else if (message.type === 'events') {
        const chunk = JSON.parse(message.json) as TimelineEvent[];
        let htmlStart = 0;
        chunk.forEach((event, index) => {
          const category = categories.get(event.category.id);
          if (category) event.category = category;
          const htmlEnd = message.summaryEnds[index] ?? -1;
          if (htmlEnd >= 0) {
            defineLazySummary(event, { html: message.summaryHtml, start: htmlStart, end: htmlEnd, reduce: htmlToParagraphs });
            htmlStart = htmlEnd;
          }
          events.push(event);
        });
      } else if (message.type === 'done') {
        isDone = true;
      }
    },
    getResult() {
      if (!head || !isDone) throw new Error('The story arrived incomplete from its parser.');
      const { result } = head;
      if (!result.story) return result;
      if (events.length !== head.eventCount) throw new Error(`The story arrived incomplete from its parser: ${events.length} of ${head.eventCount} events.`);
      return { ...result, story: { ...result.story, events } };
    },
  };
}

/** Puts a parse result back together from all its messages at once (see `createParseResultJoiner`). */
export function joinParseResult(messages: readonly StoryMessage[], htmlToParagraphs: HtmlToParagraphs): ParseResult {
  const joiner = createParseResultJoiner(htmlToParagraphs);
  for (const message of messages) joiner.add(message);
  return joiner.getResult();
}

/** Where a summary's HTML is (a slice of a chunk's `summaryHtml`), and what reduces it. */
interface PendingSummary {
  html: string;
  start: number;
  end: number;
  reduce: HtmlToParagraphs;
}

const PENDING_SUMMARIES = new WeakMap<object, PendingSummary>();

/**
 * One getter for every lazy summary: objects that gain the same accessor share their hidden class
 * (a getter per event made each of 100,000 events an object of its own, slow to make and to read).
 * The first read reduces the HTML and puts the result in its place.
 */
const LAZY_SUMMARY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: TimelineEvent): Block[] {
    const pending = PENDING_SUMMARIES.get(this);
    const summary = pending ? pending.reduce(pending.html.slice(pending.start, pending.end)) : [];
    Object.defineProperty(this, 'summary', { value: summary, enumerable: true, configurable: true, writable: true });
    PENDING_SUMMARIES.delete(this);
    return summary;
  },
};

function defineLazySummary(event: TimelineEvent, pending: PendingSummary): void {
  PENDING_SUMMARIES.set(event, pending);
  Object.defineProperty(event, 'summary', LAZY_SUMMARY);
}

/** The distinct buffers under some byte arrays, to transfer them once each (views may share one). */
export function getTransferBuffers(file: string | readonly Uint8Array[]): ArrayBuffer[] {
  if (typeof file === 'string') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const chunk of file) if (chunk.buffer instanceof ArrayBuffer) buffers.add(chunk.buffer);
  return [...buffers];
}
