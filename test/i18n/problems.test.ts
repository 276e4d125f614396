import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reduceHtmlInNode } from '../../src/cli/reduceHtml';
import { parseStory } from '../../src/data/parseStory';
import { parseStoryText } from '../../src/data/parseStoryText';
import { NO_MEDIA } from '../../src/data/media';
import type { DataIssue } from '../../src/data/types';
import { en, type Messages } from '../../src/i18n/catalogs/en';
import { problems } from '../../src/i18n/catalogs/problems.en';
import { problems as ar } from '../../src/i18n/catalogs/problems.ar';
import { problems as de } from '../../src/i18n/catalogs/problems.de';
import { problems as es } from '../../src/i18n/catalogs/problems.es';
import { problems as fr } from '../../src/i18n/catalogs/problems.fr';
import { problems as ja } from '../../src/i18n/catalogs/problems.ja';
import { formatIssue, isProblemKey } from '../../src/i18n/formatIssue';
import { createTranslator } from '../../src/i18n/translate';

const TRANSLATIONS = { fr, de, es, ar, ja };
// Placeholders and plural forms of each language are checked with the other messages, in catalogs.test.ts.
const KEYS = Object.keys(problems) as (keyof typeof problems)[];

/** Every `.ts`/`.tsx` file under `dir`. */
function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listSources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const SRC = new URL('../../src', import.meta.url).pathname;
// The codes the code names, outside the catalogs themselves.
const USED = new Set(
  listSources(SRC)
    .filter((path) => !path.includes('/i18n/catalogs/'))
    .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/'(problem\.[\w.]+)'/g)].map((match) => match[1] ?? '')),
);

const read = (name: string): string => readFileSync(new URL(`../fixtures/stories/${name}`, import.meta.url), 'utf8');

/** Broken stories of every format, together raising most problems the importers know. */
function collectIssues(): DataIssue[] {
  const files = ['quoteline-broken.json', 'timelinejs-broken.json', 'timelinejs-broken-full.json', 'sheet-broken.csv'].map((name) =>
    parseStoryText(read(name), { name, htmlToParagraphs: reduceHtmlInNode, mediaPolicy: NO_MEDIA }),
  );
  const texts = ['', '{"events": [', 'Year,Headline,Type\n2024,A,slide\n2024,B\n', 'Headline\nA\n', 'title,count\na,1\n', 'Year,Time,Headline,Colour\n2024,noon,A,red\n'].map((text) =>
    parseStoryText(text, { name: text.includes(',') || text.startsWith('Headline') ? 'sheet.csv' : 'story.json' }),
  );
  const values = [[1], null, 4, 'text', true, {}].map((value) => parseStory(value));
  const event = { id: 'a', start: '2024-05-27', headline: 'A', sources: [{ id: 's', title: 'T', publisher: 'P' }], quotes: [] };
  const quoteline = parseStory({
    quoteline: 2,
    title: 'T',
    startEventId: 'b',
    view: { start: '2024', end: '2023' },
    categories: [
      { id: 'c', label: 'C', shape: 'circle' },
      { id: 'c', label: 'D', shape: 'square' },
      { id: 'Bad Id', label: '', shape: 'star', color: 7 },
    ],
    eras: [{ label: 'E', start: '2024-02-30', end: '+99999999999999' }],
    events: [
      { ...event, category: 'c', media: { url: 'https://www.youtube.com/watch?v=x' } },
      { ...event, id: 'b2', start: '2024-05-27T25:00', timeZone: 'Europe/Paris', category: 'c' },
      { ...event, id: 'b3', start: '-13800000000-01', category: 'c', quotes: [{ text: 'q', speaker: 'S', source: 'x' }] },
      { ...event, id: 'b4', category: 'cc', sources: [], quotes: [{ text: 'q', speaker: 'S', source: 'x' }] },
      { ...event, id: 'b5', timeZone: 'Europe/Pari', category: 'c' },
      { ...event, id: 'b6', end: '2023', category: 'c' },
      { ...event, id: 'a', category: 'c', media: { url: 'https://example.org/a.jpg' } },
      { id: 'b7', start: 2024, headline: ['A'], people: 'x', quotes: {}, media: { url: 'www.example.org/a' } },
    ],
  });
  const timelineJs = parseStory({
    title: { text: { headline: 'T' }, background: { color: 'red' } },
    events: [
      { start_date: { year: 2024, month: 'May', hour: 10, minute: 75 }, text: { headline: 'A' } },
      { start_date: { year: 2024, day: 3 }, text: { headline: 'B' } },
      { start_date: { year: 2024, month: 2, hour: 3 }, text: { headline: 'C' } },
      { start_date: { year: 2024, month: 2, day: 3, hour: 3, second: 61, millisecond: 1000 }, text: { headline: 'D' } },
      { start_date: { year: 2024 }, text: { headline: '' }, background: {} },
      { start_date: { year: 2024.5 }, text: { headline: 'E' } },
      { start_date: { year: 2024 }, text: { headline: 'F' }, media: { url: '<blockquote>no link</blockquote>' } },
      { start_date: { year: 2024 }, text: { headline: 'G' }, media: { url: '<blockquote><a href="https://x.com/a/status/1">post</a></blockquote>' } },
      { start_date: { year: 2024 }, text: { headline: 'H' }, media: { url: 'www.example.org/a.jpg' } },
    ],
  });
  const media = [
    'https://example.org/a.jpg',
    'https://soundcloud.com/a/b',
    'https://x.com/a/status/1',
    'https://www.google.com/maps/place/Paris',
    'https://documentcloud.org/d',
    'https://news.example/a',
  ];
  const plain = parseStory({
    quoteline: 2,
    title: 'T',
    events: [
      { id: 'a', start: '2024-13', headline: 'A' },
      { id: 'b', start: '2024-05-27T10:75', headline: 'B', category: 'x', sources: [], quotes: [{ text: 'q', speaker: 'S', source: 'x' }] },
      ...media.map((url, index) => ({ id: `m${index}`, start: '2024', headline: 'M', media: { url } })),
    ],
  });
  return [...files, ...texts, ...values, quoteline, timelineJs, plain].flatMap((result) => [...result.issues, ...result.warnings]);
}

describe('problem catalogs', () => {
  it('every problem code the code names is in problems.en.ts, and every message there is used', () => {
    expect([...USED].filter((code) => !isProblemKey(code))).toEqual([]);
    expect(KEYS.filter((key) => !USED.has(key))).toEqual([]);
  });

  it('importers give each problem a code whose English wording is its message, with plain values every catalog fills', () => {
    const issues = collectIssues();
    const codes = new Set(issues.map((issue) => issue.code));
    // The stories above raise most of the problems a story file can have.
    expect(codes.size).toBeGreaterThan(55);
    const translators = Object.entries({ fr, de, es, ar, ja }).map(([language]) => language);
    for (const issue of issues) {
      expect(isProblemKey(issue.code), issue.code).toBe(true);
      expect(formatIssue(issue, createTranslator(en, 'en')), issue.code).toBe(issue.message);
      // What crosses postMessage from the parsing worker comes back the same.
      expect(structuredClone(issue)).toEqual(issue);
      for (const value of Object.values(issue.values)) expect(['string', 'number']).toContain(typeof value);
      for (const language of translators) {
        const catalog: Messages = { ...en, ...TRANSLATIONS[language as keyof typeof TRANSLATIONS] };
        const text = formatIssue(issue, createTranslator(catalog, language));
        expect(text, `${language} ${issue.code}`).not.toMatch(/\{\w+\}/);
        // Paths and values found stay as they are, in every language.
        if (issue.fix !== undefined) expect(text).toContain(issue.fix);
      }
    }
  });
});
