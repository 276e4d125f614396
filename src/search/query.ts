import { getQueryTerms } from './normalize';

/** What a reader asks for: text to find, and the people and categories to keep (chips). */
export interface SearchQuery {
  /** Text as typed; matched term by term, ignoring case and diacritics. */
  text: string;
  /** Names of people (as in `listPeople`); an event passes when it involves any of them. */
  people: readonly string[];
  /** Category ids (`Category.id`); an event passes when it is in any of them. */
  categories: readonly string[];
}

/** No text and no filters: every event matches. */
export const EMPTY_QUERY: SearchQuery = Object.freeze({ text: '', people: Object.freeze([]), categories: Object.freeze([]) });

/** Whether the query filters anything: some text other than white space, or a person or category chip. */
export function isQueryActive(query: SearchQuery): boolean {
  return query.people.length > 0 || query.categories.length > 0 || getQueryTerms(query.text).length > 0;
}
