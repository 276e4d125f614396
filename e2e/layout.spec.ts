import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoOverlaps } from './overlaps';

interface StoryFile {
  events: { id: string; label: string; start: string }[];
}
const story = JSON.parse(readFileSync('stories/lecun-musk.json', 'utf8')) as StoryFile;
const labelOf = (id: string): string => {
  const event = story.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} in the bundled story`);
  return event.label;
};
/** The heart of the story: what a reader must see on the first screen, each as its own marker. */
const HEART = ['lecun-bengio-debate', 'memorial-day-exchange', ...story.events.filter((event) => event.id.startsWith('lecun-critique-')).map((event) => event.id)];

test('at 1280 × 800 the first screen shows the debate, the Memorial Day exchange and each 2 June critique as its own legible marker', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  expect(HEART).toHaveLength(7);
  for (const id of HEART) {
    const marker = page.locator(`.ql-size-live [role=tab][data-event-id="${id}"]`);
    await expect(marker, id).toBeInViewport({ ratio: 1 });
    await expect(marker, id).toHaveText(labelOf(id));
    const fontSize = await marker.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize, id).toBeGreaterThanOrEqual(12);
  }
  await expect(page.locator('.ql-cluster')).toHaveCount(0);
  await expectNoOverlaps(page);
});

test('at 1920 × 1080 every event is a marker on the first screen, overlapping nothing', async ({ page, app }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.url);
  const markers = page.locator('.ql-size-live [role=tab]');
  await expect(markers).toHaveCount(story.events.length);
  for (const marker of await markers.all()) await expect(marker).toBeInViewport({ ratio: 1 });
  // The layout uses the width there is: the track is laid out wider than at 1280.
  expect(await page.locator('.ql-track').evaluate((track) => track.getBoundingClientRect().width)).toBeGreaterThan(1700);
  await expectNoOverlaps(page);
});

for (const view of ['page', 'embed'] as const) {
  test(`the ${view} at 320 × 640 runs time down the page: first event on the first screen, no sideways scroll`, async ({ page, app }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${app.url}${view === 'embed' ? 'embed.html' : ''}`);
    const list = page.locator('.ql-size-live [role=tablist]');
    await expect(list).toHaveAttribute('aria-orientation', 'vertical');
    const first = list.getByRole('tab').first();
    await expect(first).toHaveAccessibleName(new RegExp(`^${labelOf(story.events[0]?.id ?? '')},`));
    await expect(first).toBeInViewport({ ratio: 1 });
    // Zooming means nothing in a list; the quiet years show as a labelled break.
    await expect(page.getByRole('group', { name: 'Zoom' })).toHaveCount(0);
    await expect(list.locator('.ql-vbreak').first()).toHaveText(/years?|months?/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // ↓ moves to the next event, and a tap brings the panel into view.
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', '2');
    const last = list.getByRole('tab').last();
    await last.click();
    await expect(page.getByRole('tabpanel')).toBeInViewport();
  });
}

test('the story opens on its view: compression off shows the true linear axis', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  const x = (id: string): Promise<number> => page.locator(`.ql-size-live [data-event-id="${id}"] .ql-marker-dot`).evaluate((dot) => dot.getBoundingClientRect().left);
  // In the opening view (October 2023 to June 2024), the 8 months before the debate are drawn smaller than the 8 after it.
  const before = (await x('lecun-bengio-debate')) - (await x('xai-incorporated'));
  const after = (await x('musk-agi-next-year')) - (await x('lecun-bengio-debate'));
  expect(after).toBeGreaterThan(before);
  await page.getByRole('switch', { name: /^Compress/ }).click();
  await expect(page.locator('.ql-break')).toHaveCount(0);
  const linearBefore = (await x('lecun-bengio-debate')) - (await x('xai-incorporated'));
  const linearAfter = (await x('musk-agi-next-year')) - (await x('lecun-bengio-debate'));
  // xAI incorporated 9 March 2023 → debate 14 October 2023: 219 days; → 8 April 2024: 177 days.
  expect(linearBefore / linearAfter).toBeCloseTo(219 / 177, 1);
});

test('on a wide screen the panel puts its quotes in a second column, beside the headline', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  const panel = page.getByRole('tabpanel');
  const headline = await panel.getByRole('heading', { level: 2 }).boundingBox();
  const quote = await panel.locator('blockquote').first().boundingBox();
  if (!headline || !quote) throw new Error('no headline or quote in the panel');
  expect(quote.x).toBeGreaterThan(headline.x + headline.width);
  expect(quote.y).toBeLessThan(headline.y + headline.height);
});

test.describe('on a touch-only phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('the keyboard shortcuts button is not shown, and ? still opens the help', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.locator('.ql-size-live [role=tablist]')).toHaveAttribute('aria-orientation', 'vertical');
    await expect(page.getByRole('button', { name: /^Keyboard shortcuts/ })).toBeHidden();
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: /keyboard/i })).toBeVisible();
  });
});
