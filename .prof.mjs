import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { startStaticServer } from './scripts/staticServer.mjs';
const server = await startStaticServer('bench/.serve');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}quoteline/index.html?src=../stories/bench-10000.json`);
await page.locator('.ql-card-headline').waitFor({ timeout: 60000 });
await page.waitForTimeout(1500);
const field = page.locator('input[type=search]');
await field.focus();
await page.waitForTimeout(800);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let round = 0; round < 4; round++) { for (const l of 'reyes') { await page.keyboard.press(l); await page.waitForTimeout(30); } await field.fill(''); await page.waitForTimeout(100); }
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const maps = new Map();
const name = (f) => {
  const file = f.url.split('/').pop();
  if (!file.endsWith('.js')) return `${f.functionName || '(anon)'} ${file}`;
  let map = maps.get(file);
  if (!map) { try { map = new SourceMapConsumer(JSON.parse(readFileSync(`dist/assets/${file}.map`, 'utf8'))); } catch { map = null; } maps.set(file, map); }
  if (!map) return `${f.functionName} ${file}`;
  const pos = map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
  return `${pos.name ?? f.functionName} ${pos.source?.split('/').slice(-2).join('/')}:${pos.line}`;
};
const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => { const n = byId.get(id); const key = name(n.callFrame); self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000); });
console.log([...self.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close(); await server.close();
