import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { startStaticServer } from '../scripts/staticServer.mjs';
import { expect, test } from './fixtures';

// The packed component, as a React developer gets it: `npm pack`, unpacked into a fresh app's
// node_modules (React and d3 resolve from this repository's install, as any hoisted install would).
const APP = resolve('test-results/pack-app');
const PACKAGE = resolve(APP, 'node_modules/quoteline');

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(PACKAGE, { recursive: true });
  const output = execFileSync('npm', ['pack', '--silent', '--pack-destination', APP], { encoding: 'utf8' }).trim().split('\n');
  const tarball = resolve(APP, output[output.length - 1] ?? '');
  execFileSync('tar', ['-xzf', tarball, '-C', PACKAGE, '--strip-components=1']);
  writeFileSync(
    resolve(APP, 'story.json'),
    JSON.stringify({
      quoteline: 1,
      title: 'Packed story',
      events: [
        {
          id: 'one',
          start: '2024-05-27',
          headline: 'First packed event',
          category: 'exchange',
          quotes: [],
          sources: [{ id: 's', title: 'A report', publisher: 'A paper', url: 'https://example.org/' }],
        },
        {
          id: 'two',
          start: '2024-06-02',
          headline: 'Second packed event',
          category: 'critique',
          quotes: [],
          sources: [{ id: 's', title: 'A report', publisher: 'A paper', url: 'https://example.org/' }],
        },
      ],
    }),
  );
});

test('the package ships ESM, types and CSS, with React as a peer', () => {
  const files = readdirSync(PACKAGE, { recursive: true }).map(String);
  expect(files).toEqual(expect.arrayContaining(['package.json', 'lib/index.js', 'lib/index.browser.js', 'lib/quoteline.css', 'lib/types/index.d.ts']));
  expect(files.some((file) => file.startsWith('src/') || file.startsWith('node_modules'))).toBe(false);
  const manifest = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: PACKAGE, encoding: 'utf8' })) as {
    peerDependencies: Record<string, string>;
    dependencies: Record<string, string>;
  };
  expect(Object.keys(manifest.peerDependencies)).toEqual(['react', 'react-dom']);
  expect(Object.keys(manifest.dependencies)).not.toContain('react');
});

test('renderToString renders the packed Timeline in plain Node', () => {
  const script = [
    "import { createElement } from 'react';",
    "import { renderToString } from 'react-dom/server';",
    "import { readFileSync } from 'node:fs';",
    "import { Timeline, parseStory } from 'quoteline';",
    "const { story } = parseStory(JSON.parse(readFileSync('story.json', 'utf8')));",
    'process.stdout.write(renderToString(createElement(Timeline, { story, locale: "en-US" })));',
  ].join('\n');
  const html = execFileSync('node', ['--input-type=module', '-e', script], { cwd: APP, encoding: 'utf8' });
  expect(html).toContain('First packed event');
  expect(html).toContain('role="tablist"');
});

test('the packed types compile in a TypeScript app', () => {
  writeFileSync(
    resolve(APP, 'check.ts'),
    "import { Timeline, parseStory, type TimelineProps } from 'quoteline';\nconst props: Partial<TimelineProps> = { selectedId: 'one', onSelect: (id: string) => void id };\nvoid Timeline; void parseStory; void props;\n",
  );
  writeFileSync(
    resolve(APP, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', noEmit: true, skipLibCheck: false, jsx: 'react-jsx', types: [] },
      files: ['check.ts'],
    }),
  );
  execFileSync(resolve('node_modules/.bin/tsc'), ['-p', resolve(APP, 'tsconfig.json')], { cwd: APP, encoding: 'utf8' });
});

test('a fresh Vite app renders the packed Timeline, styled, controlled', async ({ page }) => {
  writeFileSync(
    resolve(APP, 'index.html'),
    '<!doctype html><html lang="en"><head><title>Packed</title></head><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>',
  );
  writeFileSync(
    resolve(APP, 'main.jsx'),
    [
      "import { useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { Timeline, parseStory } from 'quoteline';",
      "import data from './story.json';",
      'const { story } = parseStory(data);',
      'function Host() {',
      "  const [id, setId] = useState('two');",
      '  return <><p id="host-selection">{id}</p><Timeline story={story} selectedId={id} onSelect={setId} /></>;',
      '}',
      "createRoot(document.getElementById('root')).render(<Host />);",
    ].join('\n'),
  );
  await build({ root: APP, base: './', logLevel: 'silent', plugins: [react()], build: { outDir: resolve(APP, 'dist') } });
  const server = await startStaticServer(resolve(APP, 'dist'));
  try {
    await page.goto(server.url);
    await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('Second packed event');
    // Styled without any CSS import by the app: markers are positioned on the track.
    expect(
      await page
        .getByRole('tab')
        .first()
        .evaluate((tab) => getComputedStyle(tab).position),
    ).toBe('absolute');
    await page.getByRole('tab', { name: /^First packed event/ }).click();
    await expect(page.locator('#host-selection')).toHaveText('one');
    await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('First packed event');
  } finally {
    await server.close();
  }
});

/** Runs a command, as a shell would: its exit code and both streams. */
function runCommand(command: string, args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the quoteline command validates and converts, from the packed tarball and from a clone', () => {
  writeFileSync(
    resolve(APP, 'broken.json'),
    JSON.stringify({ quoteline: 1, title: 'Broken', events: [{ id: 'x', start: '2024-02-31', headline: 'Bad date', category: 'exchange', quotes: [], sources: [] }] }),
  );
  // The packed package's bin, run under plain Node in the app that installed it.
  const packed = resolve(PACKAGE, 'bin/quoteline.mjs');
  const good = runCommand('node', [packed, 'validate', 'story.json'], APP);
  expect(good.code, good.stderr).toBe(0);
  expect(good.stdout).toBe('story.json: Quoteline JSON, 2 events, no errors, no warnings\n');
  const bad = runCommand('node', [packed, 'validate', '--json', 'broken.json'], APP);
  expect(bad.code).toBe(1);
  expect(JSON.parse(bad.stdout)).toEqual([
    {
      file: 'broken.json',
      format: 'quoteline',
      events: 0,
      errors: [
        {
          path: 'events[0].start',
          code: 'problem.date.dayInText',
          values: { text: '2024-02-31', day: '31', month: '2024-02', days: '29' },
          message: '"2024-02-31": 31 is not a day of 2024-02 (it has 29)',
        },
      ],
      warnings: [],
    },
  ]);
  const converted = runCommand('node', [packed, 'convert', 'story.json', '--to', 'timelinejs'], APP);
  expect(converted.code, converted.stderr).toBe(0);
  expect(JSON.parse(converted.stdout)).toMatchObject({
    title: { text: { headline: 'Packed story' } },
    events: [
      { unique_id: 'one', group: 'Exchange' },
      { unique_id: 'two', group: 'Critique' },
    ],
  });
  // From a clone (what `npm link` points at): the repository's own bin, on the lib that `npm pack` (prepare) just built.
  const clone = runCommand('node', [resolve('bin/quoteline.mjs'), 'validate', resolve(APP, 'broken.json')], APP);
  expect(clone.code).toBe(1);
  expect(runCommand('node', [resolve('bin/quoteline.mjs')], APP).code).toBe(2);
});
