import type { SearchResult } from './searchIndex';

/** What the live region says after a search: "7 events, 12 quotes match", "1 event, 1 quote matches", "No events match". */
export function describeMatches(result: Pick<SearchResult, 'eventIndexes' | 'quotes'>): string {
  const events = result.eventIndexes.length;
  const quotes = result.quotes.length;
  if (events === 0) return 'No events match';
  const eventText = `${events} ${events === 1 ? 'event' : 'events'}`;
  const quoteText = `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`;
  // The verb agrees with the nearer subject: "1 event, 1 quote matches", "2 events, 1 quote matches".
  return `${eventText}, ${quoteText} ${quotes === 1 ? 'matches' : 'match'}`;
}
