import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/data/parseStory';
import { previewStory } from '../../src/data/previewStory';
import { reduceHtmlInNode } from '../../src/data/reduceHtmlInNode';
import { getInitialEventId } from '../../src/data/selection';
import { nativeEvent, nativeStory } from '../helpers/story';

/** The fields a reader sees in the panel: the preview's event must read as the whole story's does. */
function shown(event: { id: string; headline: string; start: unknown; summary: unknown; category: { id: string }; sources: unknown } | undefined) {
  return event && { id: event.id, headline: event.headline, start: event.start, summary: event.summary, category: event.category.id, sources: event.sources };
}

/** The event the whole story opens on, imported in full, for comparison. */
function openingOfWholeStory(input: unknown, requestedId?: string) {
  const { story } = parseStory(input, { htmlToParagraphs: reduceHtmlInNode });
  const id = story && getInitialEventId(story, requestedId);
  return story?.events.find((event) => event.id === id);
}

const outOfOrder = nativeStory([
  nativeEvent({ id: 'late', start: '2024-06-01', headline: 'Late' }),
  nativeEvent({ id: 'early', start: '1969-07-20', headline: 'Early' }),
  nativeEvent({ id: 'timed', start: '2024-05-27T21:15', timeZone: 'America/Los_Angeles', headline: 'Timed' }),
  nativeEvent({ id: 'same-day-second', start: '1969-07-20', headline: 'Same day, later in the file' }),
]);

describe('previewStory', () => {
  it('previews the earliest event of a Quoteline file in any file order, as the whole story opens on it', () => {
    const preview = previewStory(outOfOrder, undefined);
    expect(preview?.eventCount).toBe(4);
    expect(preview?.story.title).toBe('Test story');
    expect(preview?.story.events).toHaveLength(1);
    expect(shown(preview?.story.events[0])).toEqual(shown(openingOfWholeStory(outOfOrder)));
    expect(preview?.story.events[0]?.headline).toBe('Early');
  });

  it('previews the event the URL asks for, else the story start event, as the whole story does', () => {
    const withStart = { ...outOfOrder, startEventId: 'timed' };
    expect(previewStory(withStart, undefined)?.story.events[0]?.id).toBe('timed');
    expect(previewStory(withStart, 'late')?.story.events[0]?.id).toBe('late');
    expect(shown(previewStory(withStart, 'late')?.story.events[0])).toEqual(shown(openingOfWholeStory(withStart, 'late')));
    // An id the file does not have: the start event, as the whole story falls back to it.
    expect(previewStory(withStart, 'no-such-event')?.story.events[0]?.id).toBe('timed');
  });

  it('previews the earliest TimelineJS slide, its dates read as the importer reads them (numbers as text too)', () => {
    const input = {
      title: { text: { headline: 'A <em>feud</em>' } },
      events: [
        { start_date: { year: '2024', month: '5', day: '27' }, text: { headline: 'Later', text: '<p>Later.</p>' } },
        { start_date: { year: 2023, month: 10, day: 27 }, text: { headline: 'The <b>debate</b>', text: '<p>Said <a href="javascript:alert(1)">this</a>.</p>' }, unique_id: 'debate' },
        { start_date: { year: 'soon' }, text: { headline: 'Unreadable date' } },
      ],
    };
    const preview = previewStory(input, undefined, { htmlToParagraphs: reduceHtmlInNode, summaryToParagraphs: reduceHtmlInNode });
    expect(preview?.eventCount).toBe(3);
    expect(shown(preview?.story.events[0])).toEqual(shown(openingOfWholeStory(input)));
    expect(preview?.story.events[0]?.headline).toBe('The debate');
    // Its text reduced as the whole import reduces it: no script link.
    expect(JSON.stringify(preview?.story.events[0]?.summary)).not.toContain('javascript:');
    // A slide named by its explicit id.
    expect(previewStory(input, 'debate')?.story.events[0]?.id).toBe('debate');
  });

  it('gives no preview when the opening event is one the importer refuses', () => {
    const input = {
      events: [
        { start_date: { year: 2020 }, text: { headline: '' } },
        { start_date: { year: 2021 }, text: { headline: 'Fine' } },
      ],
    };
    expect(previewStory(input, undefined)).toBeNull();
  });

  it('gives no preview for documents that are not stories or have no events', () => {
    for (const input of [null, 42, 'text', [], {}, { events: [] }, { quoteline: 1, events: 'none' }, { events: [null, 7, 'x'] }]) {
      expect(previewStory(input, undefined)).toBeNull();
    }
  });

  it('never throws on prototype keys or an unknown time zone', () => {
    const input = JSON.parse(
      '{"quoteline":1,"id":"t","title":"T","__proto__":{"polluted":true},"events":[{"id":"a","start":"2024-01-01T10:00","timeZone":"Mars/Olympus","headline":"A","category":"exchange","sources":[{"id":"s","title":"S","publisher":"P","url":"https://example.org"}]},{"id":"b","start":"2024-02-01","headline":"B","category":"exchange","sources":[{"id":"s","title":"S","publisher":"P","url":"https://example.org"}]}]}',
    ) as unknown;
    expect(() => previewStory(input, undefined)).not.toThrow();
    expect(previewStory(input, undefined)?.story.events[0]?.id).toBe('b');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
