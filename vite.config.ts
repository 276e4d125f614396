import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

/**
 * d3-scale's scales here only map numbers (UTC ms) to numbers (px), so its import of d3-interpolate
 * gets `src/scale/numericInterpolate.ts`, the number interpolators alone: d3-interpolate's generic
 * `interpolate` and d3-color behind it (about 5 KB gzip) leave the page's initial JavaScript.
 * Only d3-scale's own import is redirected; `test/scale/numericInterpolate.test.ts` checks the pair agree.
 */
function numericInterpolateForD3Scale(): Plugin {
  const shim = fileURLToPath(new URL('src/scale/numericInterpolate.ts', import.meta.url));
  return {
    name: 'quoteline-numeric-interpolate',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'd3-interpolate' && importer !== undefined && /[\\/]node_modules[\\/]d3-scale[\\/]/.test(importer)) return shim;
      return null;
    },
  };
}

// `base: './'` makes the built site work from any static server under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), emitStoryFile(), numericInterpolateForD3Scale()],
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
