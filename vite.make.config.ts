import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { trimD3Scale } from './vite.config.js';

/** Where the make page's scripts and styles go in dist/: apart from the reader's pages' chunks. */
const MAKE_ASSETS = 'assets/make/[name]-[hash]';

// The make page for editors (make.html), built on its own after the reader's pages. Built with
// them, it would share their chunks: the reader's page would then load its code in more, smaller
// chunks, about 1 KB gzip more in all (e2e/budget.spec.ts), for a page only editors open.
export default defineConfig({
  base: './',
  plugins: [react(), trimD3Scale()],
  // The story parser's worker (src/app/storyWorker.ts) is a module worker: it loads the CSV importer on demand.
  worker: { format: 'es' },
  // The first build has copied public/ (favicon.svg) already.
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: true,
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: {
      input: { make: 'make.html' },
      output: { entryFileNames: `${MAKE_ASSETS}.js`, chunkFileNames: `${MAKE_ASSETS}.js`, assetFileNames: `${MAKE_ASSETS}[extname]` },
    },
  },
});
