import { formatEventDate } from '../data/formatDate';
import type { TimelineEvent } from '../data/types';
import { ENGLISH } from '../i18n/english';
import type { Translator } from '../i18n/translate';

/**
 * The accessible name of a marker: its visible label first, so that speech input can say what it
 * sees (WCAG 2.5.3, label in name), then the headline and date (position comes from
 * aria-posinset/setsize). A label that is the headline is not said twice.
 */
export function describeEvent(label: string, headline: string, dateText: string, { t }: Translator = ENGLISH): string {
  return label === headline ? t('marker.nameSameLabel', { headline, date: dateText }) : t('marker.name', { label, headline, date: dateText });
}

/** Names already worked out, per event and language: a key step renders markers whose names are known. */
const eventNames = new WeakMap<TimelineEvent, { translator: Translator; name: string }>();

/** `describeEvent` for a story's event in the translator's language, worked out once per event and language. */
export function nameEvent(event: TimelineEvent, translator: Translator = ENGLISH): string {
  const cached = eventNames.get(event);
  if (cached?.translator === translator) return cached.name;
  const name = describeEvent(event.label, event.headline, formatEventDate(event, translator.locale), translator);
  eventNames.set(event, { translator, name });
  return name;
}

/**
 * The accessible name of a row of the vertical (phone) timeline, which shows its label, category and
 * date: all three in that order (label in name), then the headline.
 */
export function describeEventRow(label: string, category: string, date: string, headline: string, { t }: Translator = ENGLISH): string {
  return label === headline ? t('row.name', { label, category, date }) : t('row.nameWithHeadline', { label, category, date, headline });
}

/** The accessible name of a cluster badge: its count first, as shown ("7 events, May 28 – June 3, 2024: zoom in"). */
export function describeCluster(count: number, span: string, { t }: Translator = ENGLISH): string {
  return t('cluster.name', { count, span });
}

/** What the live region says when a story has loaded. */
export function describeLoadedStory(title: string, eventCount: number, problemCount: number, { t }: Translator = ENGLISH): string {
  const events = t('search.events', { count: eventCount });
  return problemCount === 0 ? t('page.loaded', { title, events }) : t('page.loadedWithProblems', { title, events, count: problemCount });
}

/** The visible count of a search: "7 events, 12 quotes", or "No matches". */
export function describeSearchCount(eventCount: number, quoteCount: number, { t }: Translator = ENGLISH): string {
  if (eventCount === 0) return t('search.noMatches');
  return t('search.count', { events: t('search.events', { count: eventCount }), quotes: t('search.quoteCount', { count: quoteCount }) });
}

/** What the live region says after a search changes: "7 events, 12 quotes match", "1 event matches, no quotes". */
export function describeSearchResult(eventCount: number, quoteCount: number, { t }: Translator = ENGLISH): string {
  if (eventCount === 0) return t('search.resultNone');
  if (quoteCount === 0) return t('search.resultNoQuotes', { count: eventCount });
  return t('search.result', { events: t('search.events', { count: eventCount }), quotes: t('search.quoteCount', { count: quoteCount }) });
}
