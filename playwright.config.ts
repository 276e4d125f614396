import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Browser tests drive Debian's Chromium (or CHROMIUM_PATH) against the built site in dist/.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium() ?? 'chromium', args: CHROMIUM_ARGS },
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
  },
});
