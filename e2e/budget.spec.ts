import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Initial JavaScript budgets, gzip bytes (also checked by `npm run bench -- --check`). Story
 * format 2 (eras on the axis, years beyond Date's range, the story's own categories) raised them
 * from 90 and 100 KiB; `?src=` pages also carry the fuller validator (warnings, "did you mean").
 * Issue 13 raised the bundled story's from 92 to 94 KiB: marks placed by class while hydrating (a
 * strict CSP blocks style attributes), error boundaries around every panel, and rich text
 * (emphasis, lists) in the panel. `?src=` pages stay at 104 KiB: the validator moved to the story
 * parser's Web Worker (src/app/storyWorker.ts, about 57 KiB gzip), which is not counted: it runs
 * off the page's thread, after the page is up, and only for `?src=` stories; the page loads its
 * own copy of the parser only where no worker can start. Issue 14 raised the bundled story's from
 * 94 to 101 KiB and the `?src=` page's to 106: the search field, chips and quotes view are in the
 * first paint (server-rendered, so nothing shifts), and the search engine (about 3 KiB, with the
 * reader of summaries still in HTML) builds its index when the page is first idle, so the first
 * keystroke finds it ready; splitting the quotes view out cost more in shared chunks than it saved.
 * Measured: 99.9 and 104.7 KiB. Issue 15 raised them to 105 and 113 KiB: the English interface
 * catalog (every string, keyed, about 2.5 KiB), the catalog loader and the right-to-left mirror are
 * in the first paint (other languages are a chunk each, loaded only by their pages), and a `?src=`
 * page also carries the English problem catalog (about 2.6 KiB), which words its load failures and
 * the problems of a story parsed without a worker. Measured: 104.3 and 111.9 KiB.
 */
const WORKER_SCRIPT = /\/storyWorker-[\w-]+\.js$/;
const BUNDLED_JS_BUDGET_BYTES = 105 * 1024;
const SRC_JS_BUDGET_BYTES = 113 * 1024;

/** Loads `url` and sums the gzip bytes of every script it fetched, failing on any request to another host. */
async function measureScripts(page: Page, origin: string, url: string): Promise<{ total: number; scripts: { url: string; bytes: number }[] }> {
  const pending: Promise<{ url: string; bytes: number }>[] = [];
  const others: string[] = [];
  const onFinished = (request: Request): void => {
    if (!request.url().startsWith(origin)) others.push(request.url());
    if (request.resourceType() !== 'script' || WORKER_SCRIPT.test(new URL(request.url()).pathname)) return;
    // Read while the page is open, and awaited below: a listener's own await would race the
    // test's end (and could count a script before its size arrived).
    pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })));
  };
  page.on('requestfinished', onFinished);
  await page.goto(url, { waitUntil: 'networkidle' });
  await expect(page.getByRole('tabpanel')).toBeVisible();
  // Stop listening before awaiting: a chunk loaded on idle after this point must not start a size
  // read that outlives the page.
  page.off('requestfinished', onFinished);
  const scripts = await Promise.all(pending);
  expect(
    scripts.every((script) => script.bytes > 0),
    'the server compresses and reports sizes',
  ).toBe(true);
  expect(others).toEqual([]);
  return { total: scripts.reduce((sum, script) => sum + script.bytes, 0), scripts };
}

test(`the bundled story loads at most ${BUNDLED_JS_BUDGET_BYTES / 1024} KB of JavaScript (gzip) and nothing from other hosts`, async ({ page, app }) => {
  const { total, scripts } = await measureScripts(page, app.origin, app.url);
  expect(total, JSON.stringify(scripts, null, 1)).toBeLessThanOrEqual(BUNDLED_JS_BUDGET_BYTES);
});

test(`a story loaded with ?src= loads at most ${SRC_JS_BUDGET_BYTES / 1024} KB of JavaScript (gzip) and nothing from other hosts`, async ({ page, app }) => {
  const { total, scripts } = await measureScripts(page, app.origin, `${app.url}?src=stories/lecun-musk.json`);
  expect(total, JSON.stringify(scripts, null, 1)).toBeLessThanOrEqual(SRC_JS_BUDGET_BYTES);
});
