import { formatEventDate } from '../data/formatDate';
import type { TimelineEvent } from '../data/types';

/**
 * The accessible name of a marker: its visible label first, so that speech input can say what it
 * sees (WCAG 2.5.3, label in name), then the headline and date (position comes from
 * aria-posinset/setsize). A label that is the headline is not said twice.
 */
export function describeEvent(label: string, headline: string, dateText: string): string {
  return label === headline ? `${headline}, ${dateText}` : `${label}: ${headline}, ${dateText}`;
}

/** Names already worked out, per event and language: a key step renders markers whose names are known. */
const eventNames = new WeakMap<TimelineEvent, { locale: string; name: string }>();

/** `describeEvent` for a story's event with its dates in `locale`, worked out once per event and language. */
export function nameEvent(event: TimelineEvent, locale: string): string {
  const cached = eventNames.get(event);
  if (cached?.locale === locale) return cached.name;
  const name = describeEvent(event.label, event.headline, formatEventDate(event, locale));
  eventNames.set(event, { locale, name });
  return name;
}

/**
 * The accessible name of a row of the vertical (phone) timeline, which shows its label, category and
 * date: all three in that order (label in name), then the headline.
 */
export function describeEventRow(label: string, categoryName: string, dateText: string, headline: string): string {
  const shown = `${label}, ${categoryName}, ${dateText}`;
  return label === headline ? shown : `${shown}: ${headline}`;
}

/** The accessible name of a cluster badge: its count first, as shown ("7 events, May 28 – June 3, 2024: zoom in"). */
export function describeCluster(countText: string, spanText: string): string {
  return `${countText} events, ${spanText}: zoom in`;
}

/** What the live region says when a story has loaded. */
export function describeLoadedStory(title: string, eventCount: number, problemCount: number): string {
  const events = eventCount === 1 ? '1 event' : `${eventCount} events`;
  const problems = problemCount === 0 ? '' : problemCount === 1 ? ', with 1 problem listed' : `, with ${problemCount} problems listed`;
  return `Loaded “${title}”: ${events}${problems}.`;
}

/** "1 event", "7 events": a count and its noun, singular or plural. */
function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The visible count of a search: "7 events, 12 quotes", or "No matches". */
export function describeSearchCount(eventCount: number, quoteCount: number): string {
  if (eventCount === 0) return 'No matches';
  return `${countOf(eventCount, 'event', 'events')}, ${countOf(quoteCount, 'quote', 'quotes')}`;
}

/** What the live region says after a search changes: "7 events, 12 quotes match", "1 event matches, no quotes". */
export function describeSearchResult(eventCount: number, quoteCount: number): string {
  if (eventCount === 0) return 'No events or quotes match.';
  const events = countOf(eventCount, 'event', 'events');
  if (quoteCount === 0) return `${events} ${eventCount === 1 ? 'matches' : 'match'}, no quotes.`;
  return `${events}, ${countOf(quoteCount, 'quote', 'quotes')} match.`;
}
