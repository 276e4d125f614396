import { expect, test } from './fixtures';

/** Initial JavaScript budget of the bundled story, gzip bytes (also checked by `npm run bench -- --check`). */
const INITIAL_JS_BUDGET_BYTES = 100 * 1024;

test(`the bundled story loads at most ${INITIAL_JS_BUDGET_BYTES / 1024} KB of JavaScript (gzip) and nothing from other hosts`, async ({ page, app }) => {
  const scripts: { url: string; bytes: number }[] = [];
  const others: string[] = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().startsWith(app.origin)) others.push(request.url());
    if (request.resourceType() !== 'script') return;
    const sizes = await request.sizes();
    scripts.push({ url: request.url(), bytes: sizes.responseBodySize });
  });
  await page.goto(app.url, { waitUntil: 'networkidle' });
  await expect(page.getByRole('tabpanel')).toBeVisible();
  const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
  expect(
    scripts.every((script) => script.bytes > 0),
    'the server compresses and reports sizes',
  ).toBe(true);
  expect(total, JSON.stringify(scripts, null, 1)).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  expect(others).toEqual([]);
});
