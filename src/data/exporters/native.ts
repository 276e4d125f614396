import { toCivilDateText as toNativeDate } from '../civilDate';
import { toPlainText as toNativeText } from '../text';
import { DEFAULT_CATEGORY, type Category, type Media, type Story } from '../types';

/** Keeps only the entries whose value is not undefined, so the JSON has no `"x": undefined` gaps. */
function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** True when the story has only the neutral category a story without `categories` gets. */
function hasOnlyDefaultCategory(categories: readonly Category[]): boolean {
  const [only] = categories;
  return categories.length === 1 && only !== undefined && only.id === DEFAULT_CATEGORY.id && only.label === DEFAULT_CATEGORY.label;
}

function toNativeMedia(media: Media): Record<string, unknown> {
  return defined({
    url: media.url,
    caption: media.caption ? toNativeText(media.caption) : undefined,
    credit: media.credit ? toNativeText(media.credit) : undefined,
    alt: media.alt,
    thumbnail: media.thumbnail,
  });
}

/**
 * A story as a native Quoteline file (format 2), ready for `JSON.stringify`: its categories (none
 * when it has only the neutral one), events in time order, dates in their civil text form,
 * summaries as plain text. Reading it back gives the same story.
 */
export function toNativeStory(story: Story): Record<string, unknown> {
  const isUncategorized = hasOnlyDefaultCategory(story.categories);
  return defined({
    quoteline: 2,
    id: story.id,
    title: story.title,
    description: story.description || undefined,
    lang: story.lang,
    startEventId: story.startEventId,
    view: story.view ? { start: toNativeDate(story.view.start), end: toNativeDate(story.view.end) } : undefined,
    credit: story.credit,
    eras: story.eras.length > 0 ? story.eras.map((era) => ({ label: era.label, start: toNativeDate(era.start), end: toNativeDate(era.end) })) : undefined,
    categories: isUncategorized ? undefined : story.categories.map(({ id, label, shape, color }) => ({ id, label, shape, color })),
    events: story.events.map((event) =>
      defined({
        id: event.id,
        start: toNativeDate(event.start),
        end: event.end ? toNativeDate(event.end) : undefined,
        timeZone: event.start.timeZone ?? event.end?.timeZone,
        headline: event.headline,
        label: event.label,
        summary: toNativeText(event.summary) || undefined,
        category: isUncategorized ? undefined : event.category.id,
        displayDate: event.displayDate,
        people: event.people.length > 0 ? event.people : undefined,
        quotes:
          event.quotes.length > 0
            ? event.quotes.map((quote) => defined({ text: quote.text, speaker: quote.speaker, where: quote.where, source: quote.sourceId, note: quote.note, lang: quote.lang }))
            : undefined,
        sources:
          event.sources.length === 0
            ? undefined
            : event.sources.map((source) =>
                defined({ id: source.id, title: source.title, publisher: source.publisher, url: source.url, date: source.date ? toNativeDate(source.date) : undefined, note: source.note }),
              ),
        notes: event.notes.length > 0 ? event.notes : undefined,
        media: event.media ? toNativeMedia(event.media) : undefined,
      }),
    ),
  });
}
