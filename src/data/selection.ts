import type { Story } from './types';

/** The event to select first: `requestedId` if it names an event, else the story's start event, else the first. */
export function getInitialEventId(story: Story, requestedId?: string): string | undefined {
  const has = (id: string | undefined): id is string => id !== undefined && story.events.some((event) => event.id === id);
  if (has(requestedId)) return requestedId;
  if (has(story.startEventId)) return story.startEventId;
  return story.events[0]?.id;
}

/** The event id a URL fragment names (`#memorial-day-exchange`), decoded; undefined when empty. */
export function getIdFromHash(hash: string): string | undefined {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
