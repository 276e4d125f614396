import { toCivilDateText as toNativeDate } from '../civilDate';
import type { Paragraph, Story } from '../types';

/** Paragraphs as the native format's plain text: blank lines between paragraphs, links as their text. */
function toNativeText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((paragraph) => paragraph.map((inline) => inline.text).join('')).join('\n\n');
}

/** Keeps only the entries whose value is not undefined, so the JSON has no `"x": undefined` gaps. */
function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * A story as a native Quoteline file (format 1), ready for `JSON.stringify`: events in time order,
 * dates in their civil text form, summaries as plain text. Reading it back gives the same story.
 */
export function toNativeStory(story: Story): Record<string, unknown> {
  return defined({
    quoteline: 1,
    id: story.id,
    title: story.title,
    description: story.description || undefined,
    lang: story.lang,
    startEventId: story.startEventId,
    view: story.view ? { start: toNativeDate(story.view.start), end: toNativeDate(story.view.end) } : undefined,
    credit: story.credit,
    events: story.events.map((event) =>
      defined({
        id: event.id,
        start: toNativeDate(event.start),
        end: event.end ? toNativeDate(event.end) : undefined,
        timeZone: event.start.timeZone ?? event.end?.timeZone,
        headline: event.headline,
        label: event.label,
        summary: toNativeText(event.summary) || undefined,
        category: event.category,
        people: event.people.length > 0 ? event.people : undefined,
        quotes: event.quotes.length > 0 ? event.quotes.map((quote) => defined({ text: quote.text, speaker: quote.speaker, where: quote.where, source: quote.sourceId, note: quote.note })) : undefined,
        sources: event.sources.map((source) =>
          defined({ id: source.id, title: source.title, publisher: source.publisher, url: source.url, date: source.date ? toNativeDate(source.date) : undefined, note: source.note }),
        ),
        notes: event.notes.length > 0 ? event.notes : undefined,
      }),
    ),
  });
}
