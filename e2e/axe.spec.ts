import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Every WCAG 2.2 A/AA rule, plus axe's best-practice and experimental rules (off by default), such
 * as label-content-name-mismatch (WCAG 2.5.3). No rule is disabled.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];

// axe with the experimental and best-practice rules takes 10-15 s a page on a loaded 2-core
// machine, and some tests check two pages: a time limit, not a speed assertion.
test.describe.configure({ timeout: 90_000 });

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Opens the make page and, unless `isEmpty`, reads a story with problems into it and fills the hosting URL: problems, preview and code. */
async function openMakePage(page: Page, appUrl: string, { isEmpty = false } = {}): Promise<void> {
  await page.goto(`${appUrl}make.html`);
  await page.getByRole('heading', { level: 1, name: 'Make a timeline' }).waitFor();
  if (isEmpty) return;
  await page.getByLabel('Choose a JSON or CSV file, or drop it here').setInputFiles('test/fixtures/stories/sheet-broken.csv');
  await page.getByLabel('Where you will host the file').fill('https://data.example.org/stories/feud.csv');
  await page.getByLabel(/^Iframe/).waitFor();
}

test('axe: initial view', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('tabpanel').waitFor();
  await expectNoViolations(page);
});

test('axe: panel open with focus on the headline', async ({ page, app }) => {
  await page.goto(`${app.url}#musk-acquires-twitter`);
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toBeFocused();
  await expectNoViolations(page);
});

test('axe: help dialog open', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page);
});

test('axe: embed dialog open, and the embed view', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog', { name: 'Embed this timeline' })).toBeVisible();
  await expectNoViolations(page);
  await page.goto(`${app.url}embed.html?event=lecun-critique-hype`);
  await page.getByRole('tabpanel').waitFor();
  await expectNoViolations(page);
});

test('axe: the make page, empty and with a story, its problems and its embed code', async ({ page, app }) => {
  await openMakePage(page, app.url, { isEmpty: true });
  await expectNoViolations(page);
  await openMakePage(page, app.url);
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
});

test.describe('axe at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no violations', async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('tabpanel').waitFor();
    await expectNoViolations(page);
  });
  test('no violations on the make page with a story', async ({ page, app }) => {
    await openMakePage(page, app.url);
    await expectNoViolations(page);
  });
});

test.describe('axe in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('no violations, panel and dialog', async ({ page, app }) => {
    await page.goto(`${app.url}#lecun-critique-hype`);
    await page.getByRole('tabpanel').waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
    await expectNoViolations(page);
  });
  test('no violations on the make page with a story', async ({ page, app }) => {
    await openMakePage(page, app.url);
    await expectNoViolations(page);
  });
});

test.describe('axe at 200 % zoom', () => {
  // 200 % zoom of a 1280 px window: half the CSS width at twice the device pixels.
  test.use({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  test('no violations and no sideways page scroll', async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('tabpanel').waitFor();
    await expectNoViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } });
  test('markers are at least 44 × 44 px', async ({ page, app }) => {
    await page.goto(app.url);
    const sizes = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect()).map((box) => Math.min(box.width, box.height)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  });
});

test('markers are at least 24 × 24 px with a mouse', async ({ page, app }) => {
  await page.goto(app.url);
  const sizes = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect()).map((box) => Math.min(box.width, box.height)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});

test.describe('in forced-colors mode', () => {
  test.use({ forcedColors: 'active' });
  test('markers keep a visible edge and the focus ring stays', async ({ page, app }) => {
    await page.goto(app.url);
    const marker = page.getByRole('tab', { selected: true });
    await marker.focus();
    const style = await marker.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { border: computed.borderTopStyle, outline: computed.outlineStyle };
    });
    expect(style.border).toBe('solid');
    expect(style.outline).not.toBe('none');
  });
});

test('axe: a search active (some events dimmed, words marked), on a wide page and a phone', async ({ page, app }) => {
  await page.goto(`${app.url}?q=science&person=Yann%20LeCun#science-definition-clash`);
  await page.getByRole('tabpanel').locator('mark').first().waitFor();
  await expectNoViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('tablist', { name: /^Events/ })).toHaveAttribute('aria-orientation', 'vertical');
  await expectNoViolations(page);
});

test('axe: the quotes view, and a search that finds nothing', async ({ page, app }) => {
  await page.goto(`${app.url}?q=papers&view=quotes`);
  await page.getByRole('list', { name: /^Quotes/ }).waitFor();
  await expectNoViolations(page);
  await page.goto(`${app.url}?q=zeppelin`);
  await page.getByRole('button', { name: 'Clear search' }).waitFor();
  await expectNoViolations(page);
});
