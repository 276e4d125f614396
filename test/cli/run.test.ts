import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { parseCivilDate } from '../../src/data/civilDate';
import { MAX_STORY_BYTES } from '../../src/data/limits';
import { parseStory } from '../../src/data/parseStory';
import { toPlainText } from '../../src/data/text';
import type { Story } from '../../src/data/types';
import { reduceHtmlInNode } from '../../src/cli/reduceHtml';

const BUNDLED = 'stories/lecun-musk.json';
const BASIC = 'test/fixtures/stories/timelinejs-basic.json';
const BROKEN = 'test/fixtures/stories/timelinejs-broken.json';
const COSMO_MIXED = 'node_modules/@knight-lab/timelinejs/src/template/cosmo-mixed.json';

/** Runs the command over the real files, with the streams captured. */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    readFile: (path) => readFile(path, 'utf8'),
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

/** What a story means, without the fields that depend on where it came from. */
function essence(story: Story | null): unknown {
  if (!story) return null;
  return story.events.map(({ fileIndex: _index, ...event }) => ({ ...event, summary: toPlainText(event.summary) }));
}

describe('quoteline validate', () => {
  it('does not read a file over MAX_STORY_BYTES: it reports its size and the limit', async () => {
    let stdout = '';
    let reads = 0;
    const code = await runCli(['validate', 'huge.json'], {
      readFile: () => Promise.resolve(String((reads += 1))),
      fileSize: () => Promise.resolve(MAX_STORY_BYTES + 1),
      stdout: (text) => (stdout += `${text}\n`),
      stderr: () => undefined,
    });
    expect(code).toBe(1);
    expect(reads).toBe(0);
    expect(stdout).toContain('(file): cannot be read: it is 64.0 MB, more than the 64 MB a story file may have');
  });

  it('reports each file with its format, events, errors and warnings apart, and exits 1 only when one has errors', async () => {
    const { code, stdout } = await run('validate', BUNDLED, BROKEN);
    expect(code).toBe(1);
    expect(stdout).toContain(`${BUNDLED}: Quoteline JSON, 19 events, no errors, no warnings`);
    expect(stdout).toContain(`${BROKEN}: TimelineJS JSON, 3 events, 3 errors, 1 warning\n  Errors:\n    events[3].start_date.month: 13 is not a month (1–12)\n`);
    expect(stdout).toContain('  Warnings:\n    (file): no event has a source or quotes');
    // Warnings alone do not fail validation.
    expect((await run('validate', BUNDLED, BASIC)).code).toBe(0);
  });

  it('reads the TimelineJS sheet as CSV and names problems by row and column', async () => {
    const { code, stdout } = await run('validate', 'test/fixtures/stories/sheet-basic.csv', 'test/fixtures/stories/sheet-broken.csv');
    expect(code).toBe(1);
    expect(stdout).toContain('test/fixtures/stories/sheet-basic.csv: TimelineJS sheet (CSV), 3 events, no errors, 1 warning');
    expect(stdout).toContain('    row 2, column Month: 13 is not a month (1–12)');
  });

  it('gives the same report as JSON with --json', async () => {
    const { code, stdout } = await run('validate', '--json', BROKEN);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: BROKEN,
        format: 'timelinejs',
        events: 3,
        errors: expect.arrayContaining([{ path: 'events[5].start_date', code: 'problem.field.missing', values: {}, message: 'is missing: expected a value here' }]),
        warnings: [expect.objectContaining({ path: '(file)' })],
      },
    ]);
  });

  it('names a file that cannot be read or is not JSON, and exits 2 on a wrong command', async () => {
    const missing = await run('validate', 'no/such/file.json');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^no\/such\/file\.json: format not recognised, no story, 1 error, no warnings\n {2}Errors:\n {4}\(file\): cannot be read: ENOENT/);
    const notJson = await run('validate', 'README.md');
    expect(notJson.stdout).toMatch(/\(file\): is neither JSON nor a TimelineJS sheet as CSV: /);
    expect((await run('validate')).code).toBe(2);
    expect((await run('frobnicate')).stderr).toContain('Unknown command "frobnicate"');
    expect((await run('convert', BASIC, '--to', 'pdf')).code).toBe(2);
  });
});

describe('quoteline convert', () => {
  it('native → JSON → native keeps the story', async () => {
    const { code, stdout } = await run('convert', BUNDLED, '--to', 'native');
    expect(code).toBe(0);
    const original = parseStory(JSON.parse(await readFile(BUNDLED, 'utf8')));
    const again = parseStory(JSON.parse(stdout));
    expect(again.issues).toEqual([]);
    expect(essence(again.story)).toEqual(essence(original.story));
    expect(again.story?.view).toEqual(original.story?.view);
  });

  it('TimelineJS → native reduces HTML to text and safe links in plain Node, and says sources are missing', async () => {
    const { code, stdout, stderr } = await run('convert', BASIC, '--to', 'native');
    expect(code).toBe(0);
    expect(stderr).toContain('Some events have no source');
    const converted = JSON.parse(stdout) as { title: string; events: { id: string; summary?: string }[] };
    expect(converted.title).toBe('A TimelineJS story');
    expect(converted.events.find((event) => event.id === 'memorial-day')?.summary).toBe('Musk asked; LeCun answered. Report bad link\n\nSecond paragraph');
  });

  it('TimelineJS → native → TimelineJS keeps the fields both formats have', async () => {
    const original = parseStory(JSON.parse(await readFile(BASIC, 'utf8')), { htmlToParagraphs: reduceHtmlInNode });
    const { stdout } = await run('convert', BASIC, '--to', 'timelinejs');
    const again = parseStory(JSON.parse(stdout), { htmlToParagraphs: reduceHtmlInNode });
    expect(again.issues).toEqual([]);
    const shared = (story: Story | null) =>
      story?.events.map((event) => ({ id: event.id, start: event.start, end: event.end, headline: event.headline, group: event.category.label, summary: event.summary }));
    expect(shared(again.story)).toEqual(shared(original.story));
    expect(again.story?.title).toBe(original.story?.title);
  });

  it('TimelineJS’s cosmo-mixed.json converts to native with negative and long years, which read back as the same dates', async () => {
    const original = parseStory(JSON.parse(await readFile(COSMO_MIXED, 'utf8')), { htmlToParagraphs: reduceHtmlInNode });
    const { code, stdout } = await run('convert', COSMO_MIXED, '--to', 'native');
    expect(code).toBe(0);
    const converted = JSON.parse(stdout) as { events: { start: string }[] };
    expect(converted.events.map((event) => event.start).slice(0, 6)).toEqual(['-13800000000', '-4600000000', '-540000000', '-300000', '-3500', '-0300']);
    expect(converted.events.map((event) => parseCivilDate(event.start))).toEqual(original.story?.events.map((event) => ({ ok: true, date: event.start })));
    const back = await run('convert', COSMO_MIXED, '--to', 'timelinejs');
    const again = parseStory(JSON.parse(back.stdout), { htmlToParagraphs: reduceHtmlInNode });
    expect(again.issues).toEqual([]);
    expect(again.story?.events.map((event) => event.start)).toEqual(original.story?.events.map((event) => event.start));
  });

  it('reduceHtmlInNode keeps text and checked links only, like DOMParser in the browser', () => {
    expect(reduceHtmlInNode('<p>A <a href="https://example.org/">link</a> <a href="javascript:alert(1)">bad</a></p><script>alert(1)</script><p>Two &amp; more</p>')).toEqual([
      [{ text: 'A ' }, { text: 'link', href: 'https://example.org/' }, { text: ' bad' }],
      [{ text: 'Two & more' }],
    ]);
  });

  it('reduceHtmlInNode breaks the paragraph at a stray </p>, as DOMParser does (found by fuzzing)', () => {
    expect(reduceHtmlInNode("!</p><A HREF='https://example.org/'>link</A>")).toEqual([[{ text: '!' }], [{ text: 'link', href: 'https://example.org/' }]]);
    expect(reduceHtmlInNode('<title>Not text</title>Text')).toEqual([[{ text: 'Text' }]]);
  });
});
