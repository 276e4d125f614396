import type { Page } from '@playwright/test';
import { benchHeadline, generateStory } from '../bench/generate.mjs';
import { expect, test } from './fixtures';
import { expectNoOverlaps } from './overlaps';

const trackWidth = (page: Page): Promise<number> => page.locator('.ql-track').evaluate((track) => track.getBoundingClientRect().width);

test('Ctrl + wheel over the track zooms around the pointer; a plain wheel scrolls the page', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(app.url);
  const before = await trackWidth(page);
  const frame = page.locator('.ql-track-frame');
  const box = await frame.boundingBox();
  if (!box) throw new Error('no track');
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await trackWidth(page)).toBe(before);
  await page.evaluate(() => window.scrollTo(0, 0));
  const again = await frame.boundingBox();
  if (!again) throw new Error('no track');
  await page.mouse.move(again.x + again.width * 0.9, again.y + again.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(() => trackWidth(page)).toBeGreaterThan(before * 1.5);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Zoomed around the pointer: the right end of the story stays in view.
  expect(await frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeEnabled();
  await expectNoOverlaps(page);
});

test('the zoom buttons and the + − 0 keys zoom in, out and back to the whole story', async ({ page, app }) => {
  await page.goto(app.url);
  const base = await trackWidth(page);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect.poll(() => trackWidth(page)).toBeCloseTo(base * 2, -1);
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect.poll(() => trackWidth(page)).toBeCloseTo(base, -1);
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => trackWidth(page)).toBeCloseTo(base * 4, -1);
  await expect(page.getByRole('tab', { selected: true })).toBeFocused();
  await expectNoOverlaps(page);
  await page.keyboard.press('-');
  await expect.poll(() => trackWidth(page)).toBeCloseTo(base * 2, -1);
  await page.keyboard.press('0');
  await expect.poll(() => trackWidth(page)).toBeCloseTo(base, -1);
  await expect(page.getByRole('button', { name: 'Show all' })).toBeDisabled();
});

test('the compression switch turns breaks off and on, and the URL keeps the choice', async ({ page, app }) => {
  await page.goto(app.url);
  const toggle = page.getByRole('switch', { name: /^Compress/ });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('.ql-break-label').first()).toHaveText('4 years');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(page.locator('.ql-break')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]compress=0/);
  await page.reload();
  await expect(page.getByRole('switch', { name: /^Compress/ })).toHaveAttribute('aria-checked', 'false');
  await expect(page.locator('.ql-break')).toHaveCount(0);
  await page.getByRole('switch', { name: /^Compress/ }).click();
  await expect(page).not.toHaveURL(/compress=/);
  await expect(page.locator('.ql-break')).not.toHaveCount(0);
});

test('a cluster opens by keyboard: it zooms in and focus lands on its first event', async ({ page, app }) => {
  // The bundled story has room for every event at 1280 px; 300 events do not.
  const body = JSON.stringify(generateStory(300));
  await page.route('**/generated/crowd.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${app.url}?src=generated/crowd.json`);
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(benchHeadline(0, 300));
  const cluster = page.locator('.ql-cluster').first();
  await expect(cluster).toBeVisible();
  const name = (await cluster.getAttribute('aria-label')) ?? '';
  expect(name).toMatch(/^\d+ events, .+: zoom in$/);
  const base = await trackWidth(page);
  for (let press = 0; press < 12 && !(await cluster.evaluate((element) => element === document.activeElement)); press += 1) await page.keyboard.press('Tab');
  await expect(cluster).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => trackWidth(page)).toBeGreaterThan(base * 1.5);
  await expect(page.locator(':focus')).toHaveAttribute('role', 'tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-selected', 'true');
  await expectNoOverlaps(page);
});

test('a touch pinch on the track zooms; the track leaves vertical swipes to the page', async ({ page, app }) => {
  await page.goto(app.url);
  expect(await page.locator('.ql-track-frame').evaluate((frame) => getComputedStyle(frame).touchAction)).toBe('pan-x pan-y');
  const base = await trackWidth(page);
  await page.locator('.ql-track-frame').evaluate((frame) => {
    const box = frame.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const fire = (type: string, id: number, x: number): void => {
      const init = { pointerId: id, pointerType: 'touch', clientX: x, clientY: y, bubbles: true, isPrimary: id === 1 };
      (type === 'pointerdown' ? frame : window).dispatchEvent(new PointerEvent(type, init));
    };
    fire('pointerdown', 1, box.left + 300);
    fire('pointerdown', 2, box.left + 400);
    fire('pointermove', 1, box.left + 200);
    fire('pointermove', 2, box.left + 500);
    fire('pointerup', 1, box.left + 200);
    fire('pointerup', 2, box.left + 500);
  });
  await expect.poll(() => trackWidth(page)).toBeGreaterThan(base * 2);
});

test('the overview shows the part on screen and moves the track with the keyboard', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Part of the timeline on screen' });
  await expect(slider).toHaveAttribute('aria-valuetext', /^Showing .+ to .+$/);
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => page.locator('.ql-track-frame').evaluate((frame) => frame.scrollLeft)).toBe(0);
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.locator('.ql-track-frame').evaluate((frame) => frame.scrollLeft)).toBeGreaterThan(100);
  await expect(slider).not.toHaveAttribute('aria-valuenow', '0');
});

test.describe('at 10,000 events', () => {
  const count = 10_000;
  test('keyboard navigation still moves through events in time order, rendering only what is on screen', async ({ page, app }) => {
    test.setTimeout(60_000);
    const body = JSON.stringify(generateStory(count));
    await page.route('**/generated/story.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto(`${app.url}?src=generated/story.json`);
    const heading = page.getByRole('tabpanel').getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(benchHeadline(0, count), { timeout: 15_000 });
    expect(await page.locator('.ql-marker, .ql-cluster').count()).toBeLessThan(500);
    await page.getByRole('tab', { selected: true }).focus();
    for (let index = 1; index <= 40; index += 1) {
      await page.keyboard.press('ArrowRight');
      await expect(heading).toHaveText(benchHeadline(index, count));
      await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', String(index + 1));
    }
    await page.keyboard.press('End');
    await expect(heading).toHaveText(benchHeadline(count - 1, count));
    await expect(page.locator(':focus')).toHaveAttribute('aria-setsize', String(count));
    await page.keyboard.press('ArrowLeft');
    await expect(heading).toHaveText(benchHeadline(count - 2, count));
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expectNoOverlaps(page);
    // The text list of a large story is built on request, from a button that shows when focused.
    const listButton = page.getByRole('button', { name: 'Read all 10,000 events as a list' });
    await listButton.focus();
    expect((await listButton.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  });
});
