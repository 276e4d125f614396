import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/data/parseStory';
import bundled from '../../stories/lecun-musk.json';

const SEED_TITLE = 'Yann LeCun, AI pioneer, sharply criticizes Elon Musk over treatment of scientists and spreading of misinformation';
const seedText = readFileSync(new URL('../fixtures/sources/venturebeat-lecun-musk-2024.txt', import.meta.url), 'utf8');
const { story, issues } = parseStory(bundled);
const events = story?.events ?? [];

describe('the bundled story (stories/lecun-musk.json)', () => {
  it('parses without problems', () => {
    expect(issues).toEqual([]);
    expect(events.length).toBeGreaterThanOrEqual(15);
  });

  it('quotes the VentureBeat article character for character, typographic quotes included', () => {
    const seedQuotes = events.flatMap((event) =>
      event.quotes.filter((quote) => event.sources.find((source) => source.id === quote.sourceId)?.title === SEED_TITLE).map((quote) => ({ id: event.id, text: quote.text })),
    );
    expect(seedQuotes.length).toBeGreaterThan(5);
    const missing = seedQuotes.filter((quote) => !seedText.includes(quote.text));
    expect(missing).toEqual([]);
  });

  it('never quotes the advertising paragraphs of the article', () => {
    const quoted = events.flatMap((event) => event.quotes.map((quote) => quote.text)).join('\n');
    expect(quoted).not.toMatch(/AI Impact Tour|AI Audit/);
  });

  it('gives every event at least one source and every quote a source of its event', () => {
    expect(events.filter((event) => event.sources.length === 0).map((event) => event.id)).toEqual([]);
    const unsourced = events.flatMap((event) => event.quotes.filter((quote) => quote.sourceId === undefined).map(() => event.id));
    expect(unsourced).toEqual([]);
  });

  it('covers the feud: the Bengio debate, the Memorial Day exchange, the five critique themes and their context', () => {
    const ids = events.map((event) => event.id);
    for (const id of [
      'lecun-bengio-debate',
      'xai-recruiting-jab',
      'memorial-day-exchange',
      'lecun-critique-scientists',
      'lecun-critique-hype',
      'lecun-critique-press',
      'lecun-critique-conspiracies',
      'lecun-critique-moderation',
      'musk-acquires-twitter',
      'twitter-rebrands-as-x',
      'xai-announced',
    ]) {
      expect(ids).toContain(id);
    }
    const exchange = events.find((event) => event.id === 'memorial-day-exchange');
    expect(exchange?.quotes.map((quote) => quote.text)).toEqual(
      expect.arrayContaining(["What 'science' have you done in the past 5 years?", 'Over 80 technical papers published since January 2022. What about you?']),
    );
    expect(story?.startEventId).toBe('memorial-day-exchange');
  });

  it('dates the Twitter acquisition to October 2022 and corrects the article in a visible note', () => {
    const acquisition = events.find((event) => event.id === 'musk-acquires-twitter');
    expect(acquisition?.start).toMatchObject({ year: 2022, month: 10, day: 27 });
    expect(acquisition?.notes.some((note) => note.kind === 'correction' && /last year/.test(note.text))).toBe(true);
  });
});
