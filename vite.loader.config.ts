import { defineConfig } from 'vite';

// The host-side loader: one small, dependency-free classic script, dist/embed.js.
export default defineConfig({
  build: {
    target: 'es2019',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    lib: { entry: 'src/embed/loader.ts', formats: ['iife'], name: 'quotelineLoader', fileName: () => 'embed.js' },
  },
});
