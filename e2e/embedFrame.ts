import type { Frame, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The page's embed frame (`embed.html`), once it has shown its timeline. */
export async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/embed.html'))).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes('/embed.html'));
  if (!frame) throw new Error('no embed frame');
  await frame.getByRole('tabpanel').waitFor();
  return frame;
}
