import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/data/parseStory';
import type { Story } from '../../src/data/types';
import { EMPTY_QUERY, type SearchQuery } from '../../src/search/query';
import { createSearchIndex, searchStory, type SearchResult } from '../../src/search/searchIndex';
import bundled from '../../stories/lecun-musk.json';
import { nativeEvent, nativeStory } from '../helpers/story';

function parse(document: unknown): Story {
  const { story, issues } = parseStory(document);
  if (!story || issues.length > 0) throw new Error(JSON.stringify(issues));
  return story;
}

/** A small story in which each searchable field holds one word no other field holds. */
const storyDocument = nativeStory([
  nativeEvent({
    id: 'headline',
    start: '2024-01-01',
    headline: 'Musk announces Grok',
    label: 'Grok launch',
    summary: 'A chatbot from xAI.',
    category: 'exchange',
    people: ['Elon Musk'],
    sources: [{ id: 'wired', title: 'Inside the Grokipedia', publisher: 'Wired Magazine', url: 'https://example.org/w' }],
    quotes: [{ text: 'It will be maximally truth-seeking.', speaker: 'Elon Musk', where: 'Spaces', source: 'wired', note: 'Said live.' }],
  }),
  nativeEvent({
    id: 'summary',
    start: '2024-02-01',
    headline: 'A debate in Montréal',
    summary: '<p>LeCun argued that <em>open</em> models are safer.</p><ul><li>Regulation</li><li>Décision of the panel</li></ul>',
    category: 'debate',
    people: ['Yann LeCun', 'Yoshua Bengio'],
    quotes: [
      { text: 'Open research is the antidote.', speaker: 'Yann LeCun', source: 'src' },
      { text: 'We need guardrails.', speaker: 'Yoshua Bengio', source: 'src', note: 'Editor: paraphrased in the room.' },
    ],
  }),
  nativeEvent({
    id: 'notes',
    start: '2024-03-01',
    headline: 'A correction',
    summary: 'Nothing else here.',
    category: 'context',
    notes: [{ kind: 'correction', text: 'An earlier version misdated the hearing.' }],
    sources: [{ id: 'ft', title: 'Hearing report', publisher: 'Financial Times', url: 'https://example.org/ft' }],
  }),
  nativeEvent({
    id: 'speaker-only',
    start: '2024-04-01',
    headline: 'A reply on X',
    summary: 'The reply.',
    category: 'exchange',
    quotes: [{ text: 'Nope.', speaker: 'Yann LeCun', where: 'Threads', source: 'src' }],
  }),
]);
const story = parse(storyDocument);
const index = createSearchIndex(story);

function ids(result: SearchResult): string[] {
  return result.eventIndexes.map((eventIndex) => story.events[eventIndex]?.id ?? '?');
}

function search(query: Partial<SearchQuery>): SearchResult {
  return searchStory(index, { ...EMPTY_QUERY, ...query });
}

describe('searchStory', () => {
  it('searchStory(index, empty query) is inactive: every event matches and every quote is listed', () => {
    const result = search({ text: '   ' });
    expect(result.isActive).toBe(false);
    expect(result.matches).toEqual([true, true, true, true]);
    expect(ids(result)).toEqual(['headline', 'summary', 'notes', 'speaker-only']);
    expect(result.quotes).toHaveLength(4);
  });

  it('searchStory(index, text) finds each field: headline, label, summary, list items, quotes, speakers, places, notes, sources', () => {
    expect(ids(search({ text: 'announces' }))).toEqual(['headline']); // headline
    expect(ids(search({ text: 'launch' }))).toEqual(['headline']); // label
    expect(ids(search({ text: 'chatbot' }))).toEqual(['headline']); // summary
    expect(ids(search({ text: 'regulation' }))).toEqual(['summary']); // a list item of the summary
    expect(ids(search({ text: 'open models' }))).toEqual(['summary']); // across emphasis
    expect(ids(search({ text: 'antidote' }))).toEqual(['summary']); // quote text
    expect(ids(search({ text: 'bengio' }))).toEqual(['summary']); // speaker (and person)
    expect(ids(search({ text: 'threads' }))).toEqual(['speaker-only']); // where
    expect(ids(search({ text: 'paraphrased' }))).toEqual(['summary']); // quote note
    expect(ids(search({ text: 'misdated' }))).toEqual(['notes']); // editor note
    expect(ids(search({ text: 'grokipedia' }))).toEqual(['headline']); // source title
    expect(ids(search({ text: 'financial times' }))).toEqual(['notes']); // source publisher
  });

  it('searchStory(index, text) ignores case and diacritics both ways', () => {
    expect(ids(search({ text: 'LECUN' }))).toEqual(['summary', 'speaker-only']);
    expect(ids(search({ text: 'decision' }))).toEqual(['summary']);
    expect(ids(search({ text: 'montreal' }))).toEqual(['summary']);
    expect(ids(search({ text: 'MONTRÉAL' }))).toEqual(['summary']);
  });

  it('searchStory(index, text) needs every term somewhere in the event (AND), in any field', () => {
    expect(ids(search({ text: 'grok truth' }))).toEqual(['headline']);
    expect(ids(search({ text: 'lecun nope' }))).toEqual(['speaker-only']);
    expect(ids(search({ text: 'grok antidote' }))).toEqual([]);
  });

  it('searchStory(index, text) matches nothing for an unknown word, and marks every event false', () => {
    const result = search({ text: 'zeppelin' });
    expect(result.isActive).toBe(true);
    expect(result.matches).toEqual([false, false, false, false]);
    expect(result.eventIndexes).toEqual([]);
    expect(result.quotes).toEqual([]);
  });

  it('searchStory(index, people) keeps events with the person in `people` or as a speaker; several people are OR', () => {
    expect(ids(search({ people: ['Elon Musk'] }))).toEqual(['headline']);
    expect(ids(search({ people: ['Yann LeCun'] }))).toEqual(['summary', 'speaker-only']); // the second only as a speaker
    expect(ids(search({ people: ['Elon Musk', 'Yoshua Bengio'] }))).toEqual(['headline', 'summary']);
    expect(ids(search({ people: ['yann  lecun'] }))).toEqual(['summary', 'speaker-only']);
  });

  it('searchStory(index, categories) keeps events of any of the categories', () => {
    expect(ids(search({ categories: ['exchange'] }))).toEqual(['headline', 'speaker-only']);
    expect(ids(search({ categories: ['debate', 'context'] }))).toEqual(['summary', 'notes']);
  });

  it('searchStory(index, query) combines text, people and categories with AND', () => {
    expect(ids(search({ people: ['Yann LeCun'], categories: ['exchange'] }))).toEqual(['speaker-only']);
    expect(ids(search({ text: 'reply', people: ['Yann LeCun'], categories: ['exchange'] }))).toEqual(['speaker-only']);
    expect(ids(search({ text: 'grok', people: ['Yann LeCun'] }))).toEqual([]);
    expect(ids(search({ text: 'grok', categories: ['debate'] }))).toEqual([]);
  });

  it('searchStory(index, people) lists only the quotes those people speak', () => {
    const result = search({ people: ['Yoshua Bengio'] });
    expect(result.quotes).toEqual([{ eventIndex: 1, quoteIndex: 1 }]);
  });

  it('searchStory(index, text) lists the quotes that hold a term, or all quotes of an event found through its other fields', () => {
    expect(search({ text: 'guardrails' }).quotes).toEqual([{ eventIndex: 1, quoteIndex: 1 }]);
    expect(search({ text: 'montreal' }).quotes).toEqual([
      { eventIndex: 1, quoteIndex: 0 },
      { eventIndex: 1, quoteIndex: 1 },
    ]);
    expect(search({ text: 'montreal', people: ['Yann LeCun'] }).quotes).toEqual([{ eventIndex: 1, quoteIndex: 0 }]);
    // A quote's source counts as the quote's own: "wired" names the source of the Grok quote.
    expect(search({ text: 'wired' }).quotes).toEqual([{ eventIndex: 0, quoteIndex: 0 }]);
  });

  it('searchStory(index, query) gives the same result while typing (narrowing) as a fresh index, also when deleting or changing filters', () => {
    const steps: Partial<SearchQuery>[] = ['l', 'le', 'lec', 'lecun', 'lecun ', 'lecun n', 'lecun no', 'lecun n', 'lecun', 'lec', 're', 'reply', 'repl'].map((text) => ({ text }));
    steps.push({ text: 'r', people: ['Yann LeCun'] }, { text: 're', people: ['Yann LeCun'] }, { text: 're' }, { text: 're', categories: ['debate'] }, { text: 'rep', categories: ['debate'] });
    for (const step of steps) {
      const freshStory = parse(storyDocument);
      const fresh = searchStory(createSearchIndex(freshStory), { ...EMPTY_QUERY, ...step });
      expect(search(step).eventIndexes, JSON.stringify(step)).toEqual(fresh.eventIndexes);
    }
  });
});

describe('createSearchIndex', () => {
  it('createSearchIndex(story) builds once per story and reads each summary once', () => {
    const [event] = parse(nativeStory([nativeEvent({ summary: 'Lazy words.' })])).events;
    if (!event) throw new Error('no event');
    const summary = event.summary;
    let reads = 0;
    Object.defineProperty(event, 'summary', { get: () => ((reads += 1), summary) });
    const lazyStory = parse(nativeStory([]));
    lazyStory.events.push(event);
    expect(reads).toBe(0);
    const first = createSearchIndex(lazyStory);
    expect(createSearchIndex(lazyStory)).toBe(first);
    expect(reads).toBe(1);
    expect(searchStory(first, { ...EMPTY_QUERY, text: 'lazy' }).eventIndexes).toEqual([0]);
    expect(reads).toBe(1);
  });
});

describe('searchStory on the bundled story (stories/lecun-musk.json)', () => {
  const lecunMusk = parse(bundled);
  const lecunMuskIndex = createSearchIndex(lecunMusk);
  const quoteTexts = (result: SearchResult): string[] => result.quotes.map(({ eventIndex, quoteIndex }) => lecunMusk.events[eventIndex]?.quotes[quoteIndex]?.text ?? '?');

  it('searchStory(index, {text: "papers", people: [Yann LeCun]}) lists LeCun’s “Over 80 technical papers…” and none of Musk’s replies', () => {
    const result = searchStory(lecunMuskIndex, { text: 'papers', people: ['Yann LeCun'], categories: [] });
    const memorial = lecunMusk.events.findIndex((event) => event.id === 'memorial-day-exchange');
    expect(result.matches[memorial]).toBe(true);
    const texts = quoteTexts(result);
    expect(texts).toContain('Over 80 technical papers published since January 2022. What about you?');
    const memorialSpeakers = result.quotes.filter((quote) => quote.eventIndex === memorial).map((quote) => lecunMusk.events[memorial]?.quotes[quote.quoteIndex]?.speaker);
    expect(memorialSpeakers).toEqual(['Yann LeCun']);
  });

  it('searchStory(index, {text: "lecun"}) finds LeCun in text written “LeCun”, and its quotes in time order', () => {
    const result = searchStory(lecunMuskIndex, { ...EMPTY_QUERY, text: 'lecun' });
    expect(result.eventIndexes.length).toBeGreaterThan(5);
    const times = result.quotes.map((quote) => lecunMusk.events[quote.eventIndex]?.time ?? 0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('searchStory at 10,000 events', () => {
  it('searchStory(index, query) answers each keystroke of a five-letter word, narrowing as the reader types', () => {
    const words = ['apple', 'grape', 'lemon', 'mango', 'peach'];
    const big = parse(
      nativeStory(
        Array.from({ length: 10_000 }, (_, eventIndex) =>
          nativeEvent({
            id: `event-${eventIndex}`,
            start: `${2000 + Math.floor(eventIndex / 365)}-01-01`,
            headline: `Headline ${eventIndex} about ${words[eventIndex % words.length]}`,
            summary: `A summary of event ${eventIndex}, with a décision.`,
          }),
        ),
      ),
    );
    const bigIndex = createSearchIndex(big);
    const counts = ['l', 'le', 'lem', 'lemo', 'lemon'].map((text) => searchStory(bigIndex, { ...EMPTY_QUERY, text }).eventIndexes.length);
    expect(counts).toEqual([10_000, 4_000, 2_000, 2_000, 2_000]); // "le" is in apple too
    expect(searchStory(bigIndex, { ...EMPTY_QUERY, text: 'apple 9995' }).eventIndexes).toEqual([9995]);
    expect(searchStory(bigIndex, { ...EMPTY_QUERY, text: 'decision' }).eventIndexes).toHaveLength(10_000);
  });
});
