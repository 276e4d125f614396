import { describe, expect, it, vi } from 'vitest';
import { getEventIndex } from '../../src/data/eventIndex';
import { reduceHtmlInNode } from '../../src/data/reduceHtmlInNode';
import { parseJsonStoryText } from '../../src/data/storyText';
import { getTransferBuffers, joinParseResult, splitParseResult, type StoryMessage } from '../../src/data/storyTransfer';
import type { ParseResult } from '../../src/data/types';
import { createIssue } from '../../src/data/createIssue';

/** A TimelineJS story of `count` events, each with an HTML summary; events in two groups. */
function timelineJs(count: number): string {
  const events = Array.from({ length: count }, (_, index) => ({
    start_date: { year: 2020, month: 1, day: 1 + (index % 28) },
    text: { headline: `Event ${index + 1}`, text: `<p>Said <a href="https://example.org/${index}">this</a> &amp; more</p>` },
    group: index % 2 === 0 ? 'Even' : 'Odd',
  }));
  return JSON.stringify({ events });
}

/** Sends messages through structuredClone one at a time, as postMessage does. */
function cloneEach(messages: Iterable<StoryMessage>): StoryMessage[] {
  return [...messages].map((message) => structuredClone(message));
}

describe('splitParseResult', () => {
  it('splitParseResult(result, html, size) sends the head, the events in chunks of size, then done', () => {
    const result = parseJsonStoryText(timelineJs(7), { htmlToParagraphs: reduceHtmlInNode });
    const messages = [...splitParseResult(result, [], 3)];
    expect(messages.map((message) => message.type)).toEqual(['head', 'events', 'events', 'events', 'done']);
    expect(messages.flatMap((message) => (message.type === 'events' ? [(JSON.parse(message.json) as unknown[]).length] : []))).toEqual([3, 3, 1]);
    expect(messages[0]).toMatchObject({ type: 'head', eventCount: 7, result: { story: { events: [] } } });
  });

  it('splitParseResult(result) sends a result without a story as head and done', () => {
    const result: ParseResult = { format: null, story: null, issues: [createIssue('(file)', 'problem.file.notJson', { error: 'Unexpected token' })], warnings: [] };
    expect([...splitParseResult(result, [])]).toEqual([{ type: 'head', result, eventCount: 0 }, { type: 'done' }]);
  });
});

describe('joinParseResult', () => {
  it('joinParseResult(messages) gives back the parse result, categories shared with the story', () => {
    const result = parseJsonStoryText(timelineJs(7), { htmlToParagraphs: reduceHtmlInNode });
    const joined = joinParseResult(cloneEach(splitParseResult(result, [], 2)), reduceHtmlInNode);
    expect(joined.story?.events.map((event) => event.id)).toEqual(result.story?.events.map((event) => event.id));
    expect(joined.story?.events.map((event) => event.summary)).toEqual(result.story?.events.map((event) => event.summary));
    expect(joined.warnings).toEqual(result.warnings);
    for (const event of joined.story?.events ?? []) expect(joined.story?.categories).toContain(event.category);
    // The positions by id come made, as the chunks came.
    const events = joined.story?.events ?? [];
    expect([...getEventIndex(events)]).toEqual(events.map((event, index) => [event.id, index]));
  });

  it('joinParseResult(messages, reduce) reduces a summary sent as HTML when it is first read, once', () => {
    const result = parseJsonStoryText(timelineJs(2), { htmlToParagraphs: reduceHtmlInNode });
    const reduce = vi.fn(reduceHtmlInNode);
    const joined = joinParseResult(cloneEach(splitParseResult(result, ['<p>Hello <b>there</b></p>', null])), reduce);
    expect(Object.keys(joined.story?.events[0] ?? {})).toContain('summary');
    expect(reduce).not.toHaveBeenCalled();
    const [first, second] = joined.story?.events ?? [];
    expect(first?.summary).toEqual([[{ text: 'Hello ' }, { text: 'there', strong: true }]]);
    expect(first?.summary).toEqual([[{ text: 'Hello ' }, { text: 'there', strong: true }]]);
    expect(second?.summary).toEqual(result.story?.events[1]?.summary);
    expect(reduce).toHaveBeenCalledTimes(1);
  });

  it('joinParseResult(messages, reduce) cuts each summary out of its chunk, across chunks, beside summaries sent as data', () => {
    const result = parseJsonStoryText(timelineJs(5), { htmlToParagraphs: reduceHtmlInNode });
    const html = ['<p>One</p>', null, '<p>Three <em>é</em> 🙂</p>', '<p>Four</p>', ''];
    const joined = joinParseResult(cloneEach(splitParseResult(result, html, 2)), reduceHtmlInNode);
    expect(joined.story?.events.map((event) => event.summary)).toEqual([
      [[{ text: 'One' }]],
      result.story?.events[1]?.summary,
      [[{ text: 'Three ' }, { text: 'é', em: true }, { text: ' 🙂' }]],
      [[{ text: 'Four' }]],
      [],
    ]);
    // A summary read through its getter serialises like any other field.
    expect(JSON.parse(JSON.stringify(joined.story?.events[0]))).toMatchObject({ summary: [[{ text: 'One' }]] });
  });

  it('joinParseResult(messages) throws when a chunk or the end is missing', () => {
    const result = parseJsonStoryText(timelineJs(4), { htmlToParagraphs: reduceHtmlInNode });
    const messages = [...splitParseResult(result, [], 2)];
    expect(() => joinParseResult(messages.slice(0, -1), reduceHtmlInNode)).toThrow(/incomplete/);
    expect(() => joinParseResult([...messages.slice(0, 2), ...messages.slice(3)], reduceHtmlInNode)).toThrow(/2 of 4 events/);
  });
});

describe('getTransferBuffers', () => {
  it('getTransferBuffers(chunks) lists each buffer once, however many views share it; text has none', () => {
    const shared = new Uint8Array(8);
    const own = new Uint8Array(2);
    expect(getTransferBuffers([shared.subarray(0, 4), shared.subarray(4), own])).toEqual([shared.buffer, own.buffer]);
    expect(getTransferBuffers('{}')).toEqual([]);
  });
});
