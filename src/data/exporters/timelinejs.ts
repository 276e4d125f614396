import { escapeHtml } from '../escapeHtml';
import type { CivilDate, Paragraph, Story } from '../types';

/** A TimelineJS date object: the parts the civil date has, as TimelineJS reads them. */
function toTimelineJsDate(date: CivilDate): Record<string, string> {
  const parts: Record<string, string> = { year: String(date.year) };
  if (date.precision !== 'year') parts.month = String(date.month);
  if (date.precision === 'day' || date.precision === 'minute') parts.day = String(date.day);
  if (date.precision === 'minute') {
    parts.hour = String(date.hour);
    parts.minute = String(date.minute);
  }
  return parts;
}

/** Paragraphs as TimelineJS's HTML text: `<p>` per paragraph, links kept, everything else escaped. */
function toHtml(paragraphs: readonly Paragraph[]): string {
  return paragraphs
    .map((paragraph) => `<p>${paragraph.map((inline) => (inline.href === undefined ? escapeHtml(inline.text) : `<a href="${escapeHtml(inline.href)}">${escapeHtml(inline.text)}</a>`)).join('')}</p>`)
    .join('');
}

/**
 * A story as a TimelineJS3 JSON document, for the fields both formats have: the title slide, and
 * per event its dates, headline, summary (HTML), `unique_id` and `group`: the event's category, or
 * with `groups: 'group'` the group it was imported with (a TimelineJS file's own). Quotes,
 * sources and notes have no TimelineJS field: they are left out (the CLI says so).
 */
export function toTimelineJsStory(story: Story, { groups = 'category' }: { groups?: 'category' | 'group' } = {}): Record<string, unknown> {
  return {
    title: { text: { headline: escapeHtml(story.title), text: story.description ? `<p>${escapeHtml(story.description)}</p>` : '' } },
    events: story.events.map((event) => ({
      start_date: toTimelineJsDate(event.start),
      ...(event.end ? { end_date: toTimelineJsDate(event.end) } : {}),
      text: { headline: escapeHtml(event.headline), text: toHtml(event.summary) },
      unique_id: event.id,
      ...(groups === 'category' ? { group: event.category } : event.group === undefined ? {} : { group: event.group }),
    })),
  };
}
