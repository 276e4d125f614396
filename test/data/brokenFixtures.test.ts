import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reduceHtmlInNode } from '../../src/cli/reduceHtml';
import { parseStoryText } from '../../src/data/parseStoryText';

/** Broken story files, each with the exact errors and warnings it should produce in `<file>.expected.json`. */
const BROKEN = ['quoteline-broken.json', 'timelinejs-broken.json', 'timelinejs-broken-full.json', 'sheet-broken.csv'];

const read = (name: string): string => readFileSync(new URL(`../fixtures/stories/${name}`, import.meta.url), 'utf8');

describe('broken fixtures', () => {
  it.each(BROKEN)('%s gives exactly the errors and warnings written beside it', (name) => {
    const expected = JSON.parse(read(`${name}.expected.json`)) as { events: number; issues: unknown[]; warnings: unknown[] };
    const result = parseStoryText(read(name), { name, htmlToParagraphs: reduceHtmlInNode });
    expect(result.issues).toEqual(expected.issues);
    expect(result.warnings).toEqual(expected.warnings);
    expect(result.story?.events.length).toBe(expected.events);
  });
});
