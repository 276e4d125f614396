import { test as base } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/staticServer.mjs';

/** CORS for every file: sandboxed frames (origin "null") load module scripts and CSS in CORS mode. */
const CORS = (): Record<string, string> => ({ 'access-control-allow-origin': '*' });

/**
 * Worker-scoped servers on free ports, each its own origin: the built app; test files (stories,
 * a hostile frame); and host pages (the repository root, for test/fixtures/hosts and pym.js from
 * node_modules). For every test, a check that the page logged no errors (hydration mismatches and
 * uncaught exceptions fail the test).
 */
export const test = base.extend<{ consoleErrors: string[] }, { app: StaticServer; files: StaticServer; hosts: StaticServer }>({
  app: [
    async ({}, use) => {
      const server = await startStaticServer('dist', { headers: CORS });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  files: [
    async ({}, use) => {
      const server = await startStaticServer('test/fixtures', { headers: CORS });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  hosts: [
    async ({}, use) => {
      const server = await startStaticServer('.');
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // Failed loads are asserted by the tests that cause them.
        if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      base.expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
