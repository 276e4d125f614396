import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { startStaticServer } from './scripts/staticServer.mjs';
const server = await startStaticServer('bench/.serve');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (let run = 0; run < 2; run++) {
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}quoteline/index.html?src=../stories/bench-10000.json`);
await page.locator('.ql-card-headline').waitFor({ timeout: 60000 });
await page.waitForTimeout(1500);
await page.evaluate(() => { window.__s = []; let start = 0; window.__rec = true;
  window.addEventListener('keydown', () => (start = performance.now()), { capture: true });
  window.addEventListener('input', () => { document.body.getBoundingClientRect(); if (window.__rec) window.__s.push(performance.now() - start); }); });
const field = page.locator('input[type=search]');
await field.focus(); await page.waitForTimeout(500);
for (let r = 0; r < 4; r++) { for (const l of 'reyes') { await page.keyboard.press(l); await page.waitForTimeout(50); } await page.evaluate(() => (window.__rec = false)); await field.fill(''); await page.waitForTimeout(200); await page.evaluate(() => (window.__rec = true)); }
const s = await page.evaluate(() => window.__s);
const sorted = [...s].sort((a, b) => a - b);
console.log('per key', s.map((x) => x.toFixed(1)).join(' '), '| median', sorted[Math.floor(sorted.length / 2)].toFixed(1), 'p95', sorted[Math.ceil(0.95 * sorted.length) - 1].toFixed(1));
await page.close();
}
await browser.close(); await server.close();
