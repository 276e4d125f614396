// @ts-check
// npm run bench: builds the app, then measures it in headless Chromium side by side with
// TimelineJS3 on the same generated stories, and writes bench/results/ (and the README table).
// Options: --n 10000 (one size; repeatable), --quote (the 10 MB quote story; in full runs always),
// --runs 3, --cpu 1,4, --check (budgets), --no-build, --quoteline-only (no TimelineJS: for
// Quoteline's own figures, not for comparisons).
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/staticServer.mjs';
import { benchHeadline, generateQuoteStory, generateStory, QUOTE_STORY_BYTES } from './generate.mjs';
import { measurePage } from './measure.mjs';
import { median } from './report/median.mjs';
import { renderChart, renderSummary, renderTable, summarize, updateReadme } from './report.mjs';

/**
 * @import { BenchResult, BenchSample, BenchSystem, NumericMetric } from './report.mjs'
 * @import { PageTarget } from './measure.mjs'
 */

const DEFAULT_SIZES = [20, 1000, 10000, 100000];
/**
 * Largest story TimelineJS is measured on: at 100,000 events it had not shown a headline after
 * minutes, which would only time out (20 s × slowdown per run) and hold the shared machine.
 */
const TIMELINEJS_MAX_EVENTS = 10000;
/** Budgets of `--check`. */
export const BUDGETS = { initialJsBytes: 105 * 1024, headlineAfterFcpMs: 50, readyAt10kMs: 1000, keyP95At10kMs: 16, searchP95At10kMs: 16 };

const { values } = parseArgs({
  options: {
    n: { type: 'string', multiple: true },
    runs: { type: 'string', default: '3' },
    cpu: { type: 'string' },
    check: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    quote: { type: 'boolean', default: false },
    'quoteline-only': { type: 'boolean', default: false },
  },
});
const isPartial = values.n !== undefined || values.check || values['quoteline-only'];
const sizes = values.n ? values.n.flatMap((value) => value.split(',')).map(Number) : values.check ? [10000] : DEFAULT_SIZES;
const cpus = values.cpu ? values.cpu.split(',').map(Number) : values.check ? [1] : [1, 4];
const runs = Math.max(1, Number(values.runs));
const hasQuote = values.quote || !isPartial;

if (!values['no-build']) execSync('npm run build', { stdio: 'inherit' });

// One origin serves both systems and the stories, with gzip, like a plain static host.
const SERVE = resolve('bench/.serve');
rmSync(SERVE, { recursive: true, force: true });
mkdirSync(resolve(SERVE, 'stories'), { recursive: true });
cpSync(resolve('dist'), resolve(SERVE, 'quoteline'), { recursive: true });
cpSync(resolve('node_modules/@knight-lab/timelinejs/dist'), resolve(SERVE, 'timelinejs'), { recursive: true });
cpSync(resolve('bench/pages/timelinejs'), resolve(SERVE, 'timelinejs'), { recursive: true });
cpSync(resolve('bench/pages/floor'), resolve(SERVE, 'floor'), { recursive: true });
for (const n of sizes) writeFileSync(resolve(SERVE, `stories/bench-${n}.json`), JSON.stringify(generateStory(n)));
if (hasQuote) writeFileSync(resolve(SERVE, 'stories/bench-quote.json'), JSON.stringify(generateQuoteStory()));
if (sizes.some((n) => n > TIMELINEJS_MAX_EVENTS)) console.log(`TimelineJS is not measured above ${TIMELINEJS_MAX_EVENTS} events (it does not finish loading); Quoteline alone there.`);

/** @type {{ startEventId: string, events: Array<{ id: string, headline: string }> }} */
const bundled = JSON.parse(readFileSync('stories/lecun-musk.json', 'utf8'));
const startEvent = bundled.events.find((event) => event.id === bundled.startEventId);
if (!startEvent) throw new Error(`stories/lecun-musk.json has no event with the startEventId "${bundled.startEventId}"`);
const startHeadline = startEvent.headline;
const server = await startStaticServer(SERVE);
const executablePath = findChromium();
// No system Chromium: leave the option out (Playwright's own browser); exactOptionalPropertyTypes forbids undefined.
const browser = await chromium.launch({ ...(executablePath === undefined ? {} : { executablePath }), args: CHROMIUM_ARGS });

/**
 * The pages of one comparison.
 * @param {number | 'bundled' | 'quote'} n number of events of the generated story, the bundled story, or the 10 MB quote story
 * @returns {Array<Omit<PageTarget, 'origin' | 'cpu'> & { system: BenchSystem }>}
 */
function targets(n) {
  if (n === 'bundled') {
    return [{ system: 'quoteline', url: `${server.url}quoteline/index.html`, headline: startHeadline, focusSelector: '[role=tab][tabindex="0"]', zoomSelector: '.ql-track-frame' }];
  }
  if (n === 'quote') {
    return [
      {
        system: 'quoteline',
        url: `${server.url}quoteline/index.html?src=../stories/bench-quote.json`,
        headline: benchHeadline(0, 20),
        focusSelector: '[role=tab][tabindex="0"]',
        zoomSelector: '.ql-track-frame',
      },
    ];
  }
  const headline = benchHeadline(0, n);
  const quoteline = {
    system: /** @type {const} */ ('quoteline'),
    url: `${server.url}quoteline/index.html?src=../stories/bench-${n}.json`,
    headline,
    focusSelector: '[role=tab][tabindex="0"]',
    zoomSelector: '.ql-track-frame',
    searchSelector: 'input[type=search]',
  };
  if (n > TIMELINEJS_MAX_EVENTS || values['quoteline-only']) return [quoteline];
  return [quoteline, { system: 'timelinejs', url: `${server.url}timelinejs/index.html?story=bench-${n}.json`, headline, focusSelector: null, zoomSelector: '.tl-timenav' }];
}

/** @type {BenchResult[]} */
const results = [];
/** Key-to-next-paint p95 on an empty page, per CPU factor: the harness's frame-clock floor. @type {Record<number, number | null>} */
const floor = {};
for (const cpu of cpus) {
  /** @type {number[]} */
  const floorSamples = [];
  for (let run = 0; run < runs; run += 1) {
    const sample = await measurePage(browser, {
      system: 'floor',
      url: `${server.url}floor/index.html`,
      origin: server.origin,
      headline: 'Event 0001',
      cpu,
      focusSelector: 'button',
      zoomSelector: null,
    });
    if (sample.keyP95Ms !== null) floorSamples.push(sample.keyP95Ms);
  }
  floor[cpu] = floorSamples.sort((a, b) => a - b)[Math.floor(floorSamples.length / 2)] ?? null;
  for (const n of /** @type {Array<number | 'bundled' | 'quote'>} */ (['bundled', ...sizes, ...(hasQuote ? ['quote'] : [])])) {
    const pages = targets(n);
    const story = n === 'bundled' ? 'bundled' : n === 'quote' ? `quote-${QUOTE_STORY_BYTES / 1e6}mb` : 'generated';
    const count = n === 'bundled' ? bundled.events.length : n === 'quote' ? 20 : n;
    /** @type {BenchResult[]} */
    const entries = pages.map((target) => ({ system: target.system, story, n: count, cpu, samples: [] }));
    // Warm-up (discarded), then interleaved runs, alternating which system goes first.
    for (let run = -1; run < runs; run += 1) {
      const order = run % 2 === 0 ? pages : [...pages].reverse();
      for (const target of order) {
        const sample = await measurePage(browser, { ...target, origin: server.origin, cpu });
        const label = `${target.system} n=${n} cpu×${cpu} run ${run < 0 ? 'warm-up' : run + 1}`;
        console.log(
          `${label}: headline ${sample.timedOut ? 'timed out' : `${Math.round(/** @type {number} */ (sample.headlineMs))} ms, usable ${Math.round(/** @type {number} */ (sample.usableMs))} ms`}, key p95 ${sample.keyP95Ms?.toFixed(1) ?? '—'} ms`,
        );
        if (run >= 0) entries.find((entry) => entry.system === target.system)?.samples.push(sample);
      }
    }
    results.push(...entries);
  }
}
const machine = {
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium: browser.version(),
};
await browser.close();
await server.close();

const report = { date: new Date().toISOString(), machine, runs, floor, results };
const summary = summarize(report);
const floorNote = Object.entries(floor)
  .map(([cpu, ms]) => `${ms === null ? '—' : ms.toFixed(1)} ms at ${cpu === '1' ? 'normal speed' : `${cpu}× slowdown`}`)
  .join(', ');
const table = `${renderTable(summary, report)}\n\nFrame floor: on an empty page that changes one text node per key, key-to-next-paint p95 is ${floorNote}; no app can score below it here (see bench/README.md).`;
const name = isPartial ? `partial-n${sizes.join('-')}-cpu${cpus.join('-')}` : 'latest';
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`bench/results/${name}.md`, `${table}\n`);
writeFileSync(`bench/results/${name}.svg`, renderChart(summary));
console.log(`\n${table}\nWrote bench/results/${name}.{json,md,svg}`);
if (!isPartial) {
  // The README gets a short summary and the chart; the full tables are in bench/results/latest.md.
  const { text, updated } = updateReadme(readFileSync('README.md', 'utf8'), renderSummary(summary, report, 'bench/results/latest.md'), 'bench/results/latest.svg');
  if (updated) writeFileSync('README.md', text);
  console.log(updated ? 'Updated the README performance section.' : 'README has no bench markers; left alone.');
}
if (values.check) process.exit(checkBudgets(results) ? 0 : 1);

/**
 * Checks the budgets against medians; prints one line per budget.
 * @param {BenchResult[]} all
 * @returns {boolean} whether every budget holds
 */
function checkBudgets(all) {
  /** @param {BenchSample[]} samples @param {NumericMetric} key @returns {number | null} */
  const medianOf = (samples, key) => median(samples.map((sample) => sample[key]).filter((value) => typeof value === 'number'));
  /** @param {string} story @param {number} [n] */
  const find = (story, n) => all.find((entry) => entry.system === 'quoteline' && entry.story === story && (n === undefined || entry.n === n) && entry.cpu === 1);
  const checks = [];
  const home = find('bundled');
  if (home) {
    const js = medianOf(home.samples, 'jsBytes');
    checks.push([`initial JavaScript of the bundled story ${(Number(js) / 1024).toFixed(1)} KiB ≤ ${BUDGETS.initialJsBytes / 1024} KiB gzip`, js !== null && js <= BUDGETS.initialJsBytes]);
    const headline = medianOf(home.samples, 'headlineMs');
    const fcp = medianOf(home.samples, 'fcpMs');
    checks.push([
      `bundled story headline visible at ${headline?.toFixed(0)} ms ≤ FCP ${fcp?.toFixed(0)} + ${BUDGETS.headlineAfterFcpMs} ms`,
      headline !== null && fcp !== null && headline <= fcp + BUDGETS.headlineAfterFcpMs,
    ]);
  }
  const big = find('generated', 10000);
  if (big) {
    const ready = big.samples.some((sample) => sample.timedOut) ? null : medianOf(big.samples, 'headlineMs');
    checks.push([`10,000 events ready in ${ready?.toFixed(0) ?? 'timed out'} ms ≤ ${BUDGETS.readyAt10kMs} ms`, ready !== null && ready <= BUDGETS.readyAt10kMs]);
    // The work of a step, not the wait for the frame clock (see bench/README.md).
    const key = medianOf(big.samples, 'keyWorkP95Ms');
    checks.push([`10,000 events keyboard step work p95 ${key?.toFixed(1)} ms ≤ ${BUDGETS.keyP95At10kMs} ms`, key !== null && key <= BUDGETS.keyP95At10kMs]);
    // Issue 14: each keystroke in the search field, no debounce.
    const search = medianOf(big.samples, 'searchWorkP95Ms');
    checks.push([`10,000 events search keystroke work p95 ${search?.toFixed(1)} ms ≤ ${BUDGETS.searchP95At10kMs} ms`, search !== null && search <= BUDGETS.searchP95At10kMs]);
  }
  for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
  return checks.every(([, ok]) => ok);
}
