import { toNativeStory } from '../../data/exporters/native';
import type { Story } from '../../data/types';
import { getDownloadFileName } from '../../share/downloadName';

/** Time before the download's object URL is released, in ms: the browser has started saving by then. @default 10000 */
export const DOWNLOAD_URL_LIFETIME_MS = 10_000;

/** The story as a Quoteline JSON file's text. */
export function toNativeStoryText(story: Story): string {
  return `${JSON.stringify(toNativeStory(story), null, 2)}\n`;
}

/** Saves the story as a Quoteline JSON file, made in the browser (a Blob): nothing leaves the computer. */
export function downloadStory(story: Story): void {
  const url = URL.createObjectURL(new Blob([toNativeStoryText(story)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = getDownloadFileName(story);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}
