import { readFileSync } from 'node:fs';
import arabic from '../src/i18n/catalogs/ar';
import { en as english } from '../src/i18n/catalogs/en';
import japanese from '../src/i18n/catalogs/ja';
import { embedFrame } from './embedFrame';
import { expect, test } from './fixtures';
import { readLayoutShifts } from './layoutShifts';

type StoryFile = { startEventId: string; events: { id: string; start: string; headline: string }[] };
const story = JSON.parse(readFileSync('stories/lecun-musk.json', 'utf8')) as StoryFile;
const opening = story.events.find((event) => event.id === story.startEventId);
if (!opening) throw new Error('the bundled story has no start event');
/** The opening event's date, 2024-05-27, as each language writes it (Intl, as the app formats it). */
const [year, month, day] = opening.start.split('-').map(Number) as [number, number, number];
const dateIn = (locale: string): string => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));

test("?lang=de on the bundled page switches <html lang> and the selected event's date to German", async ({ page, app }) => {
  expect(dateIn('de')).toBe('27. Mai 2024');
  await page.goto(`${app.url}?lang=de`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('tabpanel').locator('time').first()).toHaveText('27. Mai 2024');
});

// The story's quiet stretch of four years (2019 to 2023) is a labelled break on the compressed axis.
test('in German, the interface, the dates, the ticks and the break labels are German', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${app.url}?lang=de`);
  const timeline = page.locator('.ql-timeline');
  await expect(timeline.getByRole('button', { name: 'Tastenkürzel' })).toBeVisible();
  await expect(timeline.getByRole('button', { name: 'Vergrößern' })).toBeVisible();
  await expect(timeline.locator('.ql-size-live .ql-break-label')).toHaveText(['4 Jahre']);
  await expect(timeline.locator('.ql-size-live .ql-tick-label').filter({ hasText: /^Okt\. 2023$/ })).toHaveCount(1);
  await expect(page.getByRole('tabpanel').locator('.ql-card-position')).toHaveText(/^\d+ von \d+$/);
});

test('in Japanese, the interface, the dates, the ticks and the break labels are Japanese', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${app.url}ja/`);
  const timeline = page.locator('.ql-timeline');
  await expect(timeline.getByRole('button', { name: 'キーボードショートカット' })).toBeVisible();
  await expect(timeline.locator('.ql-size-live .ql-break-label')).toHaveText(['4 年']);
  await expect(timeline.locator('.ql-size-live .ql-tick-label').filter({ hasText: /^2023年10月$/ })).toHaveCount(1);
  await expect(page.getByRole('tabpanel').locator('time').first()).toHaveText('2024年5月27日');
  await expect(page.getByRole('tabpanel').locator('.ql-card-position')).toHaveText(/^\d+件中\d+件目$/);
});

test("the bundled page without ?lang= is in the story's language, English", async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tabpanel').locator('time').first()).toHaveText('May 27, 2024');
});

test('?lang= overrides the language of a ?src= story', async ({ page, app, files }) => {
  await page.goto(`${app.url}?src=${encodeURIComponent(`${files.url}stories/time-matrix.json`)}&lang=ja`);
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('tabpanel').locator('time').first()).toHaveText(/\d+年/);
});

test('a ?src= story on the prerendered Arabic page loads (its parser and worker one folder up) and reads in Arabic', async ({ page, app, files }) => {
  await page.goto(`${app.url}ar/?src=${encodeURIComponent(`${files.url}stories/time-matrix.json`)}`);
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.ql-footer a[href$=".json"]')).toHaveAttribute('href', `${files.url}stories/time-matrix.json`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // Its dates written in Arabic: Arabic month names (a year alone keeps its digits).
  await expect(
    page
      .locator('time')
      .filter({ hasText: /[\u0600-\u06FF]/ })
      .first(),
  ).toBeAttached();
});

test('the prerendered Japanese page has <html lang="ja"> and Japanese dates before any script runs', async ({ request, app }) => {
  const response = await request.get(`${app.url}ja/`);
  expect(response.ok()).toBe(true);
  const html = await response.text();
  expect(html).toMatch(/<html lang="ja" dir="ltr"/);
  expect(dateIn('ja')).toBe('2024年5月27日');
  expect(html).toContain(`<time class="ql-card-date" dateTime="${opening.start}">2024年5月27日</time>`);
  // The interface in its catalog's words (whatever they are), not English.
  expect(japanese['page.download']).not.toBe(english['page.download']);
  expect(html).toContain(`>${String(japanese['page.download'])}</a>`);
  // Its catalog is fetched with the app's code, to be loaded before hydration.
  expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\.\.\/assets\/ja-[\w-]+\.js"/);
});

test('the prerendered Japanese page, scripts off, shows its Japanese date and its stylesheets', async ({ browser, app }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${app.url}ja/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('.ql-card-date')).toHaveText('2024年5月27日');
  // The site's stylesheet, one folder up, applies: the visually hidden text is hidden.
  expect(
    await page
      .locator('.ql-visually-hidden')
      .first()
      .evaluate((element) => getComputedStyle(element).position),
  ).toBe('absolute');
  await context.close();
});

test('the prerendered Arabic page and embed are right to left, with Arabic dates', async ({ request, app }) => {
  for (const path of ['ar/', 'ar/embed.html']) {
    const html = await (await request.get(`${app.url}${path}`)).text();
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain(`dateTime="${opening.start}">${dateIn('ar')}</time>`);
    expect(html).toContain(`>${String(arabic['page.download'])}</a>`);
  }
});

for (const [name, path] of [
  ['Arabic page', 'ar/'],
  ['Japanese page', 'ja/'],
  ['Arabic embed', 'ar/embed.html'],
  ['Japanese embed', 'ja/embed.html'],
] as const) {
  test(`the prerendered ${name} hydrates in its language without moving`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.goto(`${app.url}${path}`);
    const before = await page.locator('.ql-card').boundingBox();
    const dateBefore = await page.locator('.ql-card-date').textContent();
    // Hydrated (see e2e/embed.spec.ts): the live track is in, then two frames for effects to settle.
    await page.waitForFunction(() => document.querySelector('.ql-size-live [role=tab][tabindex="0"]') !== null);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await page.locator('.ql-card').boundingBox()).toEqual(before);
    expect(await page.locator('.ql-card-date').textContent()).toBe(dateBefore);
    expect(await readLayoutShifts(page)).toEqual([]);
    const lang = path.slice(0, 2);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    // Still in the catalog's words: hydration found the same catalog loaded.
    await expect(page.locator('.ql-footer a[href$=".json"]')).toHaveText(String((lang === 'ar' ? arabic : japanese)['page.download']));
  });
}

test('?lang=fr on the prerendered Japanese page renders it in French once hydrated', async ({ page, app }) => {
  await page.goto(`${app.url}ja/?lang=fr`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('tabpanel').locator('time').first()).toHaveText(dateIn('fr'));
});

test("a language page links to the site's files one folder up: the story data and the Embed snippets", async ({ page, app }) => {
  await page.goto(`${app.url}ar/`);
  // By what they point at and do, not their words: those are the catalog's, in Arabic.
  await expect(page.locator('.ql-footer a[href$=".json"]')).toHaveAttribute('href', '../stories/lecun-musk.json');
  await page.locator('.ql-embed-button').click();
  const snippet = page.getByRole('dialog').locator('textarea').first();
  await expect(snippet).toHaveValue(new RegExp(`src="${app.url}embed\\.html\\?event=${story.startEventId}&amp;lang=ar"`));
  await expect(snippet).toHaveValue(new RegExp(`src="${app.url}embed\\.js"`));
});

test('<quote-line data-lang> gives its frame ?lang=, and the embed reads in that language', async ({ page, app, hosts }) => {
  const query = new URLSearchParams({ app: app.url, mode: 'element', lang: 'de' });
  await page.goto(`${hosts.url}test/fixtures/hosts/article.html?${query}`);
  const frame = await embedFrame(page);
  expect(new URL(frame.url()).searchParams.get('lang')).toBe('de');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
  await expect(frame.getByRole('tabpanel').locator('time').first()).toHaveText('27. Mai 2024');
});
