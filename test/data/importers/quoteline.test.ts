import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/data/parseStory';
import { nativeEvent, nativeStory } from '../../helpers/story';

describe('parseStory (native format)', () => {
  it('parseStory(doc) sorts events by time and keeps file order for equal dates', () => {
    const { story, issues } = parseStory(
      nativeStory([
        nativeEvent({ id: 'late', start: '2024-06-02' }),
        nativeEvent({ id: 'same-day-first', start: '2024-05-27' }),
        nativeEvent({ id: 'same-day-second', start: '2024-05-27' }),
        nativeEvent({ id: 'early', start: '2023-10' }),
      ]),
    );
    expect(issues).toEqual([]);
    expect(story?.events.map((event) => [event.id, event.fileIndex])).toEqual([
      ['early', 3],
      ['same-day-first', 1],
      ['same-day-second', 2],
      ['late', 0],
    ]);
  });

  it('parseStory(doc) keeps valid events of a partly bad file and names each problem by its file path', () => {
    const { story, issues } = parseStory(
      nativeStory([
        nativeEvent({ id: 'good' }),
        nativeEvent({ id: 'bad-date', start: '2023-02-30' }),
        nativeEvent({ id: 'Bad Id' }),
        nativeEvent({ id: 'no-headline', headline: 42 }),
        nativeEvent({ id: 'no-sources', sources: [] }),
        nativeEvent({ id: 'wrong-category', category: 'gossip' }),
      ]),
    );
    expect(story?.events.map((event) => event.id)).toEqual(['good']);
    expect(issues).toEqual([
      { path: 'events[1].start', message: '"2023-02-30": 30 is not a day of 2023-02 (it has 28)' },
      { path: 'events[2].id', message: '"Bad Id" is not a kebab-case id (a-z, 0-9 and single hyphens)' },
      { path: 'events[3].headline', message: 'expected text, got 42' },
      { path: 'events[4].sources', message: 'needs at least one source' },
      { path: 'events[5].category', message: '"gossip" is not one of: "exchange", "critique", "debate", "context", "prediction"' },
    ]);
  });

  it('parseStory(doc) lists problems with paths counted from 0 in file order, not sorted order', () => {
    const { issues } = parseStory(nativeStory([nativeEvent({ id: 'b', start: '2025-01-01' }), nativeEvent({ id: 'a', start: '2020-01-01', end: '2019-01-01' })]));
    expect(issues).toEqual([{ path: 'events[1].end', message: 'ends before it starts; this event is left out' }]);
  });

  it('parseStory(doc) leaves out a second event with the same id', () => {
    const { story, issues } = parseStory(nativeStory([nativeEvent({ id: 'twin' }), nativeEvent({ id: 'twin' })]));
    expect(story?.events).toHaveLength(1);
    expect(issues).toEqual([{ path: 'events[1].id', message: '"twin" is already used by events[0]; this event is left out' }]);
  });

  it('parseStory(doc) rejects source URLs that are not http(s)', () => {
    const { issues } = parseStory(nativeStory([nativeEvent({ sources: [{ id: 'x', title: 't', publisher: 'p', url: 'javascript:alert(1)' }] })]));
    expect(issues).toEqual([{ path: 'events[0].sources[0].url', message: '"javascript:alert(1)" is not an absolute http(s) URL' }]);
  });

  it('parseStory(doc) flags a quote whose source is not one of its event', () => {
    const { story, issues } = parseStory(nativeStory([nativeEvent({ quotes: [{ text: 'Hi', speaker: 'A', source: 'nope' }] })]));
    expect(story?.events[0]?.quotes[0]).toEqual({ text: 'Hi', speaker: 'A' });
    expect(issues).toEqual([{ path: 'events[0].quotes[0].source', message: '"nope" is not the id of one of this event\'s sources' }]);
  });

  it('parseStory(doc) names a missing story title', () => {
    const { story, issues } = parseStory({ quoteline: 1, events: [] });
    expect(story).toBeNull();
    expect(issues).toEqual([{ path: 'title', message: 'is missing' }]);
  });

  it('parseStory(doc) ignores a start event that does not exist, and says so', () => {
    const { story, issues } = parseStory(nativeStory([nativeEvent()], { startEventId: 'ghost' }));
    expect(story?.startEventId).toBeUndefined();
    expect(issues).toEqual([{ path: 'startEventId', message: '"ghost" is not the id of an event' }]);
  });

  it('parseStory(value) says what is wrong with something that is not a story', () => {
    expect(parseStory([1, 2]).issues).toEqual([{ path: '(file)', message: 'is not a Quoteline or TimelineJS story: expected an object with an "events" list' }]);
  });

  it('parseStory(doc) requires a zone for times and keeps it', () => {
    const { story } = parseStory(nativeStory([nativeEvent({ start: '2024-05-27T21:15', timeZone: 'America/Los_Angeles' })]));
    expect(story?.events[0]?.start).toEqual({ year: 2024, month: 5, day: 27, hour: 21, minute: 15, precision: 'minute', timeZone: 'America/Los_Angeles' });
  });
});
