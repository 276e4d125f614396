import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens the app on the story at `storyUrl`. */
const openStory = (page: Page, app: { url: string }, storyUrl: string) => page.goto(`${app.url}?src=${encodeURIComponent(storyUrl)}`);

/** Drops the console errors a test causes on purpose (they are asserted by the test itself). */
function allowErrors(errors: string[], pattern: RegExp): void {
  const kept = errors.filter((error) => !pattern.test(error));
  errors.splice(0, errors.length, ...kept);
}

/** Tab from the top of the page reaches the Retry button: the page stays operable by keyboard. */
async function expectRetryByKeyboard(page: Page): Promise<void> {
  const retry = page.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(retry).toBeFocused();
}

const unreadable = [
  { file: 'empty.json', says: 'is empty: the server sent no data.' },
  { file: 'not-json.json', says: 'is neither JSON nor a TimelineJS sheet as CSV: Unexpected token' },
  { file: 'array.json', says: 'is a list (JSON array), not a Quoteline or TimelineJS story: expected an object with an "events" list.' },
  { file: 'number.json', says: 'is a number, not a Quoteline or TimelineJS story: expected an object with an "events" list.' },
];

for (const { file, says } of unreadable) {
  test(`a ?src= file that ${says.split(':')[0]} (${file}) says so, naming the URL, and offers Retry`, async ({ page, app, files }) => {
    const url = `${files.url}broken/${file}`;
    await openStory(page, app, url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`The story at ${url} ${says}`);
    await expectRetryByKeyboard(page);
    // Retry loads the file again, and says the same.
    await page.keyboard.press('Enter');
    await expect(alert).toContainText(says);
    await expect(page.getByRole('button', { name: 'Retry' })).toBeFocused();
  });
}

test('a ?src= file that is not JSON names the line and column of the error', async ({ page, app, files }) => {
  await openStory(page, app, `${files.url}broken/not-json.json`);
  await expect(page.getByRole('alert')).toContainText(/<!doctype|line 1 column 1/);
});

test('duplicate ids: the story shows without the second event of an id, and the alert names both places', async ({ page, app, files }) => {
  await openStory(page, app, `${files.url}broken/duplicate-ids.json`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some of this story could not be shown: 1 error in the file. The rest is below.');
  await expect(alert).toContainText('events[2].id: "first" is already the id of events[0]: expected ids unique in the story; this event is left out');
  await expect(page.getByRole('tab')).toHaveCount(2);
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('Second event');
});

test('events out of order in the file are shown in time order, with no error', async ({ page, app, files }) => {
  await openStory(page, app, `${files.url}broken/out-of-order.json`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Out of order');
  await expect(page.getByRole('tab')).toHaveText(['January', 'February', 'March']);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('tab', { name: /^January/ }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('February');
});

test('a 404 names the URL and the status, and offers Retry', async ({ page, app, files }) => {
  const url = `${files.url}broken/missing.json`;
  await openStory(page, app, url);
  await expect(page.getByRole('alert')).toContainText(`Could not load the story from ${url}: the server answered 404 Not Found.`);
  await expectRetryByKeyboard(page);
});

test('a story on a server that does not allow CORS says the request failed and what the server must send', async ({ page, app, hosts, consoleErrors }) => {
  // The hosts server sends no Access-Control-Allow-Origin, and the app is on another origin.
  const url = `${hosts.url}test/fixtures/broken/out-of-order.json`;
  await openStory(page, app, url);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`Could not load the story from ${url}: the request failed`);
  await expect(alert).toContainText('that server must allow it with an Access-Control-Allow-Origin header');
  await expectRetryByKeyboard(page);
  // Chromium reports the blocked request in the console; the page itself throws nothing.
  allowErrors(consoleErrors, /CORS policy/);
});

/** A server that sends `body` in `parts` chunks, `delayMs` apart, with CORS and a Content-Length. */
async function startSlowServer(body: string, parts: number, delayMs: number): Promise<{ url: string; server: Server }> {
  const bytes = Buffer.from(body);
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.byteLength), 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    const size = Math.ceil(bytes.byteLength / parts);
    let sent = 0;
    const next = (): void => {
      if (response.destroyed) return;
      response.write(bytes.subarray(sent, sent + size));
      sent += size;
      if (sent >= bytes.byteLength) response.end();
      else setTimeout(next, delayMs);
    };
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow.json`, server };
}

test('a slow response shows a labelled progress bar of the bytes read, then the story', async ({ page, app }) => {
  const { url, server } = await startSlowServer(readFileSync('test/fixtures/broken/slow.json', 'utf8'), 12, 250);
  try {
    await openStory(page, app, url);
    const bar = page.getByRole('progressbar', { name: new RegExp(`^Loading the story from ${url.replace(/[.?]/g, '\\$&')}… \\d+ bytes of `) });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('value', /^[1-9]\d*$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A slow story');
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('Slow but sure');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('Retry after a failed response loads the story, and the keyboard works on it', async ({ page, app, files }) => {
  const url = `${files.url}broken/out-of-order.json`;
  let requests = 0;
  await page.route(url, async (route) => {
    requests += 1;
    if (requests === 1) await route.fulfill({ status: 503, headers: { 'access-control-allow-origin': '*' }, body: 'busy' });
    else await route.continue();
  });
  await openStory(page, app, url);
  await expect(page.getByRole('alert')).toContainText(`Could not load the story from ${url}: the server answered 503`);
  await expectRetryByKeyboard(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Out of order');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('March');
  expect(requests).toBe(2);
});

test('a panel whose code fails to load shows a short message for its event, and ← → still move through the others', async ({ page, app, files, consoleErrors }) => {
  // The media card is a lazy chunk: without it, the media event cannot render.
  await page.route(/\/assets\/MediaFigure-[\w-]+\.js$/, (route) => route.abort());
  await openStory(page, app, `${files.url}broken/media.json`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A story with media');
  const headline = page.getByRole('tabpanel').getByRole('heading', { level: 2 });
  await page.getByRole('tab', { name: /^Before the picture/ }).click();
  await expect(headline).toHaveText('Before the picture');
  await page.keyboard.press('ArrowRight');
  await expect(headline).toHaveText('The picture');
  await expect(page.getByRole('tabpanel')).toContainText('This event could not be shown.');
  await expect(page.getByRole('tab', { name: /^The picture/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(headline).toHaveText('After the picture');
  await expect(page.getByRole('tabpanel')).not.toContainText('could not be shown');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(headline).toHaveText('Before the picture');
  // React reports the caught error; nothing is thrown past the boundary.
  allowErrors(consoleErrors, /Failed to fetch dynamically imported module|MediaFigure/);
});

function articleUrl(hosts: { url: string }, app: { url: string }, frameQuery: string): string {
  return `${hosts.url}test/fixtures/hosts/article.html?${new URLSearchParams({ app: app.url, frameQuery })}`;
}

async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/embed.html'))).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes('/embed.html'));
  if (!frame) throw new Error('no embed frame');
  return frame;
}

const frameHeight = (page: Page): Promise<number> =>
  page
    .locator('iframe')
    .first()
    .evaluate((element) => Math.round(element.getBoundingClientRect().height));
const contentHeight = (frame: Frame): Promise<number> => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

test('in an embed, a broken story shows its message inside the frame, the host page has no error, and the frame is sized to it', async ({ page, app, hosts, files }) => {
  const url = `${files.url}broken/array.json`;
  await page.goto(articleUrl(hosts, app, `?src=${encodeURIComponent(url)}`));
  const frame = await embedFrame(page);
  await expect(frame.getByRole('alert')).toContainText(`The story at ${url} is a list (JSON array)`);
  await expect(frame.getByRole('button', { name: 'Retry' })).toBeVisible();
  // The frame took no focus on load, and the host's own content is untouched.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expect(page.locator('#after')).toHaveText('The article goes on after the timeline.');
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 }).toBeLessThanOrEqual(1);
});

test('in an embed, a panel that fails to render stays inside the frame, which keeps being sized', async ({ page, app, hosts, files, consoleErrors }) => {
  await page.route(/\/assets\/MediaFigure-[\w-]+\.js$/, (route) => route.abort());
  await page.goto(articleUrl(hosts, app, `?src=${encodeURIComponent(`${files.url}broken/media.json`)}&event=two`));
  const frame = await embedFrame(page);
  await expect(frame.getByRole('tabpanel')).toContainText('This event could not be shown.');
  await expect(frame.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('The picture');
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 }).toBeLessThanOrEqual(1);
  await frame.getByRole('tab', { name: /^After the picture/ }).click();
  await expect(frame.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('After the picture');
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 }).toBeLessThanOrEqual(1);
  allowErrors(consoleErrors, /Failed to fetch dynamically imported module|MediaFigure/);
});
