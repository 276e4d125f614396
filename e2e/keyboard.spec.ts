import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

type StoryFile = { events: { id: string; start: string; headline: string; label: string }[] };
const story = JSON.parse(readFileSync('stories/lecun-musk.json', 'utf8')) as StoryFile;
// Time order as the app sorts: by date, file order for equal dates.
const inTimeOrder = story.events.map((event, index) => ({ ...event, index })).sort((a, b) => a.start.localeCompare(b.start) || a.index - b.index);
const headlines = inTimeOrder.map((event) => event.headline);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
}

async function tabIntoTrack(page: Page): Promise<void> {
  // Past the header, the help button, the search field, the view switch, the two chip toolbars (issue 14) and the zoom controls.
  for (let press = 0; press < 16; press += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('role'))) === 'tab') return;
  }
  throw new Error('Tab never reached the event track');
}

test('the keyboard alone walks every event in time order, name and panel moving together', async ({ page, app }) => {
  await page.goto(app.url);
  await tabIntoTrack(page);
  await page.keyboard.press('Home');
  const heading = page.getByRole('tabpanel').getByRole('heading', { level: 2 });
  for (const [index, headline] of headlines.entries()) {
    // The name starts with the words the marker shows (WCAG 2.5.3), then the headline and date.
    expect(await focusedName(page)).toMatch(new RegExp(`^${escape(inTimeOrder[index]?.label ?? '')}: ${escape(headline)}, `));
    await expect(heading).toHaveText(headline);
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('aria-posinset', String(index + 1));
    await expect(focused).toHaveAttribute('aria-setsize', String(headlines.length));
    await expect(focused).toBeInViewport();
    await page.keyboard.press('ArrowRight');
  }
  await expect(heading).toHaveText(headlines[headlines.length - 1] ?? '');
  await page.keyboard.press('Home');
  await expect(heading).toHaveText(headlines[0] ?? '');
  await page.keyboard.press('End');
  await expect(heading).toHaveText(headlines[headlines.length - 1] ?? '');
  await expect(page).toHaveURL(new RegExp(`#${story.events.find((event) => event.headline === headlines[headlines.length - 1])?.id}$`));
});

test('Enter moves focus to the panel headline and Escape brings it back to the marker', async ({ page, app }) => {
  await page.goto(app.url);
  await tabIntoTrack(page);
  const marker = await focusedName(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toBeFocused();
  // Read on into the panel: Tab reaches a source link, and Escape still returns.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', /^https:/);
  await page.keyboard.press('Escape');
  expect(await focusedName(page)).toBe(marker);
});

test('the help dialog opens with ?, traps focus, and Escape returns focus to where it was', async ({ page, app }) => {
  await page.goto(app.url);
  await tabIntoTrack(page);
  const marker = await focusedName(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (let press = 0; press < 5; press += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await focusedName(page)).toBe(marker);
});

test('Tab passes through the timeline and out again, both ways', async ({ page, app }) => {
  await page.goto(app.url);
  await tabIntoTrack(page);
  let left = false;
  for (let press = 0; press < 60 && !left; press += 1) {
    await page.keyboard.press('Tab');
    left = await page.evaluate(() => !document.activeElement?.closest('.ql-timeline') && document.activeElement !== document.body);
  }
  expect(left).toBe(true);
  await expect(page.locator(':focus')).toHaveText('Download this story’s data (JSON)');
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.ql-timeline'))).toBe(true);
});

test('every interactive element shows a visible focus indicator', async ({ page, app }) => {
  await page.goto(app.url);
  for (let press = 0; press < 8; press += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as Element;
      const style = getComputedStyle(element);
      return { element: element.outerHTML.slice(0, 80), width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style, outline.element).not.toBe('none');
    expect(outline.width, outline.element).toBeGreaterThanOrEqual(2);
  }
});

test.describe('with prefers-reduced-motion', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 320, height: 700 } });
  test('keyboard moves scroll the list instantly, with no animation', async ({ page, app }) => {
    await page.goto(app.url);
    await tabIntoTrack(page);
    await page.keyboard.press('Home');
    // With motion reduced the scroll is done by the time the key press returns.
    await expect(page.locator(':focus')).toBeInViewport({ timeout: 100 });
    expect(
      await page
        .locator('.ql-size-live [role=tab]')
        .first()
        .evaluate((element) => getComputedStyle(element).transitionDuration),
    ).toBe('0s');
  });
});

test('shortcuts are ignored while typing in a text field of the host page', async ({ page, app }) => {
  await page.goto(app.url);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Search');
    document.querySelector('.ql-timeline')?.prepend(input);
    input.focus();
  });
  await page.keyboard.type('?0+');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('?0+');
});

test('every marker and cluster badge is named first by the words it shows (WCAG 2.5.3)', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('tabpanel').waitFor();
  // A speech-input user says what they see: "click Memorial Day exchange".
  await page.getByRole('tab', { name: /^Memorial Day exchange/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(/what ‘science’ LeCun has done/);
  const controls = page.locator('.ql-track [role="tab"], .ql-track .ql-cluster');
  const pairs = await controls.evaluateAll((elements) => elements.map((element) => [(element as HTMLElement).innerText.trim(), element.getAttribute('aria-label') ?? '']));
  expect(pairs.length).toBeGreaterThan(5);
  for (const [visible = '-', name = ''] of pairs) expect(name.startsWith(visible), `${visible} / ${name}`).toBe(true);
});

for (const [end, jump, beyond] of [
  ['last', 'End', 'ArrowRight'],
  ['first', 'Home', 'ArrowLeft'],
] as const) {
  test(`focus stays on Zoom in after an arrow key past the ${end} event (issue #9)`, async ({ page, app }) => {
    await page.goto(app.url);
    await tabIntoTrack(page);
    await page.keyboard.press(jump);
    await page.keyboard.press(beyond);
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    await zoomIn.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Show all' })).toBeEnabled();
    await expect(zoomIn).toBeFocused();
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page.getByRole('button', { name: 'Show all' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Show all' })).toBeDisabled();
  });
}
