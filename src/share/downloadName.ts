import { slugify } from '../data/text';
import type { Story } from '../data/types';

/** The id importers give a story whose file names none (TimelineJS JSON and sheets). */
const UNNAMED_STORY_ID = 'story';

/**
 * The file name of a story downloaded as Quoteline JSON: its id as a slug, or for an imported
 * story with the importers' generic id, its title; always ending in `.json`.
 */
export function getDownloadFileName(story: Pick<Story, 'id' | 'title'>): string {
  const fromId = slugify(story.id);
  const name = fromId === UNNAMED_STORY_ID || fromId === '' ? slugify(story.title) : fromId;
  return `${name || UNNAMED_STORY_ID}.json`;
}
