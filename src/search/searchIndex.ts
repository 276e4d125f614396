import { getBlockParagraphs } from '../data/text';
import type { Block, Story, TimelineEvent } from '../data/types';
import { foldForSearch, getQueryTerms } from './normalize';
import { foldPersonName } from './people';
import { isQueryActive, type SearchQuery } from './query';

/** A story made ready for searching: build it once per story (`createSearchIndex`), then query it on every keystroke. */
export interface SearchIndex {
  /** Number of events indexed (the story's). */
  readonly eventCount: number;
}

/** One quote of the result: `story.events[eventIndex].quotes[quoteIndex]`. */
export interface QuoteMatch {
  eventIndex: number;
  quoteIndex: number;
}

/** What a query keeps of a story. */
export interface SearchResult {
  /** False when the query filters nothing: then every event matches and every quote is listed. */
  isActive: boolean;
  /** `matches[i]`: event `i` (story order, which is time order) matches. */
  matches: readonly boolean[];
  /** Indexes of the matching events, ascending. */
  eventIndexes: readonly number[];
  /** The quotes the quotes view lists, in time order (see `searchStory` for which). */
  quotes: readonly QuoteMatch[];
}

interface IndexedEvent {
  /** Every searchable field of the event, folded, one per line. */
  haystack: string;
  /** Per quote: its text, speaker, place, note and source's title and publisher, folded. */
  quoteHaystacks: string[];
  /** Per quote: the folded speaker. */
  speakers: string[];
  /** Folded names of the event's people and its quotes' speakers. */
  people: Set<string>;
  categoryId: string;
}

interface IndexData {
  events: IndexedEvent[];
  /** The last query answered, to narrow the next one while the reader types. */
  last: { terms: string[]; people: string; categories: string; eventIndexes: readonly number[] } | null;
}

/** Indexes built, by story: building reads every summary (possibly reducing HTML), so it happens once per story. */
const indexes = new WeakMap<Story, SearchIndex>();
const indexData = new WeakMap<SearchIndex, IndexData>();

/**
 * Builds the search index of a story, or returns the one already built for that story object. It
 * reads every event's summary once (summaries may be lazy and reduce HTML when first read), so
 * call it when idle or when the search field is first focused, not during the first paint.
 */
export function createSearchIndex(story: Story): SearchIndex {
  const built = indexes.get(story);
  if (built) return built;
  const index: SearchIndex = { eventCount: story.events.length };
  indexData.set(index, { events: story.events.map(indexEvent), last: null });
  indexes.set(story, index);
  return index;
}

/**
 * Which events and quotes of the indexed story match a query.
 *
 * - Text: the query is split on white space into terms, folded like the text (case and diacritics
 *   ignored). An event matches when every term is a substring of one of its fields: headline,
 *   label, summary, people, quotes (text, speaker, place, note), editor notes, sources' titles and
 *   publishers. Terms may be found in different fields.
 * - People: an event matches when one of its `people` or one of its quotes' speakers is any of the
 *   chosen people (names compared folded).
 * - Categories: an event matches when its category id is any of the chosen ones.
 * - Text, people and categories combine with AND; several people, or several categories, with OR.
 *
 * Quotes listed, from the matching events only, in time order: with people chosen, only quotes
 * spoken by them. With text, the quotes that hold at least one term in their own text, speaker,
 * place, note or source (title, publisher); when no quote of the event holds any term (the event
 * matched through its headline, summary, notes or sources) all its quotes, as the event is what
 * was found. So "papers" with Yann LeCun chosen lists LeCun's "Over 80 technical papers…" and none
 * of Musk's replies in the same exchange.
 */
export function searchStory(index: SearchIndex, query: SearchQuery): SearchResult {
  const data = indexData.get(index);
  if (!data) throw new Error('searchStory needs an index made by createSearchIndex');
  const { events } = data;
  if (!isQueryActive(query)) return getEverything(events);
  const terms = getQueryTerms(query.text);
  const people = new Set(query.people.map(foldPersonName));
  const categories = new Set(query.categories);
  const peopleKey = [...people].sort().join('\n');
  const categoriesKey = [...categories].sort().join('\n');
  const last = data.last;
  // While typing, each new query only adds to terms of the last one: its matches are among the last's.
  const candidates = last && last.people === peopleKey && last.categories === categoriesKey && last.terms.every((old) => terms.some((term) => term.includes(old))) ? last.eventIndexes : null;
  const eventIndexes: number[] = [];
  const visit = (eventIndex: number): void => {
    const event = events[eventIndex];
    if (event && isEventMatch(event, terms, people, categories)) eventIndexes.push(eventIndex);
  };
  if (candidates) candidates.forEach(visit);
  else for (let eventIndex = 0; eventIndex < events.length; eventIndex += 1) visit(eventIndex);
  data.last = { terms, people: peopleKey, categories: categoriesKey, eventIndexes };

  const matches = new Array<boolean>(events.length).fill(false);
  const quotes: QuoteMatch[] = [];
  for (const eventIndex of eventIndexes) {
    matches[eventIndex] = true;
    const event = events[eventIndex];
    if (!event) continue;
    for (const quoteIndex of selectQuotes(event, terms, people)) quotes.push({ eventIndex, quoteIndex });
  }
  return { isActive: true, matches, eventIndexes, quotes };
}

function isEventMatch(event: IndexedEvent, terms: readonly string[], people: ReadonlySet<string>, categories: ReadonlySet<string>): boolean {
  if (categories.size > 0 && !categories.has(event.categoryId)) return false;
  if (people.size > 0 && !hasAny(event.people, people)) return false;
  return terms.every((term) => event.haystack.includes(term));
}

function selectQuotes(event: IndexedEvent, terms: readonly string[], people: ReadonlySet<string>): number[] {
  const spoken = event.speakers.flatMap((speaker, quoteIndex) => (people.size === 0 || people.has(speaker) ? [quoteIndex] : []));
  if (terms.length === 0) return spoken;
  const holdsTerm = (quoteIndex: number): boolean => terms.some((term) => event.quoteHaystacks[quoteIndex]?.includes(term) ?? false);
  if (!event.quoteHaystacks.some((_, quoteIndex) => holdsTerm(quoteIndex))) return spoken;
  return spoken.filter(holdsTerm);
}

function getEverything(events: readonly IndexedEvent[]): SearchResult {
  const eventIndexes = events.map((_, eventIndex) => eventIndex);
  const quotes = events.flatMap((event, eventIndex) => event.speakers.map((_, quoteIndex) => ({ eventIndex, quoteIndex })));
  return { isActive: false, matches: new Array<boolean>(events.length).fill(true), eventIndexes, quotes };
}

function hasAny(names: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const name of wanted) if (names.has(name)) return true;
  return false;
}

function indexEvent(event: TimelineEvent): IndexedEvent {
  const quoteHaystacks = event.quotes.map((quote) => {
    const source = quote.sourceId === undefined ? undefined : event.sources.find((candidate) => candidate.id === quote.sourceId);
    return foldForSearch(joinFields([quote.text, quote.speaker, quote.where, quote.note, source?.title, source?.publisher]));
  });
  const fields = [
    event.headline,
    event.label,
    getBlocksText(event.summary), // the one read of a possibly lazy summary
    ...event.people,
    ...event.notes.map((note) => note.text),
    ...event.sources.flatMap((source) => [source.title, source.publisher]),
  ];
  const speakers = event.quotes.map((quote) => foldPersonName(quote.speaker));
  return {
    haystack: [foldForSearch(joinFields(fields)), ...quoteHaystacks].join('\n'),
    quoteHaystacks,
    speakers,
    people: new Set([...event.people.map(foldPersonName), ...speakers]),
    categoryId: event.category.id,
  };
}

/** Fields one per line, so that no term is found across two of them. */
function joinFields(fields: readonly (string | undefined)[]): string {
  return fields.filter((field) => field !== undefined && field !== '').join('\n');
}

/** The text of blocks: the runs of a paragraph joined (a word may be split by emphasis), paragraphs one per line. */
function getBlocksText(blocks: readonly Block[]): string {
  return blocks.flatMap((block) => getBlockParagraphs(block).map((paragraph) => paragraph.map((inline) => inline.text).join(''))).join('\n');
}
