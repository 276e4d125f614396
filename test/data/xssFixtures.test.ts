import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reduceHtmlInNode } from '../../src/cli/reduceHtml';
import { toNativeStory } from '../../src/data/exporters/native';
import { toTimelineJsStory } from '../../src/data/exporters/timelinejs';
import { parseStoryText } from '../../src/data/parseStoryText';
import { getInlines, toPlainText } from '../../src/data/text';
import type { Block, ParseResult } from '../../src/data/types';
import { expectPlainBlocks, expectSafeLinks, expectWellFormedResult } from '../helpers/fuzz';

const FIXTURES = ['native.json', 'timelinejs.json', 'sheet.csv'] as const;

function parseFixture(name: string): ParseResult {
  return parseStoryText(readFileSync(`test/fixtures/xss/${name}`, 'utf8'), { name, htmlToParagraphs: reduceHtmlInNode });
}

function getAllBlocks(result: ParseResult): Block[] {
  return (result.story?.events ?? []).flatMap((event) => [...event.summary, ...(event.media?.caption ?? []), ...(event.media?.credit ?? [])]);
}

/** Every string in a JSON-like value, but those of the key `except`. */
function getStrings(value: unknown, except: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => getStrings(item, except));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => (key === except ? [] : getStrings(item, except)));
  return [];
}

describe('the XSS fixtures (test/fixtures/xss)', () => {
  it.each(FIXTURES)('parseStoryText(%s) gives a story with events, safe links only and no prototype pollution', (name) => {
    const result = parseFixture(name);
    expectWellFormedResult(result);
    expectSafeLinks(result);
    expectPlainBlocks(getAllBlocks(result));
    expect(result.story?.events.length).toBeGreaterThanOrEqual(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort());
    expect(Object.keys(Object.prototype)).toEqual([]);
    // The hostile URLs are reported, each by its place, and left out.
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(issue.message).toMatch(/not an absolute http\(s\)|not a number/);
  });

  it('parseStoryText(native.json) keeps markup in plain text fields as typed', () => {
    const { story } = parseFixture('native.json');
    expect(story?.title).toBe('XSS title <script>window.__qlXss=1</script>');
    expect(story?.events[0]?.headline).toBe('<script>window.__qlXss=1</script> Headline 0');
    expect(toPlainText(story?.events[0]?.summary ?? [])).toContain('<img src="http://xss.invalid/img" onerror="window.__qlXss=1">');
    expect(getInlines(story?.events[0]?.summary ?? []).every((inline) => inline.href === undefined && inline.em === undefined)).toBe(true);
  });

  it.each(['timelinejs.json', 'sheet.csv'])('parseStoryText(%s) keeps the words and emphasis of its HTML, and nothing of its code', (name) => {
    const { story } = parseFixture(name);
    const summary = story?.events[0]?.summary ?? [];
    expect(getInlines(summary)).toContainEqual({ text: 'emphasised words', em: true });
    expect(getInlines(summary)).toContainEqual({ text: 'strong words', strong: true });
    const plain = toPlainText(summary);
    expect(plain).toContain('clobber');
    expect(plain).not.toMatch(/__qlXss|alert|xss\.invalid|svgtext|mathtext|btn|expression/);
    expect(story?.events[0]?.headline).toMatch(/^(TJS|CSV) headline 0$/);
  });

  it.each(FIXTURES)('toTimelineJsStory of %s writes escaped HTML that reads back as the same text', (name) => {
    const { story } = parseFixture(name);
    if (!story) throw new Error('no story');
    const document = toTimelineJsStory(story);
    // Text is escaped, so every "<" left starts one of the few tags the exporter writes.
    const tags = getStrings(document, 'alt').flatMap((value) => value.match(/<[^>]*>?/g) ?? []);
    for (const tag of tags) expect(tag).toMatch(/^<(\/?(p|em|strong|ul|ol|li|a)|br|a href="(https?|mailto):[^"<>]*")>$/);
    const exported = JSON.stringify(document);
    const again = parseStoryText(exported, { htmlToParagraphs: reduceHtmlInNode }).story;
    expect(again?.events.map((event) => event.summary)).toEqual(story.events.map((event) => event.summary));
    expect(again?.events.map((event) => [event.displayDate, event.category.label])).toEqual(story.events.map((event) => [event.displayDate, event.category.label]));
    const native = parseStoryText(JSON.stringify(toNativeStory(story)), { htmlToParagraphs: reduceHtmlInNode }).story;
    expect(native?.events.map((event) => event.headline)).toEqual(story.events.map((event) => event.headline));
  });
});
