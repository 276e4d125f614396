import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Publishes the bundled story next to the app, as an example file for `?src=` and for hosts. */
function emitStoryFile(): Plugin {
  return {
    name: 'quoteline-emit-story',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'stories/lecun-musk.json', source: readFileSync('stories/lecun-musk.json', 'utf8') });
    },
  };
}

// `base: './'` makes the built site work from any static server under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), emitStoryFile()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // A component test's first render of the bundled story in jsdom, under StrictMode, took 8.7 s
    // on a loaded 2-core machine (the default limit is 5 s). The limit guards against hangs, not
    // speed: speed is measured by `npm run bench`.
    testTimeout: 30_000,
  },
});
