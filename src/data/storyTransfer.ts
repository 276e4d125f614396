import { withLazySummary } from './lazySummary';
import type { MediaPolicy } from './mediaPolicy';
import type { Category, HtmlToParagraphs, ParseResult, TimelineEvent } from './types';

/**
 * Events per message when a parsed story goes from the parsing worker to the page. Each message is
 * deserialised in a task of its own on the page, so no single one holds it for long: 5,000 events
 * take about 20 ms to clone on the test machine (see bench/README.md).
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
 * chunks (`events`, with each event's summary HTML when its reduction was left to the page), then
 * `done`. `failed` replaces them all when the worker could not parse (the page parses instead).
 * `ready` comes first, before any request: the worker has started, and can be handed the file's
 * bytes (transferred, not copied).
 */
export type StoryMessage =
  | { type: 'ready' }
  | { type: 'head'; result: ParseResult; eventCount: number }
  | { type: 'events'; events: TimelineEvent[]; summaryHtml: (string | null)[] }
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
    messages.push({ type: 'events', events: events.slice(start, start + size), summaryHtml: summaryHtml.slice(start, start + size).map((html) => html ?? null) });
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
        message.events.forEach((event, index) => {
          const category = categories.get(event.category.id);
          if (category) event.category = category;
          const html = message.summaryHtml[index];
          events.push(typeof html === 'string' ? withLazySummary(event, html, htmlToParagraphs) : event);
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

/** The distinct buffers under some byte arrays, to transfer them once each (views may share one). */
export function getTransferBuffers(file: string | readonly Uint8Array[]): ArrayBuffer[] {
  if (typeof file === 'string') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const chunk of file) if (chunk.buffer instanceof ArrayBuffer) buffers.add(chunk.buffer);
  return [...buffers];
}
