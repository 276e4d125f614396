import type { BrowserContext, Frame, Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

// A reader's privacy, in the browser: walk every event and open every dialog, then check that no
// request went to another host, and that nothing was left behind (cookies, storage, databases).
// Everything not on the loopback servers is aborted, so nothing leaves the machine either way.

/** A request the page made, with whether it came from a top-level document. */
interface SeenRequest {
  url: string;
  isTopLevel: boolean;
}

/** Keys the app may keep in Web Storage: a reader's own display choices. It keeps none today. */
const ALLOWED_STORAGE_KEYS: readonly string[] = [];

/** A 1×1 transparent PNG, standing in for an allowed remote image. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const isNetwork = (url: string): boolean => /^(https?|wss?):/.test(url);
const isLoopback = (url: URL): boolean => url.hostname === '127.0.0.1' || url.hostname === 'localhost';

function isTopLevel(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    // Service workers' requests have no frame.
    return false;
  }
}

/** Records every request of every page and frame in the context, and aborts all that would leave the machine. */
async function watchRequests(context: BrowserContext): Promise<SeenRequest[]> {
  const seen: SeenRequest[] = [];
  context.on('request', (request) => {
    if (isNetwork(request.url())) seen.push({ url: request.url(), isTopLevel: isTopLevel(request) });
  });
  await context.route(
    (url) => !isLoopback(url),
    (route) => route.abort('blockedbyclient'),
  );
  return seen;
}

/** A Web Storage area's entries, or "unavailable" (an opaque origin has none). */
type StorageArea = Record<string, string | null> | 'unavailable';

/** What a frame keeps: Web Storage entries and IndexedDB databases ("unavailable" in an opaque origin). */
async function readStorage(frame: Frame): Promise<{ url: string; local: StorageArea; session: StorageArea; databases: string[] | 'unavailable' }> {
  return frame.evaluate(async () => {
    const read = (name: 'localStorage' | 'sessionStorage'): StorageArea => {
      try {
        const storage = window[name];
        const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
        return Object.fromEntries(keys.map((key) => [key, storage.getItem(key)]));
      } catch {
        return 'unavailable';
      }
    };
    let databases: string[] | 'unavailable';
    try {
      databases = (await indexedDB.databases()).map((database) => database.name ?? '');
    } catch {
      databases = 'unavailable';
    }
    return { url: location.href, local: read('localStorage'), session: read('sessionStorage'), databases };
  });
}

/** Fails on any cookie, and on anything stored in any frame beyond the allowed display choices. */
async function expectNothingKept(page: Page): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
  for (const frame of page.frames()) {
    const stored = await readStorage(frame);
    for (const area of [stored.local, stored.session]) {
      if (area === 'unavailable') continue;
      expect(
        Object.keys(area).filter((key) => !ALLOWED_STORAGE_KEYS.includes(key)),
        stored.url,
      ).toEqual([]);
    }
    if (stored.databases !== 'unavailable') expect(stored.databases, stored.url).toEqual([]);
  }
}

/**
 * Walks every event with the keyboard: Home, then ArrowRight through the markers; at each one,
 * Enter opens its panel (focus on the headline) and Escape returns to the marker. Then opens the
 * keyboard help with `?`.
 */
async function walkEvents(page: Page, scope: Page | Frame): Promise<void> {
  await scope.locator('[role="tab"][tabindex="0"]').focus();
  await page.keyboard.press('Home');
  const focused = scope.locator(':focus');
  const total = Number(await focused.getAttribute('aria-setsize'));
  expect(total).toBeGreaterThan(1);
  const headline = scope.getByRole('tabpanel').getByRole('heading', { level: 2 });
  for (let position = 1; position <= total; position += 1) {
    await expect(focused).toHaveAttribute('aria-posinset', String(position));
    await page.keyboard.press('Enter');
    await expect(headline).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(focused).toHaveAttribute('aria-posinset', String(position));
    if (position < total) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('?');
  const help = scope.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
}

async function openEmbedDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

const originOf = (url: string): string => new URL(url).origin;

test('the app page, every event and both dialogs open, asks only its own host and keeps nothing', async ({ page, app }) => {
  const requests = await watchRequests(page.context());
  await page.goto(app.url);
  await walkEvents(page, page);
  await openEmbedDialog(page);
  expect(requests.filter((request) => originOf(request.url) !== app.origin)).toEqual([]);
  await expectNothingKept(page);
});

for (const mode of ['loader', 'element'] as const) {
  test(`the embed in a host page (${mode}), every event and the help open, asks only the app's host and keeps nothing`, async ({ page, app, hosts }) => {
    const requests = await watchRequests(page.context());
    await page.goto(`${hosts.url}test/fixtures/hosts/article.html?${new URLSearchParams({ app: app.url, mode })}`);
    await expect.poll(() => page.frames().some((frame) => frame.url().includes('/embed.html'))).toBe(true);
    const frame = page.frames().find((candidate) => candidate.url().includes('/embed.html'));
    if (!frame) throw new Error('no embed frame');
    await frame.getByRole('tabpanel').waitFor();
    await walkEvents(page, frame);
    // The frame's own requests are seen too.
    expect(requests.some((request) => !request.isTopLevel && request.url === `${app.url}embed.html`)).toBe(true);
    // The host page's own server serves the host page, never the frame.
    const isAllowed = (request: SeenRequest): boolean => originOf(request.url) === app.origin || (request.isTopLevel && originOf(request.url) === hosts.origin);
    expect(requests.filter((request) => !isAllowed(request))).toEqual([]);
    await expectNothingKept(page);
  });
}

test('a ?src= story with media asks only the app and the story URL, and loads no media image by default', async ({ page, app, files }) => {
  const requests = await watchRequests(page.context());
  const story = `${files.url}stories/timelinejs-full.json`;
  await page.goto(`${app.url}?src=${encodeURIComponent(story)}`);
  await walkEvents(page, page);
  await openEmbedDialog(page);
  // The media are links, never images, players or posts.
  await expect(page.getByRole('link', { name: 'Watch the video on YouTube' }).first()).toBeAttached();
  expect(requests.filter((request) => originOf(request.url) !== app.origin && request.url !== story)).toEqual([]);
  await expectNothingKept(page);
});

test('with ?images=upload.wikimedia.org, the one image asked for goes to that host, and nothing else leaves', async ({ page, app, files }) => {
  const requests = await watchRequests(page.context());
  const image = 'https://upload.wikimedia.org/wikipedia/commons/a/a4/Example.jpg';
  // Routes added last are tried first: this answers the allowed host locally, before the abort-all.
  await page.context().route('https://upload.wikimedia.org/**', (route) => route.fulfill({ contentType: 'image/png', body: TINY_PNG }));
  const story = `${files.url}stories/timelinejs-full.json`;
  await page.goto(`${app.url}?${new URLSearchParams({ src: story, images: 'upload.wikimedia.org' })}`);
  await walkEvents(page, page);
  await page.getByRole('tab', { name: /LeCun's long critique/ }).click();
  await expect(page.getByRole('tabpanel').locator(`img[src="${image}"]`)).toHaveJSProperty('naturalWidth', 1);
  const thirdParty = (): string[] => requests.map((request) => request.url).filter((url) => originOf(url) !== app.origin && url !== story);
  await expect.poll(thirdParty).toContain(image);
  expect(new Set(thirdParty())).toEqual(new Set([image]));
  await expectNothingKept(page);
});
