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

  it('parseStory(doc) keeps valid events of a partly bad file and names each error by its place, what was found and what was expected', () => {
    const { story, issues, warnings } = parseStory(
      nativeStory([
        nativeEvent({ id: 'good' }),
        nativeEvent({ id: 'bad-date', start: '2023-02-30' }),
        nativeEvent({ id: 'Bad Id' }),
        nativeEvent({ id: 'no-headline', headline: 42 }),
        nativeEvent({ id: 'empty-headline', headline: '  ' }),
        nativeEvent({ id: 'wrong-category', category: 'critque' }),
        nativeEvent({ id: 'bad-zone', start: '2024-05-27T21:15', timeZone: 'Europe/Pari' }),
        nativeEvent({ id: 'typo-year', start: '20244-05-27' }),
      ]),
    );
    expect(story?.events.map((event) => event.id)).toEqual(['good']);
    expect(issues).toMatchObject([
      { path: 'events[1].start', message: '"2023-02-30": 30 is not a day of 2023-02 (it has 28)' },
      { path: 'events[2].id', message: '"Bad Id" is not a kebab-case id (a-z, 0-9 and single hyphens); did you mean "bad-id"?', fix: 'bad-id' },
      { path: 'events[3].headline', message: 'expected text, got 42' },
      { path: 'events[4].headline', message: 'must not be empty' },
      {
        path: 'events[5].category',
        message: '"critque" is not one of the story\'s categories ("exchange", "critique", "debate", "context", "prediction"); this event is left out; did you mean "critique"?',
        fix: 'critique',
      },
      { path: 'events[6].timeZone', message: '"Europe/Pari" is not an IANA time zone (expected e.g. "Europe/Paris"); did you mean "Europe/Paris"?', fix: 'Europe/Paris' },
      {
        path: 'events[7].start',
        message: '"20244-05-27" is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm; a longer or negative year has a sign: +12000, -0300); did you mean "2024-05-27"?',
        fix: '2024-05-27',
      },
    ]);
    expect(warnings.map((warning) => warning.path)).toEqual(['events[0].quotes']);
  });

  it('parseStory(doc) lists warnings apart: unknown fields with the nearest known one, events without sources or quotes', () => {
    const { story, issues, warnings } = parseStory(nativeStory([nativeEvent({ id: 'a', headlin: 'typo', sources: [], quotes: [{ text: 'Hi', speaker: 'A', speeker: 'B' }] })], { titel: 'x' }));
    expect(issues).toEqual([]);
    expect(story?.events).toHaveLength(1);
    expect(warnings).toMatchObject([
      { path: 'events[0].headlin', message: 'unknown field "headlin" is ignored; did you mean "headline"?', fix: 'headline' },
      { path: 'events[0].quotes[0].speeker', message: 'unknown field "speeker" is ignored; did you mean "speaker"?', fix: 'speaker' },
      { path: 'events[0].sources', message: 'this event has no source: expected at least one, so readers can check it' },
      { path: 'titel', message: 'unknown field "titel" is ignored; did you mean "title"?', fix: 'title' },
    ]);
  });

  it('parseStory(doc) lists problems with paths counted from 0 in file order, not sorted order', () => {
    const { issues } = parseStory(nativeStory([nativeEvent({ id: 'b', start: '2025-01-01' }), nativeEvent({ id: 'a', start: '2020-01-01', end: '2019-01-01' })]));
    expect(issues).toMatchObject([{ path: 'events[1].end', message: 'ends before it starts: expected an end on or after the start; this event is left out' }]);
  });

  it('parseStory(doc) leaves out a second event with the same id', () => {
    const { story, issues } = parseStory(nativeStory([nativeEvent({ id: 'twin' }), nativeEvent({ id: 'twin' })]));
    expect(story?.events).toHaveLength(1);
    expect(issues).toMatchObject([{ path: 'events[1].id', message: '"twin" is already the id of events[0]: expected ids unique in the story; this event is left out' }]);
  });

  it('parseStory(doc) rejects links that are not http(s), and suggests the scheme when it is only missing', () => {
    const { issues } = parseStory(
      nativeStory([
        nativeEvent({ id: 'a', sources: [{ id: 'x', title: 't', publisher: 'p', url: 'javascript:alert(1)' }] }),
        nativeEvent({ id: 'b', sources: [{ id: 'x', title: 't', publisher: 'p', url: 'www.example.org/report' }] }),
        nativeEvent({ id: 'c', media: { url: 'data:text/html,<script>alert(1)</script>' } }),
      ]),
    );
    expect(issues).toMatchObject([
      { path: 'events[0].sources[0].url', message: '"javascript:alert(1)" is not an absolute http(s) URL' },
      { path: 'events[1].sources[0].url', message: '"www.example.org/report" is not an absolute http(s) URL; did you mean "https://www.example.org/report"?', fix: 'https://www.example.org/report' },
      { path: 'events[2].media.url', message: '"data:text/html,<script>alert(1)</script>" is not an absolute http(s) URL' },
    ]);
  });

  it('parseStory(doc) flags a quote whose source is not one of its event, with the nearest source id', () => {
    const { story, issues } = parseStory(nativeStory([nativeEvent({ quotes: [{ text: 'Hi', speaker: 'A', source: 'sr' }] })]));
    expect(story?.events[0]?.quotes[0]).toEqual({ text: 'Hi', speaker: 'A' });
    expect(issues).toMatchObject([
      {
        path: 'events[0].quotes[0].source',
        message: '"sr" is not the id of one of this event\'s sources ("src"); the quote is shown without its source; did you mean "src"?',
        fix: 'src',
      },
    ]);
  });

  it("parseStory(doc) keeps a quote's BCP 47 language", () => {
    const { story, issues } = parseStory(nativeStory([nativeEvent({ quotes: [{ text: 'On verra.', speaker: 'A', lang: 'fr-CA' }] })]));
    expect(issues).toEqual([]);
    expect(story?.events[0]?.quotes[0]).toEqual({ text: 'On verra.', speaker: 'A', lang: 'fr-CA' });
  });

  it('parseStory(doc) flags a quote language that is not a BCP 47 tag, by its path, and shows the quote without it', () => {
    const { story, issues } = parseStory(
      nativeStory([
        nativeEvent({ id: 'a' }),
        nativeEvent({
          id: 'b',
          quotes: [
            { text: 'Hi', speaker: 'A' },
            { text: 'Salut', speaker: 'B', lang: 'French!' },
          ],
        }),
      ]),
    );
    expect(story?.events.find((event) => event.id === 'b')?.quotes[1]).toEqual({ text: 'Salut', speaker: 'B' });
    expect(issues).toMatchObject([
      {
        path: 'events[1].quotes[1].lang',
        code: 'problem.quote.lang',
        message: '"French!" is not a BCP 47 language tag (such as "fr", "pt-BR" or "zh-Hant"); the quote is shown in the story’s language',
      },
    ]);
  });

  it('parseStory(doc) flags a story language Intl cannot read, and shows the story without it', () => {
    const { story, issues } = parseStory(nativeStory([nativeEvent()], { lang: 'en_US' }));
    expect(story?.lang).toBeUndefined();
    expect(issues).toMatchObject([{ path: 'lang', code: 'problem.story.lang', message: '"en_US" is not a BCP 47 language tag (such as "fr", "pt-BR" or "zh-Hant"); the story is shown in English' }]);
    expect(parseStory(nativeStory([nativeEvent()], { lang: 'de-CH' })).story?.lang).toBe('de-CH');
  });

  it('parseStory(doc) names a missing story title', () => {
    const { story, issues } = parseStory({ quoteline: 1, events: [] });
    expect(story).toBeNull();
    expect(issues).toMatchObject([{ path: 'title', message: 'is missing: expected a value here' }]);
  });

  it('parseStory(doc) ignores a start event that does not exist, and says so', () => {
    const { story, issues } = parseStory(nativeStory([nativeEvent({ id: 'memorial-day' })], { startEventId: 'memorial-dya' }));
    expect(story?.startEventId).toBeUndefined();
    expect(issues).toMatchObject([
      { path: 'startEventId', message: '"memorial-dya" is not the id of an event: the story opens on its first event; did you mean "memorial-day"?', fix: 'memorial-day' },
    ]);
  });

  it('version 1 files keep loading, with the five categories the format had built in', () => {
    const { story, issues } = parseStory(nativeStory([nativeEvent({ id: 'a', category: 'exchange' }), nativeEvent({ id: 'b', category: 'prediction' })]));
    expect(issues).toEqual([]);
    expect(story?.categories.map((category) => [category.id, category.label, category.shape, category.color])).toEqual([
      ['exchange', 'Exchange', 'circle', 'red'],
      ['critique', 'Critique', 'square', 'purple'],
      ['debate', 'Debate', 'diamond', 'blue'],
      ['context', 'Context', 'triangle', 'slate'],
      ['prediction', 'Prediction', 'triangle-down', 'amber'],
    ]);
    expect(story?.events.map((event) => event.category.label)).toEqual(['Exchange', 'Prediction']);
  });

  it('version 2 stories define their categories: events refer to them by id, colours default from the palette', () => {
    const categories = [
      { id: 'ruling', label: 'Court ruling', shape: 'square', color: 'blue' },
      { id: 'statement', label: 'Statement', shape: 'circle' },
    ];
    const { story, issues } = parseStory(nativeStory([nativeEvent({ id: 'a', category: 'statement' }), nativeEvent({ id: 'b', category: 'ruling' })], { quoteline: 2, categories }));
    expect(issues).toEqual([]);
    expect(story?.categories).toEqual([
      { id: 'ruling', label: 'Court ruling', shape: 'square', color: 'blue' },
      { id: 'statement', label: 'Statement', shape: 'circle', color: 'purple' },
    ]);
    expect(story?.events.map((event) => event.category)).toEqual([story?.categories[1], story?.categories[0]]);
  });

  it('version 2 stories without categories get one neutral category, and a category named anyway is a warning', () => {
    const { story, issues, warnings } = parseStory(nativeStory([nativeEvent({ id: 'a', category: undefined }), nativeEvent({ id: 'b', category: 'exchange' })], { quoteline: 2 }));
    expect(issues).toEqual([]);
    expect(story?.categories).toEqual([{ id: 'event', label: 'Event', shape: 'circle', color: 'slate' }]);
    expect(story?.events.every((event) => event.category.id === 'event')).toBe(true);
    expect(warnings).toContainEqual(expect.objectContaining({ path: 'events[1].category', message: '"exchange" is ignored: the story defines no categories (add a "categories" list to use them)' }));
  });

  it('checks the categories themselves: shapes and colours from the lists, ids unique', () => {
    const categories = [
      { id: 'a', label: 'A', shape: 'cirle' },
      { id: 'b', label: 'B', shape: 'square', color: 'gren' },
      { id: 'c', label: 'C', shape: 'square' },
      { id: 'c', label: 'C again', shape: 'diamond' },
    ];
    const { story, issues } = parseStory(nativeStory([nativeEvent({ id: 'x', category: 'c' })], { quoteline: 2, categories }));
    expect(issues).toMatchObject([
      {
        path: 'categories[0].shape',
        message: '"cirle" is not one of: "circle", "square", "diamond", "triangle", "triangle-down"; did you mean "circle"?',
        fix: 'circle',
      },
      {
        path: 'categories[1].color',
        message: '"gren" is not one of: "red", "purple", "blue", "slate", "amber", "green", "teal"; did you mean "green"?',
        fix: 'green',
      },
      { path: 'categories[3].id', message: '"c" is already the id of another category; this one is left out' },
    ]);
    expect(story?.categories.map((category) => category.label)).toEqual(['C']);
  });

  it('keeps display dates and media', () => {
    const { story } = parseStory(
      nativeStory([nativeEvent({ displayDate: 'Late May 2024', media: { url: 'https://www.youtube.com/watch?v=abc', caption: 'The debate', credit: 'Munk Debates' } })], { quoteline: 2 }),
    );
    const event = story?.events[0];
    expect(event?.displayDate).toBe('Late May 2024');
    expect(event?.media).toEqual({ url: 'https://www.youtube.com/watch?v=abc', caption: [[{ text: 'The debate' }]], credit: [[{ text: 'Munk Debates' }]] });
  });

  it('parseStory(value) says what is wrong with something that is not a story', () => {
    expect(parseStory([1, 2]).issues).toMatchObject([{ path: '(file)', message: 'is a list (JSON array), not a Quoteline or TimelineJS story: expected an object with an "events" list' }]);
    expect(parseStory(42).issues[0]?.message).toBe('is a number, not a Quoteline or TimelineJS story: expected an object with an "events" list');
    expect(parseStory({ title: 'T' }).issues[0]?.message).toMatch(/^is an object without an "events" list, not/);
  });

  it('parseStory(doc) requires a zone for times and keeps it', () => {
    const { story } = parseStory(nativeStory([nativeEvent({ start: '2024-05-27T21:15', timeZone: 'America/Los_Angeles' })]));
    expect(story?.events[0]?.start).toEqual({ year: 2024, month: 5, day: 27, hour: 21, minute: 15, precision: 'minute', timeZone: 'America/Los_Angeles' });
  });
});
