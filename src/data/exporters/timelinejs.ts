import { escapeHtml } from '../escapeHtml';
import { isList } from '../text';
import { DEFAULT_CATEGORY, type Block, type CivilDate, type Inline, type Media, type Paragraph, type Story } from '../types';

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

/** One run as HTML: its text escaped, line breaks as `<br>`, in `<em>`, `<strong>` and a link as it has them. */
function toInlineRunHtml(inline: Inline): string {
  let html = escapeHtml(inline.text).replace(/\n/g, '<br>');
  if (inline.em) html = `<em>${html}</em>`;
  if (inline.strong) html = `<strong>${html}</strong>`;
  return inline.href === undefined ? html : `<a href="${escapeHtml(inline.href)}">${html}</a>`;
}

function toParagraphHtml(paragraph: Paragraph): string {
  return paragraph.map(toInlineRunHtml).join('');
}

/** Blocks as TimelineJS's HTML text: `<p>` per paragraph, `<ul>`/`<ol>` lists, links and emphasis kept, everything else escaped. */
function toHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (isList(block) ? `<${block.list}>${block.items.map((item) => `<li>${toParagraphHtml(item)}</li>`).join('')}</${block.list}>` : `<p>${toParagraphHtml(block)}</p>`))
    .join('');
}

function toTimelineJsMedia(media: Media): Record<string, string> {
  const result: Record<string, string> = { url: media.url };
  if (media.caption) result.caption = toInlineHtml(media.caption);
  if (media.credit) result.credit = toInlineHtml(media.credit);
  if (media.alt !== undefined) result.alt = media.alt;
  if (media.thumbnail !== undefined) result.thumbnail = media.thumbnail;
  return result;
}

/** Blocks as HTML without `<p>`, for TimelineJS's one-line fields (caption, credit). */
function toInlineHtml(blocks: readonly Block[]): string {
  return toHtml(blocks)
    .replace(/^<p>|<\/p>$/g, '')
    .replace(/<\/p><p>/g, '<br>');
}

/**
 * A story as a TimelineJS3 JSON document, for the fields both formats have: the title slide, and
 * per event its dates (`display_date` too), headline, summary (HTML), media, `unique_id` and
 * `group` (the category's label; none for the neutral category), and the eras. Every text is
 * escaped or written as the few tags TimelineJS's HTML fields take, as TimelineJS shows them as HTML. Quotes, sources,
 * notes and category shapes have no TimelineJS field: they are left out (the CLI says so).
 */
export function toTimelineJsStory(story: Story): Record<string, unknown> {
  return {
    title: { text: { headline: escapeHtml(story.title), text: story.description ? `<p>${escapeHtml(story.description)}</p>` : '' } },
    events: story.events.map((event) => ({
      start_date: toTimelineJsDate(event.start),
      ...(event.end ? { end_date: toTimelineJsDate(event.end) } : {}),
      text: { headline: escapeHtml(event.headline), text: toHtml(event.summary) },
      unique_id: event.id,
      ...(event.category.id === DEFAULT_CATEGORY.id && event.category.label === DEFAULT_CATEGORY.label ? {} : { group: escapeHtml(event.category.label) }),
      ...(event.displayDate === undefined ? {} : { display_date: escapeHtml(event.displayDate) }),
      ...(event.media ? { media: toTimelineJsMedia(event.media) } : {}),
    })),
    ...(story.eras.length > 0 ? { eras: story.eras.map((era) => ({ start_date: toTimelineJsDate(era.start), end_date: toTimelineJsDate(era.end), text: { headline: escapeHtml(era.label) } })) } : {}),
  };
}
