import type { TimelineEvent } from './types';

/** Each story's (events array's) positions by event id. */
const INDEXES = new WeakMap<readonly TimelineEvent[], ReadonlyMap<string, number>>();

/**
 * The position of each event in `events` by its id, made once per events array (a loop, not
 * `new Map(pairs)`: no array per event). A loader may have made it already, a chunk at a time
 * (`setEventIndex`): 100,000 entries at once cost the first render of a big story hundreds of ms.
 */
export function getEventIndex(events: readonly TimelineEvent[]): ReadonlyMap<string, number> {
  let index = INDEXES.get(events);
  if (!index) {
    const made = new Map<string, number>();
    events.forEach((event, position) => made.set(event.id, position));
    index = made;
    INDEXES.set(events, index);
  }
  return index;
}

/** Records `index` as the positions of `events` by id (it must be exactly that). */
export function setEventIndex(events: readonly TimelineEvent[], index: ReadonlyMap<string, number>): void {
  INDEXES.set(events, index);
}
