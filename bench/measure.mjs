// @ts-check
// Measures one page load of one system from outside the app: the harness injects its own probes
// before any page script runs and reads the browser's own timings. The app sets no marks.

/**
 * @import { Browser, Page } from '@playwright/test'
 * @import { BenchSample } from './report.mjs'
 */

/**
 * One page to measure.
 * @typedef {object} PageTarget
 * @property {string} [system] which system the page shows; the caller's label, not read here
 * @property {string} url the page to load
 * @property {string} origin the benchmark's origin; requests to any other are counted and blocked
 * @property {string} headline the text whose appearance on screen means "ready"
 * @property {number} cpu CPU slowdown factor; 1 is normal speed
 * @property {string | null} focusSelector where a keyboard user would be (null: the document)
 * @property {string | null} zoomSelector where the Ctrl+wheel gesture happens (null: no zoom)
 * @property {string | null} [searchSelector] the search field to type SEARCH_QUERY into (null or absent: no search)
 */

/**
 * One key step as the probes saw it.
 * @typedef {object} KeyStep
 * @property {number} ms from the key event to the next painted frame, in ms
 * @property {number} workMs from the first keydown listener to the last, style and layout forced, in ms
 * @property {boolean} changed whether the DOM changed after the key
 */

/**
 * What the probes record in the page, on `window.__bench`.
 * @typedef {object} BenchProbe
 * @property {number | null} headlineMs when the headline was first seen, in ms from navigation start
 * @property {number | null} usableMs when the element the keyboard starts on (`focusSelector`: the whole story is in) was first seen, in ms from navigation start
 * @property {Array<[number, number]>} longTasks start and duration of every long task, in ms
 * @property {number} mutations DOM mutation records so far
 * @property {KeyStep[]} steps key steps, in order
 * @property {KeyStep} [pending] the step whose keydown listeners are running
 * @property {number[]} frames frame intervals during the zoom gesture, in ms
 * @property {boolean} [stopFrames] set to stop recording frames
 * @property {number[]} [searchSteps] work per keystroke in the search field, in ms
 * @property {boolean} [isSearchRecorded] whether keystrokes in the search field are recorded now
 */

/**
 * The page's window with the probes' record.
 * @typedef {Window & typeof globalThis & { __bench: BenchProbe }} ProbeWindow
 */

/** Longest wait for the first headline, in ms (per run; ×cpu slowdown). */
export const HEADLINE_TIMEOUT_MS = 20_000;
/** Key presses measured per run, at most. */
export const KEY_STEPS = 20;
/** Time spent on key presses per run, at most, in ms: a system that takes seconds per step gets fewer samples. */
export const KEY_TIME_BUDGET_MS = 8000;
/**
 * Typed into the search field one key at a time: five letters of a made-up surname in the
 * generated texts, so each key narrows the matches ("r" keeps nearly every event, "reyes" few).
 */
export const SEARCH_QUERY = 'reyes';
/** Times the query is typed (the field cleared in between, unmeasured): 20 keystrokes per run. */
export const SEARCH_ROUNDS = 4;
/** Ctrl+wheel notches per zoom gesture. */
export const ZOOM_NOTCHES = 12;

/**
 * The probe, run in the page before its scripts: polls each animation frame for a visible element
 * whose text is the headline (hit-tested, so visually hidden copies do not count), and records
 * long tasks.
 */
/** @param {{ headline: string, usableSelector: string | null }} targets */
function installProbe({ headline, usableSelector }) {
  /** @type {BenchProbe} */
  const bench = { headlineMs: null, usableMs: null, longTasks: [], mutations: 0, steps: [], frames: [] };
  /** @type {ProbeWindow} */ (window).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const xpath = `//text()[normalize-space(.)=${JSON.stringify(headline)}]`;
  /** @param {Element} element */
  const isVisible = (element) => {
    const box = element.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return false;
    const x = Math.min(innerWidth - 1, Math.max(0, box.left + Math.min(box.width / 2, 20)));
    const y = Math.min(innerHeight - 1, Math.max(0, box.top + box.height / 2));
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === element || element.contains(hit) || hit.contains(element));
  };
  const check = () => {
    if (bench.usableMs === null && usableSelector !== null) {
      // Any match on screen (a prerendered page holds one track per width, all but one hidden).
      const matches = document.querySelectorAll(usableSelector);
      for (const usable of matches) if (bench.usableMs === null && usable.getBoundingClientRect().width > 0) bench.usableMs = performance.now();
    }
    if (bench.headlineMs === null) {
      const found = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      for (let index = 0; index < found.snapshotLength; index += 1) {
        const parent = found.snapshotItem(index)?.parentElement;
        if (parent && isVisible(parent)) {
          bench.headlineMs = performance.now();
          break;
        }
      }
    }
    // Without a selector, usable when the headline shows (TimelineJS: its slide and navigation come together).
    if (usableSelector === null && bench.headlineMs !== null) bench.usableMs = bench.headlineMs;
    if (bench.headlineMs === null || bench.usableMs === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Installs the key-step and frame probes once the page is ready. */
function installInteractionProbes() {
  const bench = /** @type {ProbeWindow} */ (window).__bench;
  new MutationObserver((records) => {
    bench.mutations += records.length;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Key press to the next painted frame: rAF runs before the frame's paint, the message after it.
  // Work: from the first (capture) listener to the last (bubble, on window) with style and layout
  // forced there, so it counts what the app makes the browser do for one step, before painting.
  let workStart = 0;
  window.addEventListener(
    'keydown',
    (event) => {
      workStart = performance.now();
      const start = event.timeStamp;
      const mutationsBefore = bench.mutations;
      /** @type {KeyStep} */
      const step = { ms: 0, workMs: 0, changed: false };
      bench.pending = step;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          step.ms = performance.now() - start;
          step.changed = bench.mutations > mutationsBefore;
          bench.steps.push(step);
        };
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
  window.addEventListener('keydown', () => {
    document.body.getBoundingClientRect();
    if (bench.pending) bench.pending.workMs = performance.now() - workStart;
  });
}

/**
 * Installs the search probe: for each key typed in a text field, from the first keydown listener
 * (capture, on window) to the last input listener (bubble, on window), with style and layout forced
 * there. React answers the input event (state, render, commit) before that last listener runs.
 */
function installSearchProbe() {
  const bench = /** @type {ProbeWindow} */ (window).__bench;
  bench.searchSteps = [];
  bench.isSearchRecorded = true;
  let start = 0;
  window.addEventListener('keydown', () => (start = performance.now()), { capture: true });
  window.addEventListener('input', () => {
    document.body.getBoundingClientRect();
    if (bench.isSearchRecorded) bench.searchSteps?.push(performance.now() - start);
  });
}

/**
 * @param {readonly number[]} values
 * @param {number} share in (0, 1]: 0.95 for p95
 * @returns {number | null}
 */
function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]);
}

/**
 * Loads `url` in a fresh context and measures it. `focusSelector` is what a keyboard user would
 * be on (null: the document); `zoomSelector` is where the Ctrl+wheel gesture happens.
 * @param {Browser} browser
 * @param {PageTarget} target
 * @returns {Promise<BenchSample>}
 */
export async function measurePage(browser, { url, origin, headline, cpu, focusSelector, zoomSelector, searchSelector = null }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await cdp.send('Performance.enable');
  const transfers = { js: 0, css: 0, requests: 0, external: 0 };
  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    // Other hosts are counted and blocked: the benchmark never leaves this machine.
    transfers.external += 1;
    return route.abort();
  });
  page.on('requestfinished', async (request) => {
    transfers.requests += 1;
    const sizes = await request.sizes().catch(() => null);
    const bytes = sizes?.responseBodySize ?? 0;
    if (request.resourceType() === 'script') transfers.js += bytes;
    if (request.resourceType() === 'stylesheet') transfers.css += bytes;
  });
  page.on('requestfailed', () => {
    transfers.requests += 1;
  });
  await page.addInitScript(installProbe, { headline, usableSelector: focusSelector });
  /** @type {BenchSample} */
  const sample = {
    timedOut: false,
    headlineMs: null,
    usableMs: null,
    fcpMs: null,
    tbtMs: null,
    longestTaskMs: null,
    jsBytes: 0,
    cssBytes: 0,
    requests: 0,
    externalRequests: 0,
    heapBytes: null,
    keyMedianMs: null,
    keyP95Ms: null,
    keyWorkP95Ms: null,
    keyEffective: false,
    zoomP95Ms: null,
    zoomLongFrames: null,
    zoomEffective: false,
    searchWorkMedianMs: null,
    searchWorkP95Ms: null,
  };
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => /** @type {Partial<ProbeWindow>} */ (window).__bench?.headlineMs !== null, null, { timeout: HEADLINE_TIMEOUT_MS * cpu, polling: 50 });
    // A big story's opening event shows before the rest is in (the preview): long tasks and heap
    // are measured until the whole timeline is usable, not only until the headline.
    await page.waitForFunction(() => /** @type {ProbeWindow} */ (window).__bench.usableMs !== null, null, { timeout: HEADLINE_TIMEOUT_MS * cpu, polling: 50 });
  } catch {
    sample.timedOut = true;
  }
  // Let the page settle, so late work shows up in blocking time and heap.
  await page.waitForLoadState('load', { timeout: 5000 }).catch(() => undefined);
  await page.waitForTimeout(1000);
  const timings = await page.evaluate(() => ({
    headlineMs: /** @type {ProbeWindow} */ (window).__bench.headlineMs,
    usableMs: /** @type {ProbeWindow} */ (window).__bench.usableMs,
    fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    longTasks: /** @type {ProbeWindow} */ (window).__bench.longTasks,
  }));
  sample.headlineMs = timings.headlineMs;
  sample.usableMs = timings.usableMs;
  sample.fcpMs = timings.fcpMs;
  const fcp = timings.fcpMs ?? 0;
  sample.tbtMs = Math.round(timings.longTasks.reduce((total, [start, duration]) => (start + duration > fcp ? total + Math.max(0, duration - 50) : total), 0));
  // Every task counts here, before first paint too: a reader cannot scroll or press a key during any of them.
  sample.longestTaskMs = Math.round(timings.longTasks.reduce((longest, [, duration]) => Math.max(longest, duration), 0));
  sample.jsBytes = transfers.js;
  sample.cssBytes = transfers.css;
  sample.requests = transfers.requests;
  sample.externalRequests = transfers.external;
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const metrics = await cdp.send('Performance.getMetrics');
  sample.heapBytes = metrics.metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? null;
  if (!sample.timedOut) {
    await measureKeys(page, sample, focusSelector);
    await measureZoom(page, sample, zoomSelector);
    if (searchSelector) await measureSearch(page, sample, searchSelector);
  }
  await context.close();
  return sample;
}

/**
 * Presses ArrowRight up to KEY_STEPS times and records key-to-paint and work per step in `sample`.
 * @param {Page} page
 * @param {BenchSample} sample
 * @param {string | null} focusSelector
 */
async function measureKeys(page, sample, focusSelector) {
  await page.evaluate(installInteractionProbes);
  if (focusSelector) await page.focus(focusSelector).catch(() => undefined);
  const started = Date.now();
  for (let step = 0; step < KEY_STEPS && Date.now() - started < KEY_TIME_BUDGET_MS; step += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((count) => /** @type {ProbeWindow} */ (window).__bench.steps.length >= count, step + 1, { timeout: KEY_TIME_BUDGET_MS }).catch(() => undefined);
  }
  const steps = await page.evaluate(() => /** @type {ProbeWindow} */ (window).__bench.steps);
  const times = steps.map((step) => step.ms);
  sample.keyMedianMs = percentile(times, 0.5);
  sample.keyP95Ms = percentile(times, 0.95);
  sample.keyWorkP95Ms = percentile(
    steps.map((step) => step.workMs),
    0.95,
  );
  sample.keyEffective = steps.some((step) => step.changed);
}

/**
 * Zooms in and out with Ctrl+wheel and records the frame intervals in `sample`.
 * @param {Page} page
 * @param {BenchSample} sample
 * @param {string | null} zoomSelector
 */
async function measureZoom(page, sample, zoomSelector) {
  const box = zoomSelector
    ? await page
        .locator(zoomSelector)
        .first()
        .boundingBox()
        .catch(() => null)
    : null;
  if (!box) return;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  const mutationsBefore = await page.evaluate(() => {
    const bench = /** @type {ProbeWindow} */ (window).__bench;
    bench.frames = [];
    let last = performance.now();
    /** @param {number} now */
    const tick = (now) => {
      bench.frames.push(now - last);
      last = now;
      if (!bench.stopFrames) requestAnimationFrame(tick);
    };
    bench.stopFrames = false;
    requestAnimationFrame(tick);
    return bench.mutations;
  });
  await page.keyboard.down('Control');
  for (let notch = 0; notch < ZOOM_NOTCHES; notch += 1) {
    await page.mouse.wheel(0, notch < ZOOM_NOTCHES / 2 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  await page.keyboard.up('Control');
  await page.waitForTimeout(400);
  const { frames, mutations } = await page.evaluate(() => {
    const bench = /** @type {ProbeWindow} */ (window).__bench;
    bench.stopFrames = true;
    return { frames: bench.frames.slice(1), mutations: bench.mutations };
  });
  sample.zoomP95Ms = percentile(frames, 0.95);
  sample.zoomLongFrames = frames.filter((frame) => frame > 50).length;
  sample.zoomEffective = mutations > mutationsBefore;
}

/**
 * Types SEARCH_QUERY into the search field one key at a time, SEARCH_ROUNDS times, and records the
 * work of each keystroke in `sample` (issue 14: at most 16 ms at p95 at 10,000 events).
 * @param {Page} page
 * @param {BenchSample} sample
 * @param {string} searchSelector
 */
async function measureSearch(page, sample, searchSelector) {
  const field = page.locator(searchSelector).first();
  if ((await field.count()) === 0) return;
  await page.evaluate(installSearchProbe);
  // The first focus builds the index if the idle callback has not yet: not a keystroke's cost.
  await field.focus();
  await page.waitForTimeout(500);
  for (let round = 0; round < SEARCH_ROUNDS; round += 1) {
    for (const letter of SEARCH_QUERY) {
      const count = await page.evaluate(() => /** @type {ProbeWindow} */ (window).__bench.searchSteps?.length ?? 0);
      await page.keyboard.press(letter);
      await page
        .waitForFunction(
          (before) => {
            const bench = /** @type {ProbeWindow} */ (window).__bench;
            return (bench.searchSteps?.length ?? 0) > before;
          },
          count,
          { timeout: KEY_TIME_BUDGET_MS },
        )
        .catch(() => undefined);
    }
    await page.evaluate(() => {
      /** @type {ProbeWindow} */ (window).__bench.isSearchRecorded = false;
    });
    await field.fill('');
    await page.waitForTimeout(200);
    await page.evaluate(() => {
      /** @type {ProbeWindow} */ (window).__bench.isSearchRecorded = true;
    });
  }
  const steps = await page.evaluate(() => /** @type {ProbeWindow} */ (window).__bench.searchSteps ?? []);
  sample.searchWorkMedianMs = percentile(steps, 0.5);
  sample.searchWorkP95Ms = percentile(steps, 0.95);
}
