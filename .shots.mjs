import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { startStaticServer } from './scripts/staticServer.mjs';
const out = '/tmp/ui-shots';
const server = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const cases = (process.argv[2] ?? 'search,quotes').split(',');
const queries = { search: '?q=musk', quotes: '?q=papers&person=Yann%20LeCun&view=quotes', none: '?q=zzzz', dim: '?q=science', chips: '?person=Elon%20Musk&category=post' };
const widths = (process.argv[3] ?? '320,1280').split(',').map(Number);
for (const c of cases) for (const width of widths) for (const colorScheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 640 : 800 }, colorScheme });
  page.on('pageerror', (e) => console.log('ERR', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
  await page.goto(`${server.url}${queries[c]}`);
  await page.waitForSelector('.ql-search-input');
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/${c}-${width}-${colorScheme}.png`, fullPage: process.argv[4] === 'full' });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(c, width, colorScheme, sw > width ? 'SCROLLS ' + sw : 'ok');
  await page.close();
}
await browser.close(); await server.close();
