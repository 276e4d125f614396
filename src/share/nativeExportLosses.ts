import type { Story } from '../data/types';

/**
 * What a story loses as Quoteline JSON, for the editor about to download it: events without a
 * source (the format needs one for each, so a timeline would leave them out) and eras (the format
 * has none). Empty when the file will read back as the same story.
 */
export function describeNativeExportLosses(story: Pick<Story, 'events' | 'eras'>): string[] {
  const losses: string[] = [];
  const total = story.events.length;
  const unsourced = story.events.filter((event) => event.sources.length === 0).length;
  if (unsourced > 0) {
    const which =
      unsourced === total ? (total === 1 ? 'its one event has none' : `none of its ${total} events has one`) : `${unsourced} of its ${total} events ${unsourced === 1 ? 'has' : 'have'} none`;
    losses.push(
      `Quoteline JSON needs a source for every event, and ${which}: a timeline would leave ${unsourced === 1 ? 'it' : 'them'} out. Add the sources to the downloaded file before you host it, or host the original file as it is.`,
    );
  }
  if (story.eras.length > 0) {
    const eras = story.eras.length === 1 ? 'the era of this file is' : `the ${story.eras.length} eras of this file are`;
    losses.push(`Quoteline JSON has no eras: ${eras} left out of it.`);
  }
  return losses;
}
