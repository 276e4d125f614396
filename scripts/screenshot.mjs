// Takes screenshots of the built app for a look: light, dark, 320 px and 1280 px.
// Usage: node scripts/screenshot.mjs [outDir] [query]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startStaticServer } from './staticServer.mjs';

const outDir = process.argv[2] ?? 'test-results/screens';
const query = process.argv[3] ?? '';
const server = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [name, width, colorScheme] of [
  ['light-1280', 1280, 'light'],
  ['dark-1280', 1280, 'dark'],
  ['light-320', 320, 'light'],
  ['dark-320', 320, 'dark'],
]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('.ql-card-headline');
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
  if (name === 'light-1280') await page.screenshot({ path: `${outDir}/readme.png` });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(name, 'page scrollWidth', scrollWidth);
  await page.close();
}
await browser.close();
await server.close();
