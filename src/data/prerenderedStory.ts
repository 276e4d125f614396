import { isRecord } from './isRecord';
import type { Category, ParseResult, TimelineEvent } from './types';

/**
 * Serialises a parse result for the page, where `readPrerenderedStory` reads it back without a
 * validator: each event names its category by id (the page links it back), and warnings, which
 * readers are not shown, are left out.
 */
export function writePrerenderedStory(result: ParseResult): string {
  const story = result.story && { ...result.story, events: result.story.events.map((event) => ({ ...event, category: event.category.id })) };
  // "<" escaped, so the JSON cannot close the <script> element it is put in.
  return JSON.stringify({ ...result, story, warnings: [] }).replace(/</g, '\\u003c');
}

/**
 * Reads the parse result the build wrote into the page: the bundled story was validated then, so
 * the page needs no validator at run time. Anything else is an error of the build, not of data.
 */
export function readPrerenderedStory(input: unknown): ParseResult {
  if (!isRecord(input) || !Array.isArray(input.issues) || !(input.story === null || (isRecord(input.story) && Array.isArray(input.story.events) && Array.isArray(input.story.categories)))) {
    throw new Error('The prerendered story data is not a parse result');
  }
  // Every category and event is an object too, so broken data fails with this error, not a TypeError below.
  const { story } = input;
  if (isRecord(story) && !(isList(story.categories, (category) => typeof category.id === 'string') && isList(story.events, () => true))) {
    throw new Error('The prerendered story data has a category without an id or an event that is not an object');
  }
  const result = input as unknown as ParseResult;
  if (!result.story) return { ...result, warnings: [] };
  // Events share their category objects with the story again, as a parsed story's do.
  const byId = new Map<string, Category>(result.story.categories.map((category) => [category.id, category]));
  const events = (result.story.events as unknown as (Omit<TimelineEvent, 'category'> & { category: string })[]).map((event) => {
    const category = byId.get(event.category);
    if (!category) throw new Error(`The prerendered story names an unknown category "${event.category}"`);
    return { ...event, category };
  });
  return { ...result, story: { ...result.story, events }, warnings: [] };
}

/** Whether `value` is a list of objects that each pass `check`. */
function isList(value: unknown, check: (item: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(value) && value.every((item: unknown) => isRecord(item) && check(item));
}
