import { test as base } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/staticServer.mjs';

/** Worker-scoped servers on free ports: the built app, and a second origin for story files. */
export const test = base.extend<object, { app: StaticServer; files: StaticServer }>({
  app: [
    async ({}, use) => {
      const server = await startStaticServer('dist');
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  files: [
    async ({}, use) => {
      const server = await startStaticServer('test/fixtures/stories', { headers: () => ({ 'access-control-allow-origin': '*' }) });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
