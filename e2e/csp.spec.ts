import type { Frame, Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/staticServer.mjs';
import { TRUSTED_TYPES_POLICY_NAME } from '../src/app/trustedTypes';
import { expect, test as base } from './fixtures';

/**
 * The strict Content Security Policy of docs/hosting.md, as a header value. `storyOrigins` are the
 * other sites `?src=` stories come from (connect-src) and whose images the story shows (img-src).
 */
function createPolicy(storyOrigins: readonly string[]): string {
  const others = storyOrigins.map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self'${others}`,
    `connect-src 'self'${others}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICY_NAME}`,
  ].join('; ');
}

/** One violation as the page saw it (a `securitypolicyviolation` event or a "Refused to" console line). */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    /** Filled by the init script below, in every frame. */
    cspViolations?: Violation[];
  }
}

/** Runs in every frame before its scripts: records the frame's CSP violations on its window. */
function recordViolations(): void {
  const violations: Violation[] = [];
  window.cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }), { capture: true });
}

/** The app served with the policy on every response (the files server is the other story origin). */
const test = base.extend<{ violations: Violation[] }, { strictApp: StaticServer }>({
  strictApp: [
    async ({ files }, use) => {
      const policy = createPolicy([files.origin]);
      const server = await startStaticServer('dist', { headers: () => ({ 'content-security-policy': policy, 'access-control-allow-origin': '*' }) });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  violations: async ({ page }, use) => {
    const refused: Violation[] = [];
    await page.addInitScript(recordViolations);
    page.on('console', (message) => {
      if (/Refused to|requires 'Trusted|Content Security Policy/i.test(message.text())) refused.push({ directive: 'console', blocked: '', sample: message.text() });
    });
    await use(refused);
  },
});

/** Every violation recorded in the page and its frames, with the console's. */
async function collectViolations(page: Page, console: readonly Violation[]): Promise<Violation[]> {
  const perFrame = await Promise.all(page.frames().map((frame: Frame) => frame.evaluate(() => window.cspViolations ?? []).catch((): Violation[] => [])));
  return [...perFrame.flat(), ...console];
}

/** Whether each frame of the page ran the recorder (so an empty list means something). */
async function expectRecording(page: Page): Promise<void> {
  for (const frame of page.frames()) expect(await frame.evaluate(() => Array.isArray(window.cspViolations)), frame.url()).toBe(true);
}

test('the page runs under the strict CSP: hydrated bundled story, keyboard walk, a panel, zoom, the Embed dialog and the keyboard help', async ({ page, strictApp, violations }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const response = await page.goto(strictApp.url);
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  const panel = page.getByRole('tabpanel');
  await expect(panel).toBeVisible();
  // Markers are placed (the prerendered placement stylesheet, then React's styles): distinct x.
  const xs = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().left)));
  expect(new Set(xs).size).toBeGreaterThan(xs.length / 2);

  // A keyboard walk: the selected marker and its panel move together.
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('Home');
  const first = await panel.getByRole('heading', { level: 2 }).textContent();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText(first ?? '');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { selected: true })).toBeFocused();

  // A panel opened by click.
  await page.getByRole('tab').nth(2).click();
  await expect(page.getByRole('tab').nth(2)).toHaveAttribute('aria-selected', 'true');

  // Zoom in and out.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();

  // The Embed dialog (a lazy chunk) and the keyboard help.
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const embedDialog = page.getByRole('dialog');
  await expect(embedDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(embedDialog).toHaveCount(0);
  await page.getByRole('button', { name: /^Keyboard shortcuts/ }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');

  await expectRecording(page);
  expect(await collectViolations(page, violations)).toEqual([]);
});

test('a ?src= TimelineJS story with HTML from another origin loads under the strict CSP', async ({ page, strictApp, files, violations }) => {
  await page.goto(`${strictApp.url}?src=${encodeURIComponent(`${files.url}stories/timelinejs-full.json`)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("A newsroom's TimelineJS export");
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toBeVisible();
  await expectRecording(page);
  expect(await collectViolations(page, violations)).toEqual([]);
});

test('the embed in a host page (embed.js and <quote-line>) runs under the strict CSP in its frame', async ({ page, strictApp, hosts, violations }) => {
  const query = new URLSearchParams({ app: strictApp.url, mode: 'element' });
  await page.goto(`${hosts.url}test/fixtures/hosts/article.html?${query}`);
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/embed.html'))).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes('/embed.html'));
  if (!frame) throw new Error('no embed frame');
  await frame.getByRole('tabpanel').waitFor();
  expect(await frame.evaluate(() => document.querySelector('section')?.getAttribute('aria-label'))).toBeTruthy();
  // Interactive, so hydrated: a click selects another event.
  await frame.getByRole('tab').nth(1).click();
  await expect(frame.getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expectRecording(page);
  expect(await collectViolations(page, violations)).toEqual([]);
});

test('a sandbox="allow-scripts" embed frame (origin null) runs under the strict CSP', async ({ page, strictApp, hosts, violations }) => {
  const query = new URLSearchParams({ app: strictApp.url, mode: 'loader', sandbox: 'allow-scripts' });
  await page.goto(`${hosts.url}test/fixtures/hosts/article.html?${query}`);
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/embed.html'))).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes('/embed.html'));
  if (!frame) throw new Error('no embed frame');
  await frame.getByRole('tabpanel').waitFor();
  await frame.getByRole('tab').nth(1).click();
  await expect(frame.getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expectRecording(page);
  expect(await collectViolations(page, violations)).toEqual([]);
});

test('the make page shows a story file and its preview under the strict CSP', async ({ page, strictApp, violations }) => {
  await page.goto(`${strictApp.url}make.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Make a timeline' })).toBeVisible();
  await page.getByLabel('Choose a JSON or CSV file, or drop it here').setInputFiles('test/fixtures/stories/timelinejs-full.json');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('tabpanel')).toBeVisible();
  await preview.getByRole('tab').nth(1).click();
  await expect(preview.getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expectRecording(page);
  expect(await collectViolations(page, violations)).toEqual([]);
});

test('the recorder sees violations: an injected style attribute and an HTML string sink are refused and recorded', async ({ page, strictApp, violations, consoleErrors }) => {
  await page.goto(strictApp.url);
  await expect(page.getByRole('tabpanel')).toBeVisible();
  const outcome = await page.evaluate(() => {
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.setAttribute('style', 'outline: 3px solid red');
    let isSinkRefused = false;
    try {
      probe.innerHTML = '<span style="color: red">x</span>';
    } catch {
      isSinkRefused = true;
    }
    return { outline: getComputedStyle(probe).outlineStyle, isSinkRefused };
  });
  expect(outcome).toEqual({ outline: 'none', isSinkRefused: true });
  await expect.poll(async () => (await collectViolations(page, violations)).map((violation) => violation.directive)).toEqual(expect.arrayContaining(['style-src-attr', 'require-trusted-types-for']));
  // The browser also logs both refusals as errors: expected here, so not a failure of this test.
  expect(consoleErrors.length).toBeGreaterThan(0);
  consoleErrors.splice(0);
});

test('the prerendered Arabic page runs under the strict CSP: its stylesheets and scripts one folder up, its catalog, hydration', async ({ page, strictApp, violations }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${strictApp.url}ar/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Placed by the site's placement stylesheet (../assets/placements-….css): distinct x.
  const xs = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().left)));
  expect(new Set(xs).size).toBeGreaterThan(xs.length / 2);
  // Interactive, so hydrated: a click selects another event.
  await page.getByRole('tab').nth(2).click();
  await expect(page.getByRole('tab').nth(2)).toHaveAttribute('aria-selected', 'true');
  await expectRecording(page);
  expect(await collectViolations(page, violations)).toEqual([]);
});
