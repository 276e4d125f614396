import { parseCivilDate, toAxisTime } from './civilDate';
import { readSlideStart } from './importers/timelinejs';
import { isRecord } from './isRecord';
import { detectFormat, parseStory, type ParseStoryOptions } from './parseStory';
import { slugify } from './text';
import type { Story } from './types';

/**
 * A story's opening event, imported alone, ahead of the whole story: what a reader of a big file
 * sees while the rest is read (issue 13). The story (title, language, categories) with that one
 * event, or null when there is none to show or it cannot be told cheaply which it is.
 */
export interface StoryPreview {
  story: Story;
  /** Events in the file, valid or not: the count the reader is told is on its way. */
  eventCount: number;
}

/**
 * Finds the event a story opens on in a parsed JSON document (`input`, as `JSON.parse` gave it),
 * without importing the rest: the one the URL asks for (`requestedId`), else the story's
 * `startEventId`, else the earliest, by the same dates the importer reads (the first in the file
 * among equals, as the importer sorts). That event alone then goes through the importer, so it
 * reads exactly as it will in the whole story. An event the importer refuses gives no preview.
 *
 * The whole import may still refuse it (a duplicate id): the page then opens on the story's own
 * first event when the story arrives.
 */
export function previewStory(input: unknown, requestedId: string | undefined, options: ParseStoryOptions = {}): StoryPreview | null {
  const format = detectFormat(input);
  if (format === null || !isRecord(input) || !Array.isArray(input.events)) return null;
  const events: unknown[] = input.events;
  const readId = format === 'quoteline' ? readQuotelineId : readTimelineJsId;
  const readTime = format === 'quoteline' ? readQuotelineTime : readTimelineJsTime;
  const startEventId = format === 'quoteline' && typeof input.startEventId === 'string' ? input.startEventId : undefined;
  const index = findIndexById(events, requestedId, readId) ?? findIndexById(events, startEventId, readId) ?? findEarliestIndex(events, readTime);
  if (index === undefined) return null;
  const opening = events[index];
  // The story as the file has it, with that one event (and its start event only if it is this one).
  const single: Record<string, unknown> = { ...input, events: [opening] };
  if (startEventId !== undefined && readId(opening) !== startEventId) delete single.startEventId;
  const { story } = parseStory(single, options);
  return story?.events.length === 1 ? { story, eventCount: events.length } : null;
}

function findIndexById(events: readonly unknown[], id: string | undefined, readId: (raw: unknown) => string | undefined): number | undefined {
  if (id === undefined) return undefined;
  const index = events.findIndex((raw) => readId(raw) === id);
  return index === -1 ? undefined : index;
}

/** The index of the earliest event whose date can be read (the first in the file among equals). */
function findEarliestIndex(events: readonly unknown[], readTime: (raw: unknown) => number | undefined): number | undefined {
  let earliest: number | undefined;
  let earliestTime = Infinity;
  events.forEach((raw, index) => {
    const time = readTime(raw);
    if (time !== undefined && time < earliestTime) {
      earliest = index;
      earliestTime = time;
    }
  });
  return earliest;
}

function readQuotelineId(raw: unknown): string | undefined {
  return isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
}

/** A TimelineJS slide's id when it has an explicit one (ids made from headlines are not known before the import). */
function readTimelineJsId(raw: unknown): string | undefined {
  return isRecord(raw) && (typeof raw.unique_id === 'string' || typeof raw.unique_id === 'number') ? slugify(String(raw.unique_id)) : undefined;
}

function readQuotelineTime(raw: unknown): number | undefined {
  if (!isRecord(raw) || typeof raw.start !== 'string') return undefined;
  try {
    const result = parseCivilDate(raw.start, typeof raw.timeZone === 'string' ? raw.timeZone : undefined);
    return result.ok ? toAxisTime(result.date) : undefined;
  } catch {
    // An unknown time zone: the importer says so; this event is not the preview.
    return undefined;
  }
}

/** A TimelineJS slide's start time, read by the importer's own date reader. */
function readTimelineJsTime(raw: unknown): number | undefined {
  const date = readSlideStart(raw);
  return date ? toAxisTime(date) : undefined;
}
