import type { Story } from '../data/types';

/**
 * What to do with a downloaded Quoteline JSON file before publishing it, for the editor about to
 * download it: add a source to the events that have none (TimelineJS files and sheets have no
 * field for them; the file loads, with a warning per event). Empty when there is nothing to add.
 * Nothing else is lost: Quoteline JSON keeps categories, media, display dates and eras. Its text
 * is plain, so emphasis from TimelineJS HTML (`em`, `strong`) is written as its words and a list as
 * one `-` or `1.` line per item; that is not listed here, since finding it would reduce every
 * summary's HTML (they are reduced lazily, as a reader opens them).
 */
export function describeNativeExportLosses(story: Pick<Story, 'events'>): string[] {
  const total = story.events.length;
  const unsourced = story.events.filter((event) => event.sources.length === 0).length;
  if (unsourced === 0) return [];
  const which = unsourced === total ? (total === 1 ? 'its one event has none' : `none of its ${total} events has one`) : `${unsourced} of its ${total} events ${unsourced === 1 ? 'has' : 'have'} none`;
  return [`Every event should name its source, and ${which}: add the sources to the downloaded file before you publish it.`];
}
