// Lint: typescript-eslint, React hooks, and the layers of docs/architecture.md as import rules.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders of src/, lowest first; each may import only folders below it (share/ is beside them). */
const LAYERS = {
  i18n: [],
  data: ['i18n'],
  scale: ['data', 'i18n'],
  layout: ['data', 'i18n', 'scale'],
  a11y: ['data', 'i18n'],
  search: ['data', 'i18n'],
  share: ['data', 'i18n', 'search'],
  hooks: ['data', 'i18n', 'scale', 'layout', 'a11y', 'search', 'share'],
  components: ['data', 'i18n', 'scale', 'layout', 'a11y', 'search', 'share', 'hooks'],
  app: ['data', 'i18n', 'scale', 'layout', 'a11y', 'search', 'share', 'hooks', 'components'],
  prerender: ['data', 'i18n', 'scale', 'layout', 'a11y', 'search', 'share', 'hooks', 'components', 'app'],
  embed: ['data', 'i18n', 'scale', 'layout', 'a11y', 'search', 'share', 'hooks', 'components', 'app'],
  cli: ['i18n', 'data'],
};
const PURE = ['i18n', 'data', 'scale', 'layout', 'a11y', 'search', 'share'];
/** Browser globals that pure code must not read: the DOM, the clock and the host are parameters. */
const DOM_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'requestAnimationFrame', 'getComputedStyle', 'HTMLElement', 'Element', 'Node'];

function layerRules(folder) {
  const allowed = new Set([folder, ...LAYERS[folder]]);
  const forbidden = Object.keys(LAYERS).filter((other) => !allowed.has(other));
  const patterns = [{ regex: `^\\.\\.?/(?:\\.\\./)*(?:${forbidden.join('|')})(?:/|$)`, message: `src/${folder} may import only ${[...allowed].join(', ')} (docs/architecture.md)` }];
  const paths = PURE.includes(folder)
    ? [
        { name: 'react', message: 'pure code imports no React' },
        { name: 'react-dom', message: 'pure code imports no React' },
      ]
    : [];
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { paths, patterns }],
      ...(PURE.includes(folder) && {
        'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'pure code takes the DOM as a parameter' }))],
        'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'pure code takes `now` as a parameter' }],
      }),
    },
  };
}

export default tseslint.config(
  { ignores: ['.tmp/**', 'dist', 'dist-ssr', 'lib', 'bench/.serve', 'node_modules', 'test-results', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...Object.keys(LAYERS).map(layerRules),
  // Node scripts whose page.evaluate callbacks run in the browser: both sets of globals.
  { files: ['**/*.mjs', 'scripts/**', 'bench/**', 'e2e/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // Classic scripts that run in the page: public/enhance.js, host fixtures, benchmark pages.
  { files: ['public/**/*.js', 'test/fixtures/**/*.js', 'bench/pages/**/*.js'], languageOptions: { sourceType: 'script', globals: { ...globals.browser, TL: 'readonly' } } },
  // Playwright fixtures declare their dependencies with an object pattern, empty when there are none.
  { files: ['e2e/fixtures.ts'], rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] } },
);
