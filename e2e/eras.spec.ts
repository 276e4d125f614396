import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { expectNoOverlaps } from './overlaps';

/** TimelineJS's own eras template (test/fixtures/stories/timelinejs-eras.json): events 602–698, eras 600–650, 650–700, 700–720. */
const ON_THE_AXIS = ['Era Test 600-650', 'Era Test 650-700'];

test.describe.configure({ timeout: 90_000 });

test('eras at 1280 px are named bands on the axis, and at 320 px headings in the list, overlapping no tick label or marker', async ({ page, app, files }) => {
  const url = `${app.url}?src=${encodeURIComponent(`${files.url}stories/timelinejs-eras.json`)}`;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  const track = page.locator('.ql-size-live .ql-track-frame');
  await expect(track.getByRole('tab').first()).toBeVisible();
  const frame = await track.boundingBox();
  for (const name of ON_THE_AXIS) {
    const label = track.locator('.ql-era-label', { hasText: name });
    await expect(label, name).toHaveText(name);
    await expect(label, name).toBeInViewport({ ratio: 1 });
    const box = await label.boundingBox();
    // Inside the visible track.
    expect(box && frame && box.x >= frame.x && box.x + box.width <= frame.x + frame.width, name).toBe(true);
  }
  // The era after the last event is off the axis; the text version still lists it.
  await expect(track.locator('.ql-era-label')).toHaveCount(ON_THE_AXIS.length);
  await expect(page.getByRole('list', { name: 'Eras' }).getByRole('listitem')).toHaveCount(3);
  await expectNoOverlaps(page, '.ql-size-live :is(.ql-marker, .ql-cluster, .ql-era-label, .ql-tick-label, .ql-break-label)');

  await page.setViewportSize({ width: 320, height: 640 });
  const list = page.locator('.ql-size-live [role=tablist]');
  await expect(list).toHaveAttribute('aria-orientation', 'vertical');
  for (const name of ON_THE_AXIS) {
    const heading = list.getByText(name, { exact: true });
    await heading.scrollIntoViewIfNeeded();
    await expect(heading, name).toBeInViewport({ ratio: 1 });
  }
  await expectNoOverlaps(page, '.ql-size-live :is(.ql-vmarker, .ql-vera, .ql-vbreak)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('axe: a story with eras, at 1280 px in the dark theme and at 320 px', async ({ page, app, files }) => {
  const url = `${app.url}?src=${encodeURIComponent(`${files.url}stories/timelinejs-eras.json`)}`;
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  await page.getByRole('tabpanel').waitFor();
  const summarize = async (): Promise<string[]> =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(await summarize()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.locator('.ql-size-live [role=tablist]')).toHaveAttribute('aria-orientation', 'vertical');
  expect(await summarize()).toEqual([]);
});
