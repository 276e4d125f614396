import { getSummaryHtml } from '../data/lazySummary';
import { getBlockParagraphs } from '../data/text';
import type { Block, Story, TimelineEvent } from '../data/types';
import { getHtmlText } from './htmlText';
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
  readonly eventIndex: number;
  readonly quoteIndex: number;
}

/** What a query keeps of a story. */
export interface SearchResult {
  /** False when the query filters nothing: then every event matches and every quote is listed. */
  isActive: boolean;
  /** `matches[i]`: event `i` (story order, which is time order) matches. */
  matches: readonly boolean[];
  /** Indexes of the matching events, ascending. */
  eventIndexes: readonly number[];
  /** The quotes the quotes view lists, in time order (see `searchStory` for which); worked out on first read. */
  quotes: readonly QuoteMatch[];
}

interface IndexedEvent {
  /** Every searchable field of the event, folded, one per line: its own fields, then its quotes'. */
  haystack: string;
  /** Per quote: its text, speaker, place, note and source's title and publisher, folded. */
  quoteHaystacks: string[];
  /** Per quote: the folded speaker. */
  speakers: string[];
  /** Per quote: its one `QuoteMatch`, made once so that keystrokes allocate none. */
  quoteMatches: QuoteMatch[];
  /** Folded names of the event's people and its quotes' speakers. */
  people: Set<string>;
  categoryId: string;
}

interface IndexData {
  events: IndexedEvent[];
  /** The result of an inactive query, made on first need. */
  everything: SearchResult | undefined;
  /** The last query answered, to narrow the next one while the reader types. */
  last: { terms: string[]; people: string; categories: string; eventIndexes: readonly number[] } | undefined;
}

/** Indexes built, by story: building reads every summary (possibly reducing HTML), so it happens once per story. */
const indexes = new WeakMap<Story, SearchIndex>();
const indexData = new WeakMap<SearchIndex, IndexData>();

/**
 * Builds the search index of a story, or returns the one already built for that story object.
 * It folds all the story's text (summaries still HTML are read from their HTML, not reduced), so
 * call it when idle or when the search field is first focused, not during the first paint.
 */
export function createSearchIndex(story: Story): SearchIndex {
  const built = indexes.get(story);
  if (built) return built;
  const index: SearchIndex = { eventCount: story.events.length };
  indexData.set(index, { events: story.events.map(indexEvent), everything: undefined, last: undefined });
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
 *
 * Cost: one substring search per term and event, fewer while typing (a query that extends the last
 * one reads only the last one's matches); `quotes` is worked out when first read.
 */
export function searchStory(index: SearchIndex, query: SearchQuery): SearchResult {
  const data = indexData.get(index);
  if (!data) throw new Error('searchStory needs an index made by createSearchIndex');
  const { events } = data;
  if (!isQueryActive(query)) return (data.everything ??= getEverything(events));
  const terms = getQueryTerms(query.text);
  const people = new Set(query.people.map(foldPersonName));
  const categories = new Set(query.categories);
  const peopleKey = [...people].sort().join('\n');
  const categoriesKey = [...categories].sort().join('\n');
  const { last } = data;
  // While the reader types, every term of the last query is part of a term of this one: this
  // query's matches are among the last one's, so only those are read again.
  const isNarrowing = last !== undefined && last.people === peopleKey && last.categories === categoriesKey && last.terms.every((old) => terms.some((term) => term.includes(old)));
  const candidates = isNarrowing ? last.eventIndexes : undefined;
  const count = candidates ? candidates.length : events.length;
  // A longer term is rarer and searched faster: trying it first rules most events out sooner.
  const longestFirst = [...terms].sort((a, b) => b.length - a.length);
  const eventIndexes: number[] = [];
  for (let position = 0; position < count; position += 1) {
    const eventIndex = candidates ? (candidates[position] ?? 0) : position;
    const event = events[eventIndex];
    if (event && isEventMatch(event, longestFirst, people, categories)) eventIndexes.push(eventIndex);
  }
  data.last = { terms, people: peopleKey, categories: categoriesKey, eventIndexes };
  const matches = new Array<boolean>(events.length).fill(false);
  for (const eventIndex of eventIndexes) matches[eventIndex] = true;
  let quotes: QuoteMatch[] | undefined;
  return {
    isActive: true,
    matches,
    eventIndexes,
    get quotes() {
      if (quotes) return quotes;
      quotes = [];
      for (const eventIndex of eventIndexes) {
        const event = events[eventIndex];
        if (event && event.quoteMatches.length > 0) addQuotes(quotes, event, terms, people);
      }
      return quotes;
    },
  };
}

function isEventMatch(event: IndexedEvent, terms: readonly string[], people: ReadonlySet<string>, categories: ReadonlySet<string>): boolean {
  if (categories.size > 0 && !categories.has(event.categoryId)) return false;
  if (people.size > 0 && !hasAny(event.people, people)) return false;
  for (const term of terms) if (!event.haystack.includes(term)) return false;
  return true;
}

/** Adds the quotes of a matching event that the quotes view lists (see `searchStory`). */
function addQuotes(quotes: QuoteMatch[], event: IndexedEvent, terms: readonly string[], people: ReadonlySet<string>): void {
  const { quoteHaystacks, speakers, quoteMatches } = event;
  // With text, only the quotes holding a term; but when none does, the event matched through its
  // other fields and all its quotes are listed.
  const isHolding = (quoteIndex: number): boolean => terms.some((term) => quoteHaystacks[quoteIndex]?.includes(term) === true);
  const isSomeHolding = terms.length > 0 && quoteHaystacks.some((_, quoteIndex) => isHolding(quoteIndex));
  for (let quoteIndex = 0; quoteIndex < quoteMatches.length; quoteIndex += 1) {
    const match = quoteMatches[quoteIndex];
    if (!match || (isSomeHolding && !isHolding(quoteIndex))) continue;
    if (people.size > 0 && !people.has(speakers[quoteIndex] ?? '')) continue;
    quotes.push(match);
  }
}

function getEverything(events: readonly IndexedEvent[]): SearchResult {
  return {
    isActive: false,
    matches: events.map(() => true),
    eventIndexes: events.map((_, eventIndex) => eventIndex),
    quotes: events.flatMap((event) => event.quoteMatches),
  };
}

function hasAny(names: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const name of wanted) if (names.has(name)) return true;
  return false;
}

/** Separates an event's own fields from each quote's in the text folded at once (folding keeps it as it is). */
const QUOTE_BREAK = '\u0001';

function indexEvent(event: TimelineEvent, eventIndex: number): IndexedEvent {
  let text = event.headline + '\n' + event.label + '\n' + getSummaryText(event);
  for (const person of event.people) text += '\n' + person;
  for (const note of event.notes) text += '\n' + note.text;
  for (const source of event.sources) text += '\n' + source.title + '\n' + source.publisher;
  for (let quoteIndex = 0; quoteIndex < event.quotes.length; quoteIndex += 1) text += QUOTE_BREAK + getQuoteText(event, quoteIndex);
  // One fold per event: folding is done code point by code point, so the parts stay apart.
  const folded = foldForSearch(text);
  const parts = folded.split(QUOTE_BREAK);
  // A story's own text could hold the separator: then each quote is folded apart.
  const quoteHaystacks = parts.length === event.quotes.length + 1 ? parts.slice(1) : event.quotes.map((_, quoteIndex) => foldForSearch(getQuoteText(event, quoteIndex)));
  const speakers = event.quotes.map((quote) => foldPersonName(quote.speaker));
  return {
    haystack: folded,
    quoteHaystacks,
    speakers,
    quoteMatches: event.quotes.map((_, quoteIndex) => ({ eventIndex, quoteIndex })),
    people: new Set([...event.people.map(foldPersonName), ...speakers]),
    categoryId: event.category.id,
  };
}

/** A quote's text, speaker, place, note and source's title and publisher, one per line. */
function getQuoteText(event: TimelineEvent, quoteIndex: number): string {
  const quote = event.quotes[quoteIndex];
  if (!quote) return '';
  const source = quote.sourceId === undefined ? undefined : event.sources.find((candidate) => candidate.id === quote.sourceId);
  let text = quote.text + '\n' + quote.speaker;
  for (const field of [quote.where, quote.note, source?.title, source?.publisher]) if (field !== undefined) text += '\n' + field;
  return text;
}

/**
 * The text of an event's summary. A lazy summary is HTML that reading would reduce (one DOMParser
 * each, on the page): its text is taken from the HTML instead, read or not, as reducing ten
 * thousand of them at once would hold the page. Other summaries are read once, here.
 */
function getSummaryText(event: TimelineEvent): string {
  const html = getSummaryHtml(event);
  return html === undefined ? getBlocksText(event.summary) : getHtmlText(html);
}

/** The text of blocks: the runs of a paragraph joined (a word may be split by emphasis), paragraphs one per line. */
function getBlocksText(blocks: readonly Block[]): string {
  let text = '';
  for (const block of blocks) {
    for (const paragraph of getBlockParagraphs(block)) {
      if (text !== '') text += '\n';
      for (const inline of paragraph) text += inline.text;
    }
  }
  return text;
}
