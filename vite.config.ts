import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Publishes the bundled story and the story JSON Schema next to the app, as examples for `?src=` and for hosts. */
function emitStoryFile(): Plugin {
  return {
    name: 'quoteline-emit-story',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'stories/lecun-musk.json', source: readFileSync('stories/lecun-musk.json', 'utf8') });
      // Its JSON Schema, next to it, where the story's "$schema": "./story.schema.json" points.
      this.emitFile({ type: 'asset', fileName: 'stories/story.schema.json', source: readFileSync('stories/story.schema.json', 'utf8') });
    },
  };
}

/**
 * What d3-scale imports, trimmed to what Quoteline uses (d3-scale ships one module, so its imports
 * cannot be tree-shaken away):
 * - d3-interpolate → `src/scale/numericInterpolate.ts`: the scales only map numbers (UTC ms) to
 *   numbers (px), and d3-interpolate's colour code and d3-color behind it are about 5 KB gzip;
 *   `test/scale/numericInterpolate.test.ts` checks the pair agree;
 * - d3-format → `src/scale/noTickFormat.ts`: only `scale.tickFormat` needs it, and the axis labels
 *   its ticks with Intl; about 2 KB gzip, and the stand-ins throw if anything ever calls them.
 * Only d3-scale's own imports are redirected.
 */
export function trimD3Scale(): Plugin {
  const swaps: Record<string, string> = {
    'd3-interpolate': fileURLToPath(new URL('src/scale/numericInterpolate.ts', import.meta.url)),
    'd3-format': fileURLToPath(new URL('src/scale/noTickFormat.ts', import.meta.url)),
  };
  return {
    name: 'quoteline-trim-d3-scale',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === undefined || !/[\\/]node_modules[\\/]d3-scale[\\/]/.test(importer)) return null;
      return swaps[source] ?? null;
    },
  };
}

// `base: './'` makes the built site work from any static server under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), emitStoryFile(), trimD3Scale()],
  // The story parser's worker (src/app/storyWorker.ts) is a module worker: it loads the CSV importer on demand.
  worker: { format: 'es' },
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
