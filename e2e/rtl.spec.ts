import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoOverlaps } from './overlaps';

// An Arabic story ("lang": "ar"), served from another origin through ?src=: the whole timeline is
// right to left, and time runs right to left along the track (docs/architecture.md, "Right to left").
const STORY = 'stories/quoteline-arabic.json';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];

// axe with every rule takes 10-15 s a page on a loaded 2-core machine: a time limit, not a speed assertion.
test.describe.configure({ timeout: 90_000 });

async function openStory(page: Page, appUrl: string, filesUrl: string, hash = '', query = ''): Promise<void> {
  await page.goto(`${appUrl}?${query}src=${encodeURIComponent(`${filesUrl}${STORY}`)}${hash}`);
  await expect(page.getByRole('tab', { selected: true })).toBeVisible();
}

const marker = (page: Page, label: string): Locator => page.getByRole('tab', { name: new RegExp(`^${label}`) });

async function centreX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.x + box.width / 2;
}

/** Where the dot of a marker is: its time on the axis (the label may sit on either side). */
async function dotX(page: Page, label: string): Promise<number> {
  return centreX(marker(page, label).locator('.ql-marker-dot'));
}

test('an Arabic story runs right to left: earliest event at the right, labels clear of each other', async ({ page, app, files }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openStory(page, app.url, files.url);
  const timeline = page.getByRole('region', { name: 'مكتبة المدينة: ستون عاما', exact: true });
  await expect(timeline).toHaveAttribute('dir', 'rtl');
  expect(await dotX(page, 'تأسيس المكتبة')).toBeGreaterThan(await dotX(page, 'الذكرى الستون'));
  expect(await dotX(page, 'الفيضان')).toBeGreaterThan(await dotX(page, 'الترميم'));
  await expectNoOverlaps(page);
  // The earliest tick is right of the latest.
  const ticks = page.locator('.ql-tick');
  expect(await centreX(ticks.first())).toBeLessThan(await centreX(ticks.last()));
});

test('right to left, ← selects the next event in time and → the previous; Home and End stay first and last', async ({ page, app, files }) => {
  await openStory(page, app.url, files.url);
  await marker(page, 'الفيضان').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(marker(page, 'الترميم')).toHaveAttribute('aria-selected', 'true');
  await expect(marker(page, 'الترميم')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(marker(page, 'المخطوطات')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(marker(page, 'الذكرى الستون')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(marker(page, 'تأسيس المكتبة')).toHaveAttribute('aria-selected', 'true');
});

test('right to left, zooming in keeps the selected event on screen, and the overview window follows', async ({ page, app, files }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // A true linear axis (no compression), on which the first event in time is at the right end of the track.
  await openStory(page, app.url, files.url, '#founding', 'compress=0&');
  const frame = page.locator('.ql-track-frame');
  const overview = page.getByRole('slider');
  const trackWidth = (): Promise<number> => page.locator('.ql-track').evaluate((track) => track.getBoundingClientRect().width);
  const base = await trackWidth();
  // + zooms around the selected event: the first in time, at the right end of the track.
  await marker(page, 'تأسيس المكتبة').focus();
  for (const factor of [2, 4, 8]) {
    await page.keyboard.press('+');
    await expect.poll(trackWidth).toBeGreaterThan(base * factor - 2);
  }
  const selected = marker(page, 'تأسيس المكتبة');
  await expect(selected).toBeInViewport();
  const frameBox = await frame.boundingBox();
  const selectedX = await centreX(selected);
  expect(selectedX).toBeGreaterThan(frameBox?.x ?? Infinity);
  expect(selectedX).toBeLessThan((frameBox?.x ?? 0) + (frameBox?.width ?? 0));
  // The frame shows the right end of the track, so the overview's window sits at the right of the strip.
  await expect.poll(() => frame.evaluate((element) => element.scrollWidth - element.clientWidth - element.scrollLeft)).toBeLessThan(2);
  const stripBox = await overview.boundingBox();
  const windowBox = await page.locator('.ql-overview-window').boundingBox();
  expect((windowBox?.x ?? 0) + (windowBox?.width ?? 0)).toBeGreaterThan((stripBox?.x ?? 0) + (stripBox?.width ?? 0) - 3);
  expect(windowBox?.width ?? Infinity).toBeLessThan((stripBox?.width ?? 0) / 4);
  // The slider's value is how far along in time the window is: at the start.
  await expect(overview).toHaveAttribute('aria-valuenow', '0');
  // Its arrows follow what the reader sees: ← moves the window left, later in time.
  const before = await frame.evaluate((element) => element.scrollLeft);
  await overview.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeLessThan(before);
  await expect.poll(async () => Number(await overview.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  // Home goes back to the start of the story: the right end.
  await page.keyboard.press('Home');
  await expect.poll(() => frame.evaluate((element) => element.scrollWidth - element.clientWidth - element.scrollLeft)).toBeLessThan(2);
});

test('right to left, the opening view shows the whole story, its overview window over the whole strip', async ({ page, app, files }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openStory(page, app.url, files.url);
  const frame = page.locator('.ql-track-frame');
  expect(await frame.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
  await expect(marker(page, 'تأسيس المكتبة')).toBeInViewport();
  await expect(marker(page, 'الذكرى الستون')).toBeInViewport();
  const stripBox = await page.locator('.ql-overview').boundingBox();
  const windowBox = await page.locator('.ql-overview-window').boundingBox();
  expect(Math.abs((windowBox?.x ?? 0) + (windowBox?.width ?? 0) - ((stripBox?.x ?? 0) + (stripBox?.width ?? 0)))).toBeLessThan(3);
});

test('right to left, the page passes axe', async ({ page, app, files }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openStory(page, app.url, files.url);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('right to left at 320 px: the phone list runs down the page, its axis on the right, nothing scrolls sideways', async ({ page, app, files }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openStory(page, app.url, files.url);
  const list = page.getByRole('tablist');
  await expect(list).toHaveAttribute('aria-orientation', 'vertical');
  const first = await marker(page, 'تأسيس المكتبة').boundingBox();
  const last = await marker(page, 'الذكرى الستون').boundingBox();
  expect(first?.y ?? Infinity).toBeLessThan(last?.y ?? 0);
  // The dot (on the axis) is at the row's right, the label to its left.
  const dot = await marker(page, 'تأسيس المكتبة').locator('.ql-marker-dot').boundingBox();
  const label = await marker(page, 'تأسيس المكتبة').locator('.ql-vmarker-label').boundingBox();
  expect(dot?.x ?? 0).toBeGreaterThan(label?.x ?? Infinity);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // ↓ still moves forward in time; ← too, as on the wide track.
  await marker(page, 'الفيضان').focus();
  await page.keyboard.press('ArrowDown');
  await expect(marker(page, 'الترميم')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(marker(page, 'الفهرس الإلكتروني')).toHaveAttribute('aria-selected', 'true');
});

test('?lang=ar mirrors the bundled (English) story after hydration: its first event at the right, its story text still left to right', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${app.url}?lang=ar`);
  await expect(page.locator('section.ql-timeline')).toHaveAttribute('dir', 'rtl');
  const first = page.getByRole('tab', { name: /^Robotaxi prediction/ });
  const last = page.getByRole('tab', { name: /^Critique: moderation/ });
  expect(await centreX(first.locator('.ql-marker-dot'))).toBeGreaterThan(await centreX(last.locator('.ql-marker-dot')));
  await expectNoOverlaps(page);
  const headline = page.getByRole('tabpanel').getByRole('heading', { level: 2 });
  // An English headline in a right-to-left panel starts at its left edge, as English reads.
  const firstLineIndent = await headline.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return (range.getClientRects()[0]?.left ?? Infinity) - element.getBoundingClientRect().left;
  });
  expect(firstLineIndent).toBeLessThan(2);
});
