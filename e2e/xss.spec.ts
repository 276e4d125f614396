import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { embedFrame } from './embedFrame';
import { expect, test } from './fixtures';

// Hostile stories, in real Chromium: the fixtures in test/fixtures/xss carry script tags, event
// handlers, javascript:/data:/vbscript: URLs, SVG and MathML payloads, CSS injection, DOM-clobbering
// names and __proto__ keys in every text field. Every payload that would run sets
// `window.__qlXss`, calls alert(), or asks http://xss.invalid/. Each story is loaded every way a
// reader or an editor loads one (the page with ?src=, the embed by loader and by <quote-line>, the
// make page by URL and by file); every event's panel and the dialogs are opened; then nothing may
// have run, loaded, leaked an attribute from the data or changed a prototype, in any frame.

interface Fixture {
  name: string;
  /** The first event's headline as the reader must see it. */
  headline: string;
  /** The story's title as the reader must see it. */
  title: string;
  /** Words the first event's summary shows in `em` (TimelineJS HTML), or null (native plain text). */
  emphasis: string | null;
}

const FIXTURES: readonly Fixture[] = [
  { name: 'native.json', title: 'XSS title <script>window.__qlXss=1</script>', headline: '<script>window.__qlXss=1</script> Headline 0', emphasis: null },
  { name: 'timelinejs.json', title: 'TJS title', headline: 'TJS headline 0', emphasis: 'emphasised words' },
  { name: 'sheet.csv', title: 'CSV title', headline: 'CSV headline 0', emphasis: 'emphasised words' },
];

/** Attribute names and values the fixtures use to clobber the DOM: none may reach an element. */
const CLOBBER_IDS = ['__proto__', 'quotelinePrefetch', 'quoteline'];
const CLOBBER_NAMES = ['location', 'currentScript', 'attributes'];

/** What the test watched while the page ran. */
interface Watch {
  dialogs: string[];
  requests: string[];
}

const isLoopback = (url: URL): boolean => url.hostname === '127.0.0.1' || url.hostname === 'localhost';

/**
 * Records every dialog (dismissing it) and every request of every frame, aborts whatever would
 * leave the machine, and notes each frame's `Object.prototype` before any app script runs.
 */
async function watch(page: Page): Promise<Watch> {
  const context: BrowserContext = page.context();
  const seen: Watch = { dialogs: [], requests: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => seen.requests.push(request.url()));
  await context.route(
    (url) => !isLoopback(url),
    (route) => route.abort('blockedbyclient'),
  );
  await context.addInitScript(() => {
    Object.defineProperty(window, '__qlPrototypeKeys', { value: Object.getOwnPropertyNames(Object.prototype).sort().join(','), enumerable: false });
  });
  return seen;
}

/** Every frame's globals and prototypes as they must be: nothing set, nothing polluted, nothing clobbered. */
async function expectFramesClean(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const state = await frame.evaluate(() => {
      const probe = {} as Record<string, unknown>;
      const win = window as unknown as Record<string, unknown>;
      return {
        url: location.href,
        xss: win.__qlXss ?? null,
        polluted: [probe.polluted, probe.qlXss, (Object.prototype as Record<string, unknown>).polluted, ([] as unknown as Record<string, unknown>).polluted].filter((value) => value !== undefined),
        prototypeKeys: Object.getOwnPropertyNames(Object.prototype).sort().join(','),
        prototypeKeysBefore: win.__qlPrototypeKeys ?? null,
        enumerableOnPrototype: Object.keys(Object.prototype),
        clobbered: ['quotelinePrefetch', 'quoteline', '__proto__', 'location', 'currentScript', 'attributes']
          .filter((name) => win[name] instanceof Element || win[name] instanceof HTMLCollection)
          .concat(document.currentScript instanceof HTMLScriptElement || document.currentScript === null ? [] : ['document.currentScript']),
      };
    });
    expect(state.xss, state.url).toBeNull();
    expect(state.polluted, state.url).toEqual([]);
    expect(state.enumerableOnPrototype, state.url).toEqual([]);
    if (state.prototypeKeysBefore !== null) expect(state.prototypeKeys, state.url).toBe(state.prototypeKeysBefore);
    expect(state.clobbered, state.url).toEqual([]);
  }
}

/**
 * Every frame's DOM (shadow roots too) as it must be: links and sources only http(s), mailto or
 * the page's own URLs; no handler attribute; no element named by the data's clobbering ids and
 * names; and inside rendered data text, only the elements and attributes RichText makes.
 */
async function expectDomClean(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const problems = await frame.evaluate(
      ({ clobberIds, clobberNames }) => {
        const found: string[] = [];
        const elements: Element[] = [];
        const collect = (root: Document | ShadowRoot): void => {
          for (const element of root.querySelectorAll('*')) {
            elements.push(element);
            if (element.shadowRoot) collect(element.shadowRoot);
          }
        };
        collect(document);
        const describe = (element: Element): string => `<${element.localName}${[...element.attributes].map((attribute) => ` ${attribute.name}="${attribute.value}"`).join('')}>`;
        const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'srcdoc', 'srcset', 'ping'];
        for (const element of elements) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name)) found.push(`handler: ${describe(element)}`);
            if (attribute.name === 'srcdoc' || attribute.name === 'srcset' || attribute.name === 'formaction' || attribute.name === 'ping') found.push(`attribute: ${describe(element)}`);
            if (attribute.name === 'style' && /expression|url\(|javascript|xss\.invalid/i.test(attribute.value)) found.push(`style: ${describe(element)}`);
            if (!URL_ATTRIBUTES.includes(attribute.name)) continue;
            const url = new URL(attribute.value, document.baseURI);
            const isPageOwn = url.origin === location.origin || url.href === 'about:blank';
            if (!['http:', 'https:', 'mailto:'].includes(url.protocol) && !isPageOwn) found.push(`scheme: ${describe(element)}`);
            if (attribute.name !== 'href' && url.hostname === 'xss.invalid') found.push(`loads: ${describe(element)}`);
          }
          if (clobberIds.includes(element.id)) found.push(`id: ${describe(element)}`);
          if (clobberNames.includes(element.getAttribute('name') ?? '')) found.push(`name: ${describe(element)}`);
          if (['SCRIPT', 'STYLE'].includes(element.tagName) && /__qlXss|xss\.invalid|alert/.test(element.textContent ?? '')) found.push(`code: ${describe(element)}`);
          if (['IFRAME', 'OBJECT', 'EMBED', 'FRAME'].includes(element.tagName) && !/\/embed\.html/.test(element.getAttribute('src') ?? '')) found.push(`frame: ${describe(element)}`);
        }
        // Rendered data text: RichText's own elements and attributes, nothing from the data.
        const ALLOWED = new Map([
          ['p', ['class']],
          ['ul', ['class']],
          ['ol', ['class']],
          ['li', []],
          ['em', []],
          ['strong', []],
          ['br', []],
          ['a', ['href', 'target', 'rel', 'tabindex']],
        ]);
        for (const root of elements.filter((element) => element.matches('.ql-summary'))) {
          for (const element of [root, ...root.querySelectorAll('*')]) {
            const allowed = ALLOWED.get(element.localName);
            if (!allowed) found.push(`element in data text: ${describe(element)}`);
            for (const attribute of element.attributes) if (!allowed?.includes(attribute.name)) found.push(`attribute in data text: ${describe(element)}`);
            if (element.localName !== 'li' && element.localName !== 'em' && element.localName !== 'strong' && element.localName !== 'br') {
              const classes = element.getAttribute('class');
              if (element.localName !== 'a' && classes !== 'ql-summary' && classes !== 'ql-summary ql-summary-list') found.push(`class in data text: ${describe(element)}`);
            }
          }
        }
        return found;
      },
      { clobberIds: CLOBBER_IDS, clobberNames: CLOBBER_NAMES },
    );
    expect(problems, frame.url()).toEqual([]);
  }
}

/** Fails on any dialog, and on any request to a host that is not one of the test's servers. */
function expectNothingRanOrLeft(seen: Watch, origins: readonly string[]): void {
  expect(seen.dialogs).toEqual([]);
  expect(seen.requests.filter((url) => url.includes('xss.invalid'))).toEqual([]);
  expect(seen.requests.filter((url) => /^(https?|wss?):/.test(url) && !origins.includes(new URL(url).origin))).toEqual([]);
}

/**
 * Walks every event with the keyboard: Home, then ArrowRight through the markers; at each one,
 * Enter opens its panel (focus on its headline; the first headline must read as typed, and its
 * emphasis be an `em`) and Escape returns to the marker. Then opens and closes the keyboard help.
 */
async function walkEvents(page: Page, scope: Page | Frame, fixture: Fixture, root: Locator = scope.locator('body')): Promise<void> {
  await root.locator('[role="tab"][tabindex="0"]').focus();
  await page.keyboard.press('Home');
  const focused = root.locator('[role="tab"]:focus');
  const total = Number(await focused.getAttribute('aria-setsize'));
  expect(total).toBeGreaterThanOrEqual(3);
  const panel = root.getByRole('tabpanel');
  const headline = panel.getByRole('heading', { level: 2 });
  for (let position = 1; position <= total; position += 1) {
    await expect(focused).toHaveAttribute('aria-posinset', String(position));
    await page.keyboard.press('Enter');
    await expect(headline).toBeFocused();
    if (position === 1) {
      await expect(headline).toHaveText(fixture.headline);
      if (fixture.emphasis === null) {
        await expect(panel).toContainText('<img src="http://xss.invalid/img" onerror="window.__qlXss=1">');
        await expect(panel.locator('.ql-summary em')).toHaveCount(0);
      } else {
        await expect(panel.locator('.ql-summary em').filter({ hasText: fixture.emphasis }).first()).toBeVisible();
        await expect(panel.locator('.ql-summary strong').filter({ hasText: 'strong words' }).first()).toBeVisible();
        await expect(panel).toContainText('clobber');
      }
    }
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

for (const fixture of FIXTURES) {
  test(`xss: ${fixture.name} through ?src= on the page runs nothing, loads nothing and shows its text as typed`, async ({ page, app, files }) => {
    const seen = await watch(page);
    await page.goto(`${app.url}?${new URLSearchParams({ src: `${files.url}xss/${fixture.name}` })}`);
    await walkEvents(page, page, fixture);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await expect(dialog).toBeVisible();
    await expectDomClean(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expectDomClean(page);
    await expectFramesClean(page);
    expectNothingRanOrLeft(seen, [app.origin, files.origin]);
  });

  for (const mode of ['loader', 'element'] as const) {
    test(`xss: ${fixture.name} in the embed (${mode}) on a host page runs nothing, loads nothing and shows its text as typed`, async ({ page, app, files, hosts }) => {
      const seen = await watch(page);
      const frameQuery = `?${new URLSearchParams({ src: `${files.url}xss/${fixture.name}` })}`;
      await page.goto(`${hosts.url}test/fixtures/hosts/article.html?${new URLSearchParams({ app: app.url, mode, frameQuery })}`);
      const frame = await embedFrame(page);
      await walkEvents(page, frame, fixture);
      await expectDomClean(page);
      await expectFramesClean(page);
      expectNothingRanOrLeft(seen, [app.origin, files.origin, hosts.origin]);
    });
  }

  for (const way of ['url', 'file'] as const) {
    test(`xss: ${fixture.name} loaded on the make page by ${way} runs nothing, loads nothing and shows its text as typed`, async ({ page, app, files }) => {
      const seen = await watch(page);
      await page.goto(`${app.url}make.html`);
      await expect(page.getByRole('heading', { level: 1, name: 'Make a timeline' })).toBeVisible();
      if (way === 'url') {
        await page.getByLabel('Link to a story file').fill(`${files.url}xss/${fixture.name}`);
        await page.getByRole('button', { name: 'Load' }).click();
      } else {
        await page.getByLabel('Choose a JSON or CSV file, or drop it here').setInputFiles(`test/fixtures/xss/${fixture.name}`);
      }
      const preview = page.getByRole('region', { name: 'Preview' });
      await expect(preview.getByRole('tab').first()).toBeVisible();
      await walkEvents(page, page, fixture, preview);
      await expect(preview.getByRole('heading', { level: 3, name: fixture.title, exact: true })).toBeVisible();
      if (way === 'file') await page.getByLabel('Where you will host the file').fill(`${files.url}xss/${fixture.name}`);
      // The embed code quotes the story's title in an attribute: escaped, so it is one frame and the loader, nothing more.
      for (const label of [/^Iframe/, /^Custom element/]) {
        const code = await page.getByLabel(label).inputValue();
        const parsed = await page.evaluate((html) => {
          const body = new DOMParser().parseFromString(html, 'text/html').body;
          return { elements: [...body.querySelectorAll('*')].map((element) => element.localName), title: body.firstElementChild?.getAttribute('title') };
        }, code);
        expect(parsed.elements.sort(), code).toEqual([label.source.includes('Iframe') ? 'iframe' : 'quote-line', 'script'].sort());
        expect(parsed.title).toBe(`Interactive timeline: ${fixture.title}`);
      }
      await expectDomClean(page);
      await expectFramesClean(page);
      expectNothingRanOrLeft(seen, [app.origin, files.origin]);
    });
  }
}
