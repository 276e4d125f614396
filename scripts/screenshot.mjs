// npm run screenshots: the built page and embed at 320, 768, 1280 and 1920 px, light and dark, as
// the reader first sees them (one screen), and in Arabic and Japanese at 320 and 1280 px, into
// docs/screenshots/ (or the folder given).
// Usage: node scripts/screenshot.mjs [outDir] [query]   (run `npm run build` first)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startStaticServer } from './staticServer.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
const query = process.argv[3] ?? '';
/** Screen heights per width: a phone, a tablet, a laptop, a desktop. */
const SCREENS = [
  [320, 640],
  [768, 1024],
  [1280, 800],
  [1920, 1080],
];
mkdirSync(outDir, { recursive: true });
const server = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const view of ['page', 'embed']) {
  for (const [width, height] of SCREENS) {
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      await page.goto(`${server.url}${view === 'embed' ? 'embed.html' : ''}${query}`);
      await page.waitForSelector('.ql-card-headline');
      const name = `${view}-${width}-${colorScheme}`;
      await page.screenshot({ path: `${outDir}/${name}.png` });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(`${name}: ${scrollWidth > width ? `scrolls sideways (${scrollWidth} px)` : 'no sideways scroll'}`);
      await page.close();
    }
  }
}
// The page in a right-to-left language and in one with its own script, at a phone's and a laptop's width.
for (const language of ['ar', 'ja']) {
  for (const [width, height] of [SCREENS[0], SCREENS[2]]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light' });
    await page.goto(`${server.url}?lang=${language}${query.replace(/^\?/, '&')}`);
    await page.waitForSelector('.ql-card-headline');
    const name = `page-${language}-${width}-light`;
    await page.screenshot({ path: `${outDir}/${name}.png` });
    console.log(`${name}: written`);
    await page.close();
  }
}
await browser.close();
await server.close();
console.log(`Wrote ${outDir}/`);
