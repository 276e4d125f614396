import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Browser tests drive Debian's Chromium (or CHROMIUM_PATH) against the built site in dist/.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // CI runs on a loaded 2-core machine: limits guard against hangs; speed is `npm run bench`'s job.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium() ?? 'chromium', args: CHROMIUM_ARGS },
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
  },
});
