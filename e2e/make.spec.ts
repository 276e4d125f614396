import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { parseStory } from '../src/data/parseStory';
import { embedFrame } from './embedFrame';
import { expect, test } from './fixtures';

const BASIC_CSV = 'test/fixtures/stories/sheet-basic.csv';
const BROKEN_CSV = 'test/fixtures/stories/sheet-broken.csv';
const BASIC_TITLE = 'The feud as a sheet';
const BUNDLED_STORY = 'stories/lecun-musk.json';

async function openMakePage(page: Page, app: { url: string }): Promise<void> {
  await page.goto(`${app.url}make.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Make a timeline' })).toBeVisible();
}

/** Drops a file on the drop zone as a browser does: dragenter, dragover, then drop, with the file in a DataTransfer. */
async function dropFile(page: Page, path: string, type: string): Promise<void> {
  const zone = page.getByRole('group', { name: 'Or a file from your computer' });
  const dataTransfer = await page.evaluateHandle(
    ({ text, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      return transfer;
    },
    { text: readFileSync(path, 'utf8'), name: path.split('/').pop() ?? 'story', type },
  );
  for (const event of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(event, { dataTransfer });
}

const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const embedCode = (page: Page) => page.getByRole('region', { name: 'Embed code' });

test('a chosen CSV shows its format, a preview with its title and events, and the file input names it', async ({ page, app }) => {
  await openMakePage(page, app);
  await page.getByLabel('Choose a JSON or CSV file, or drop it here').setInputFiles(BASIC_CSV);
  await expect(preview(page).getByText('Read as TimelineJS sheet (CSV): 3 events, no errors, 1 warning.')).toBeVisible();
  await expect(preview(page).getByRole('heading', { level: 3, name: BASIC_TITLE })).toBeVisible();
  await expect(preview(page).getByRole('tab')).toHaveCount(3);
  await expect(preview(page).getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('LeCun and Bengio debate');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The live region says what was read.
  await expect(page.getByRole('status')).toHaveText(`Read as TimelineJS sheet (CSV). Loaded “${BASIC_TITLE}”: 3 events.`);
});

test('a broken CSV dropped on the zone lists its problems by row and column, and shows what it can', async ({ page, app }) => {
  await openMakePage(page, app);
  await dropFile(page, BROKEN_CSV, 'text/csv');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Read as TimelineJS sheet (CSV). Some of this story could not be shown');
  await expect(alert.getByRole('listitem').filter({ hasText: 'row 2, column Month' })).toBeVisible();
  await expect(alert.getByRole('listitem').filter({ hasText: 'row 4, column Time' })).toBeVisible();
  await expect(preview(page).getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('A good row');
  // The input names the dropped file, as it names a chosen one.
  expect(await page.getByLabel('Choose a JSON or CSV file, or drop it here').evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe('sheet-broken.csv');
  // Then another file: the page keeps working.
  await page.getByLabel('Choose a JSON or CSV file, or drop it here').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"events": [') });
  await expect(alert).toContainText('This story could not be shown: 1 error in the file.');
  await expect(alert).toContainText('(file): is neither JSON nor a TimelineJS sheet as CSV');
  await expect(preview(page).getByRole('tablist')).toHaveCount(0);
  await expect(embedCode(page)).toHaveCount(0);
  await page
    .getByLabel('Choose a JSON or CSV file, or drop it here')
    .setInputFiles({ name: 'types.json', mimeType: 'application/json', buffer: Buffer.from('{"quoteline": 1, "id": 5, "title": "T", "events": []}') });
  await expect(alert).toContainText('Read as Quoteline JSON.');
  await expect(alert.getByRole('listitem').first()).toContainText('id');
});

test('the copied iframe code for a dropped file, hosted where the editor said, embeds the story in an article', async ({ page, app, files, hosts, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await openMakePage(page, app);
  await dropFile(page, BASIC_CSV, 'text/csv');
  await expect(embedCode(page).getByText('The embed code appears here once the address is filled in.')).toBeVisible();
  const hosted = `${files.url}stories/sheet-basic.csv`;
  await page.getByLabel('Where you will host the file').fill(hosted);
  // The fixture server is another origin than the app: the page says it must allow the app's.
  await expect(embedCode(page).getByText(/must send the header Access-Control-Allow-Origin/)).toBeVisible();
  await embedCode(page).getByRole('button', { name: 'Copy iframe code' }).click();
  await expect(embedCode(page).getByText('Copied the iframe code.')).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toBe(await page.getByLabel(/^Iframe/).inputValue());
  expect(code).toBe(
    `<iframe src="${app.url}embed.html?src=${encodeURIComponent(hosted)}" title="Interactive timeline: ${BASIC_TITLE}" width="100%" height="720" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="border:0;width:100%" data-quoteline></iframe>\n<script async src="${app.url}embed.js"></script>`,
  );

  // An article on another site (the host pages' server), with exactly that code in it.
  const articlePath = testInfo.outputPath('article.html');
  writeFileSync(articlePath, `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>An article</title></head>\n<body>\n<h1>An article</h1>\n${code}\n</body>\n</html>\n`);
  const article = `${hosts.url}${relative(process.cwd(), articlePath).split(sep).join('/')}`;
  await page.goto(article);
  const frame = await embedFrame(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(BASIC_TITLE);
  await expect(frame.getByRole('tab')).toHaveCount(3);
  for (const headline of ['LeCun and Bengio debate', 'Musk asks what "science" LeCun has done', "LeCun's critique"]) {
    await expect(frame.locator('.ql-event-list').getByRole('heading', { level: 3, name: headline, exact: true })).toHaveCount(1);
  }
  // The loader sized the frame to its content.
  await expect.poll(() => page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).not.toBe(720);
});

test('a URL typed in the field loads, and its embed code points at it; nothing but that URL leaves the app', async ({ page, app, files }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(app.origin) || request.method() !== 'GET') requests.push(`${request.method()} ${request.url()}`);
  });
  await openMakePage(page, app);
  const url = `${files.url}stories/sheet-basic.csv`;
  await page.getByLabel('Link to a story file').fill(url);
  await page.getByRole('button', { name: 'Load' }).click();
  await expect(preview(page).getByRole('heading', { level: 3, name: BASIC_TITLE })).toBeVisible();
  await expect(page.getByText(`Read from ${url}`)).toBeVisible();
  await expect(page.getByLabel(/^Iframe/)).toHaveValue(new RegExp(`embed\\.html\\?src=${encodeURIComponent(url).replace(/\./g, '\\.')}"`));
  await expect(page.getByLabel(/^Custom element/)).toHaveValue(/^<quote-line src="[^"]+embed\.html\?src=/);
  await expect(embedCode(page).getByLabel('Where you will host the file')).toHaveCount(0);
  await expect(embedCode(page).getByRole('button', { name: 'Download as Quoteline JSON' })).toHaveCount(0);
  expect(requests).toEqual([`GET ${url}`]);
});

test('a Google Sheet’s “publish to web” page link loads the sheet’s CSV, and the page says so', async ({ page, app }) => {
  const sheet = 'https://docs.google.com/spreadsheets/d/e/2PACX-1vTestSheet/pubhtml?gid=0&single=true';
  const csv = 'https://docs.google.com/spreadsheets/d/e/2PACX-1vTestSheet/pub?gid=0&single=true&output=csv';
  // Google Sheets, played by the fixture: it answers the CSV link only, as the real one does, with CORS.
  await page.route('https://docs.google.com/**', (route) =>
    route.request().url() === csv
      ? route.fulfill({ contentType: 'text/csv', headers: { 'access-control-allow-origin': '*' }, body: readFileSync(BASIC_CSV, 'utf8') })
      : route.fulfill({ status: 404, headers: { 'access-control-allow-origin': '*' }, body: 'not this one' }),
  );
  await openMakePage(page, app);
  await page.getByLabel('Link to a story file').fill(sheet);
  await page.getByLabel('Link to a story file').press('Enter');
  await expect(page.getByText(`That link is the sheet’s web page; its CSV version is loaded instead: ${csv}`)).toBeVisible();
  await expect(preview(page).getByRole('heading', { level: 3, name: BASIC_TITLE })).toBeVisible();
  await expect(page.getByLabel(/^Iframe/)).toHaveValue(new RegExp(`src=${encodeURIComponent(csv).replace(/[.?]/g, '\\$&')}`));
});

test('a URL that cannot be loaded says why, next to the field or as an alert', async ({ page, app, files }) => {
  await openMakePage(page, app);
  const field = page.getByLabel('Link to a story file');
  await field.fill('javascript:alert(1)');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Only http and https addresses can be loaded/);
  await field.fill(`${files.url}stories/missing.csv`);
  await field.press('Enter');
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(page.getByRole('alert')).toHaveText(`Could not load the story from ${files.url}stories/missing.csv: the server answered 404 Not Found.`);
});

test('Download as Quoteline JSON gives a file that reads back as the same story', async ({ page, app }) => {
  await openMakePage(page, app);
  await page.getByLabel('Choose a JSON or CSV file, or drop it here').setInputFiles(BUNDLED_STORY);
  await expect(preview(page).getByText(/^Read as Quoteline JSON: \d+ events, no errors\.$/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), embedCode(page).getByRole('button', { name: 'Download as Quoteline JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('lecun-musk.json');
  const again = parseStory(JSON.parse(readFileSync(await download.path(), 'utf8')));
  const original = parseStory(JSON.parse(readFileSync(BUNDLED_STORY, 'utf8')));
  expect(again.issues).toEqual([]);
  expect(again.story?.title).toBe(original.story?.title);
  expect(again.story?.events.map((event) => [event.id, event.headline, event.quotes.length, event.sources.length])).toEqual(
    original.story?.events.map((event) => [event.id, event.headline, event.quotes.length, event.sources.length]),
  );
});

test('Download as Quoteline JSON of a sheet keeps the whole story, and says the sources are still to add', async ({ page, app }) => {
  await openMakePage(page, app);
  await page.getByLabel('Choose a JSON or CSV file, or drop it here').setInputFiles(BASIC_CSV);
  const download = embedCode(page).getByRole('button', { name: 'Download as Quoteline JSON' });
  await expect(download).toHaveAccessibleDescription(/the-feud-as-a-sheet\.json Every event should name its source, and none of its 3 events has one/);
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('the-feud-as-a-sheet.json');
  const text = readFileSync(await file.path(), 'utf8');
  const { format, story, issues, warnings } = parseStory(JSON.parse(text));
  expect(format).toBe('quoteline');
  expect(issues).toEqual([]);
  expect(story?.title).toBe(BASIC_TITLE);
  expect(story?.events).toHaveLength(3);
  expect(story?.eras.map((era) => era.label)).toEqual(['The spring of 2024']);
  expect(story?.categories.map((category) => category.label)).toEqual(['Debate', 'Exchange', 'Critique']);
  expect(warnings.filter((warning) => warning.path.endsWith('.sources'))).toHaveLength(3);
  // Chosen again, the page lists the same warnings, apart from errors (there are none).
  await page.getByLabel('Choose a JSON or CSV file, or drop it here').setInputFiles({ name: 'the-feud-as-a-sheet.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText('Read as Quoteline JSON: 3 events, no errors, 6 warnings.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a 20 MB file shows its reading progress, then the preview', async ({ page, app }) => {
  test.setTimeout(120_000);
  await openMakePage(page, app);
  // Every state the status area shows, as it shows them.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const progress = document.querySelector('progress');
      const text = progress ? `${progress.getAttribute('value') ?? 'indeterminate'}/${progress.getAttribute('max') ?? ''}` : '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  // A story padded to 20 MB with spaces: the reading is large, the parsing and the preview are not.
  const story = readFileSync(BUNDLED_STORY, 'utf8');
  const size = 20 * 1024 * 1024;
  await page
    .getByLabel('Choose a JSON or CSV file, or drop it here')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from(story), Buffer.alloc(size - Buffer.byteLength(story), ' ')]) });
  await expect(page.getByText('Read big.json (21 MB)')).toBeVisible({ timeout: 30_000 });
  await expect(preview(page).getByRole('tabpanel')).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen[0]).toBe(`0/${size}`);
  expect(seen).toContain('indeterminate/');
});

test('keyboard only: type a URL, load it, reach the iframe code and copy it', async ({ page, app, files, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await openMakePage(page, app);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Link to a story file')).toBeFocused();
  await page.keyboard.type(`${files.url}stories/sheet-basic.csv`);
  await page.keyboard.press('Enter');
  await expect(preview(page).getByRole('heading', { level: 3, name: BASIC_TITLE })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Load' })).toBeFocused();
  await page.keyboard.press('Tab');
  const fileInput = page.getByLabel('Choose a JSON or CSV file, or drop it here');
  await expect(fileInput).toBeFocused();
  expect(await fileInput.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  const copy = page.getByRole('button', { name: 'Copy iframe code' });
  for (let step = 0; step < 30 && !(await copy.evaluate((element) => element === document.activeElement)); step += 1) await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Copied the iframe code.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`embed.html?src=${encodeURIComponent(`${files.url}stories/sheet-basic.csv`)}`);
});

test('the app’s Embed dialog links to the make page', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Embed' }).click();
  await page.getByRole('dialog', { name: 'Embed this timeline' }).getByRole('link', { name: 'Make a timeline' }).click();
  await expect(page).toHaveURL(`${app.url}make.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Make a timeline' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`at 320 px, ${colorScheme}`, () => {
    test.use({ viewport: { width: 320, height: 640 }, colorScheme });
    test('the page, empty and with a story and its code, never scrolls sideways', async ({ page, app }) => {
      const scrollWidth = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);
      await openMakePage(page, app);
      expect(await scrollWidth()).toBeLessThanOrEqual(320);
      await dropFile(page, BROKEN_CSV, 'text/csv');
      await page.getByLabel('Where you will host the file').fill('https://data.example.org/a/rather/long/path/to/the/stories/of/this/newsroom/sheet-broken.csv');
      await expect(page.getByLabel(/^Iframe/)).toBeVisible();
      expect(await scrollWidth()).toBeLessThanOrEqual(320);
    });
  });
}
