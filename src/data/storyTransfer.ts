import { setEventIndex } from './eventIndex';
import { defineLazySummary } from './lazySummary';
import type { MediaPolicy } from './mediaPolicy';
import type { StoryPreview } from './previewStory';
import type { Block, Category, HtmlToParagraphs, ParseResult, TimelineEvent } from './types';

/**
 * Events per message when a parsed story goes from the parsing worker to the page. Each message is
 * read in a task of its own on the page, so no single one holds it for long: 2,000 events take
 * 20–50 ms to read on the 2-core test machine, garbage collection included (5,000 took up to 150).
 */
export const TRANSFER_CHUNK_EVENTS = 2000;

/**
 * What the page sends the parsing worker: the file's bytes as they arrive (`StreamedBytes`, decoded
 * there while the rest downloads), then the request to parse it.
 */
export type WorkerMessage = StreamedBytes | ParseRequest;

/** The next chunk of the file, before the `ParseRequest`. */
export interface StreamedBytes {
  bytes: Uint8Array;
}

/** What the page asks the parsing worker: parse this file, as text or as its UTF-8 bytes (after any streamed). */
export interface ParseRequest {
  file: string | readonly Uint8Array[];
  contentType?: string | undefined;
  name?: string | undefined;
  mediaPolicy?: MediaPolicy | undefined;
  /** The event the page will open on, when the URL names one: the preview shows it. */
  openingId?: string | undefined;
}

/**
 * The messages of one parse, in order: the result without its events (`head`), the events in
 * chunks (`events`), then `done`. A chunk's events travel as one JSON text, which the page reads
 * with `JSON.parse` several times faster than `postMessage` clones 5,000 objects (and the worker
 * writes it faster than it serialises them). The summaries whose reduction is left to the page are
 * not in it: their HTML travels as UTF-8 bytes (`summaryHtml`, transferred, not copied: the bulk of
 * a big file, which the page would otherwise spend ~5 ms per MB receiving) cut at `summaryEnds`
 * (event i's HTML ends at byte `summaryEnds[i]` and starts where the previous one ended; -1: event
 * i's summary is in its JSON). Each is decoded when first read. `failed` replaces them all when the worker could not parse (the page parses instead).
 * `preview` may come before `head`, as soon as the file is parsed as JSON and before it is imported:
 * the opening event alone (`previewStory`), for the page to show while the rest is read.
 * `ready` comes first, before any request: the worker has started, and can be handed the file's
 * bytes (transferred, not copied).
 */
export type StoryMessage =
  | { type: 'ready' }
  | { type: 'preview'; preview: StoryPreview }
  | { type: 'head'; result: ParseResult; eventCount: number }
  | { type: 'events'; json: string; summaryHtml: Uint8Array; summaryEnds: Int32Array }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/**
 * Splits a parse result into the messages that carry it (`head`, `events`…, `done`), each made
 * when it is asked for, so the first can be on its way while the next is written.
 * `summaryHtml[i]` is the HTML of event i's summary, still to be reduced, or null.
 */
export function* splitParseResult(result: ParseResult, summaryHtml: readonly (string | null)[], chunkEvents: number = TRANSFER_CHUNK_EVENTS): Generator<StoryMessage> {
  const events = result.story?.events ?? [];
  const head: ParseResult = { ...result, story: result.story ? { ...result.story, events: [] } : null };
  yield { type: 'head', result: head, eventCount: events.length };
  const size = Math.max(1, Math.floor(chunkEvents));
  for (let start = 0; start < events.length; start += size) {
    const chunk = events.slice(start, start + size);
    const summaryEnds = new Int32Array(chunk.length);
    const html: string[] = [];
    const sent = chunk.map((event, index) => {
      const summary = summaryHtml[start + index];
      if (typeof summary !== 'string') {
        summaryEnds[index] = -1;
        return event;
      }
      html.push(summary);
      // Without its summary (JSON leaves out undefined): the page defines it, lazily, from the HTML.
      // The parsing worker has cleared it already (a copy of each event costs it a second at 100,000).
      return (event.summary as Block[] | undefined) === undefined ? event : { ...event, summary: undefined };
    });
    // Each HTML's end in bytes: at most 3 bytes per UTF-16 code unit, then cut to what was written.
    const bytes = new Uint8Array(html.reduce((total, text) => total + 3 * text.length, 0));
    const encoder = new TextEncoder();
    let end = 0;
    let htmlIndex = 0;
    summaryEnds.forEach((marker, index) => {
      if (marker === -1) return;
      end += encoder.encodeInto(html[htmlIndex] ?? '', bytes.subarray(end)).written;
      htmlIndex += 1;
      summaryEnds[index] = end;
    });
    yield { type: 'events', json: JSON.stringify(sent), summaryHtml: bytes.slice(0, end), summaryEnds };
  }
  yield { type: 'done' };
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
  // Positions by id, made a chunk at a time (the events come in time order, as the story has them).
  const indexById = new Map<string, number>();
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
            const html = message.summaryHtml.subarray(htmlStart, htmlEnd);
            defineLazySummary(
              event,
              () => htmlToParagraphs(UTF8.decode(html)),
              () => UTF8.decode(html),
            );
            htmlStart = htmlEnd;
          }
          indexById.set(event.id, events.length);
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
      setEventIndex(events, indexById);
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

const UTF8 = new TextDecoder();

/** What a message can transfer rather than copy: a chunk's summary bytes. */
export function getMessageTransfer(message: StoryMessage): ArrayBuffer[] {
  return message.type === 'events' && message.summaryHtml.buffer instanceof ArrayBuffer ? [message.summaryHtml.buffer] : [];
}

/** The distinct buffers under some byte arrays, to transfer them once each (views may share one). */
export function getTransferBuffers(file: string | readonly Uint8Array[]): ArrayBuffer[] {
  if (typeof file === 'string') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const chunk of file) if (chunk.buffer instanceof ArrayBuffer) buffers.add(chunk.buffer);
  return [...buffers];
}
