import { useCallback, useEffect, useMemo, useState } from 'react';
import { createMatchNavigation, type MatchNavigation } from '../a11y/matchNavigation';
import type { Story } from '../data/types';
import { foldPersonName, listPeople, type PersonFacet } from '../search/people';
import { EMPTY_QUERY, isQueryActive, type SearchQuery } from '../search/query';
import { createSearchIndex, searchStory, type SearchIndex, type SearchResult } from '../search/searchIndex';

/** Which view of the story shows: the timeline (track and panel) or the list of quotes. */
export type StoryView = 'timeline' | 'quotes';

/** Options for `useStorySearch`: query and view are controlled when given, owned by the hook when not. */
export interface StorySearchOptions {
  story: Story;
  /** Search text and chips, for a controlled search. */
  query?: SearchQuery | undefined;
  /** Called with every query the reader makes (each keystroke, each chip). */
  onQueryChange?: ((query: SearchQuery) => void) | undefined;
  /** The view, for a controlled switch. */
  view?: StoryView | undefined;
  /** Called when the reader switches views. */
  onViewChange?: ((view: StoryView) => void) | undefined;
}

/** The search state of a timeline. */
export interface StorySearchResult {
  query: SearchQuery;
  setQuery: (query: SearchQuery) => void;
  view: StoryView;
  setView: (view: StoryView) => void;
  /** The result of the query; null until the index is built (the field's first focus, or idle), and while no search is active on the timeline. */
  result: SearchResult | null;
  /** True when the query filters something and its result is known. */
  isActive: boolean;
  /** Per event index (time order): whether it matches; undefined when no search is active (nothing is dimmed). */
  matches: readonly boolean[] | undefined;
  /** Where ← → and Page keys go while a search is active; undefined otherwise. */
  navigation: MatchNavigation | undefined;
  /** People of the story, most quoted first, for the chips. */
  people: readonly PersonFacet[];
  /** Builds the index now, if it is not built yet (the search field was focused). */
  prepare: () => void;
}

/** Time before idle building starts anyway, where there is no requestIdleCallback (Safari). @default 1000 */
export const INDEX_IDLE_FALLBACK_MS = 1000;
/**
 * Largest story whose index is built when the page is first idle. Building is one task that reads
 * every event (measured: about 340 ms at 10,000 events on the shared bench machine), which would
 * be the page's longest task just after it loads (issue 13); bigger stories build it on the
 * field's first focus, or when the URL asks for a search. @default 2000
 */
export const IDLE_INDEX_MAX_EVENTS = 2000;

function keepKnownFilters(query: SearchQuery, story: Story, people: readonly PersonFacet[]): SearchQuery {
  if (query.people.length === 0 && query.categories.length === 0) return query;
  const names = new Set(people.map((person) => foldPersonName(person.name)));
  const knownPeople = query.people.filter((name) => names.has(foldPersonName(name)));
  const knownCategories = query.categories.filter((id) => story.categories.some((category) => category.id === id));
  if (knownPeople.length === query.people.length && knownCategories.length === query.categories.length) return query;
  return { ...query, people: knownPeople, categories: knownCategories };
}

/** One query answered when the index is built, so that the reader's first keystroke does not also pay for the engine's first run (measured: 40–55 ms for the first "r" at 10,000 events, 10 ms after). */
const WARM_UP_QUERY: SearchQuery = { text: 'e', people: [], categories: [] };

function prepareIndex(story: Story): SearchIndex {
  const index = createSearchIndex(story);
  searchStory(index, WARM_UP_QUERY);
  return index;
}

/**
 * The search of a timeline, wired: the query and the view (controlled or not), and the index, built
 * once per story off the first paint (when the browser is first idle, for stories up to
 * IDLE_INDEX_MAX_EVENTS; when the field is first focused; or at once when the URL already asks for a search). Each query is answered in render,
 * with no debounce: the index makes a keystroke cheap (bench/README.md, "Search").
 */
export function useStorySearch({ story, query, onQueryChange, view, onViewChange }: StorySearchOptions): StorySearchResult {
  const [ownQuery, setOwnQuery] = useState<SearchQuery>(EMPTY_QUERY);
  const [ownView, setOwnView] = useState<StoryView>('timeline');
  const [isRequested, setIsRequested] = useState(false);
  const people = useMemo(() => listPeople(story), [story]);
  // A link may name a person or category the story does not have (a typo, another story's link):
  // such a filter has no chip to turn it off, so it is ignored rather than hiding every event.
  const currentQuery = useMemo(() => keepKnownFilters(query ?? ownQuery, story, people), [query, ownQuery, story, people]);
  const currentView = view ?? ownView;
  const isWanted = isRequested || isQueryActive(currentQuery) || currentView === 'quotes';
  // createSearchIndex keeps one index per story object: asking again is free.
  const index: SearchIndex | null = useMemo(() => (isWanted ? prepareIndex(story) : null), [isWanted, story]);

  const isSmall = story.events.length <= IDLE_INDEX_MAX_EVENTS;
  useEffect(() => {
    if (isRequested || !isSmall) return undefined;
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setIsRequested(true));
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIsRequested(true), INDEX_IDLE_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [isRequested, isSmall]);

  // With no search the timeline needs no result (each would be arrays of the story's length); the quotes view lists every quote.
  const isNeeded = isQueryActive(currentQuery) || currentView === 'quotes';
  const result = useMemo(() => (index && isNeeded ? searchStory(index, currentQuery) : null), [index, isNeeded, currentQuery]);
  const isActive = result?.isActive ?? false;
  const times = useMemo(() => story.events.map((event) => event.time), [story.events]);
  const eventIndexes = result?.eventIndexes;
  const navigation = useMemo(() => (isActive && eventIndexes ? createMatchNavigation(eventIndexes, times) : undefined), [isActive, eventIndexes, times]);
  const matches = isActive ? result?.matches : undefined;

  const setQuery = useCallback(
    (next: SearchQuery): void => {
      if (query === undefined) setOwnQuery(next);
      onQueryChange?.(next);
    },
    [query, onQueryChange],
  );
  const setView = useCallback(
    (next: StoryView): void => {
      if (view === undefined) setOwnView(next);
      onViewChange?.(next);
    },
    [view, onViewChange],
  );
  const prepare = useCallback(() => setIsRequested(true), []);

  return { query: currentQuery, setQuery, view: currentView, setView, result, isActive, matches, navigation, people, prepare };
}
