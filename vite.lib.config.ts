import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const EXTERNAL = [/^react($|\/)/, /^react-dom($|\/)/, /^d3-/, /^valibot$/, /^parse5$/, /^node:/];

/**
 * The browser entry imports the stylesheet, so `import { Timeline } from 'quoteline'` brings its
 * CSS in Vite or Next.js with no setup; the default entry does not, so plain Node can import it.
 */
function browserEntryWithCss(): Plugin {
  return {
    name: 'quoteline-browser-entry',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'index.browser.js', source: "'use client';\nimport './quoteline.css';\nexport * from './index.js';\n" });
    },
  };
}

// The React component package (npm pack): ESM, React and d3 left to the consumer's install.
export default defineConfig({
  plugins: [react(), browserEntryWithCss()],
  publicDir: false,
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    cssCodeSplit: false,
    // cli: the `quoteline` command for plain Node (bin/quoteline.mjs imports it).
    lib: { entry: { index: 'src/index.ts', core: 'src/core.ts', cli: 'src/cli/main.ts' }, formats: ['es'] },
    rollupOptions: {
      external: EXTERNAL,
      output: {
        // Next.js app router: the components are client components.
        banner: (chunk) => (chunk.name === 'index' ? "'use client';" : ''),
        assetFileNames: (asset) => (asset.names?.some((name) => name.endsWith('.css')) ? 'quoteline.css' : '[name][extname]'),
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
