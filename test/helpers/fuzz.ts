import fc from 'fast-check';
import { expect } from 'vitest';
import { isSafeLink, isWebUrl } from '../../src/data/safeUrl';
import { getInlines } from '../../src/data/text';
import type { Block, ParseResult } from '../../src/data/types';

/** Runs per property: enough to find shallow defects while the file stays a few seconds long. */
export const FUZZ_RUNS = 200;

/** Link schemes a hostile story may try: script schemes dressed up, and the ones we keep. */
const HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'jav&#x61;script:alert(1)',
  '&#106;avascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' \u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  '//evil.example/',
  '/relative/path',
  'http:evil.example',
  'https://example.org/ok',
  'HTTPS://EXAMPLE.ORG/OK',
  'mailto:someone@example.org',
  'ftp://example.org/file',
  '',
];

/** An href from the hostile list or any string. */
export const hrefArbitrary: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...HREFS), fc.string());

const attributeQuote = (href: string): string => href.replace(/"/g, '&quot;');

/** An HTML fragment: text, links with hostile schemes, scripts, nested and unclosed elements. */
const fragmentArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<p>',
    '</p>',
    '<br>',
    '<div>',
    '</a>',
    '<script>alert(1)</script>',
    '<svg><a href="javascript:alert(1)">x</a></svg>',
    '<img src=x onerror=alert(1)>',
    '&amp;',
    '&lt;a href=x&gt;',
    '<!-- c -->',
    '<em>',
    '</em>',
    '<i>',
    '<b>',
    '</strong>',
    '<ul><li>',
    '<ol>',
    '<li>',
    '</li>',
    '</ul>',
    '<br><br>',
    '<p id="__proto__" name="location" class="c" style="color:red">',
    '<style>p{color:red}</style>',
    '<form><input value="x"><button>b</button></form>',
    '<math><mi>m</mi></math>',
  ),
  fc.tuple(hrefArbitrary, fc.string()).map(([href, text]) => `<a href="${attributeQuote(href)}">${text || 'link'}</a>`),
  fc.tuple(hrefArbitrary, fc.string()).map(([href, text]) => `<A HREF='${href.replace(/'/g, '&#39;')}'>${text || 'link'}</A>`),
  hrefArbitrary.map((href) => `<a href=${href.replace(/[\s>"']/g, '')}>bare</a>`),
);

/** Arbitrary HTML built from hostile fragments. */
export const htmlArbitrary: fc.Arbitrary<string> = fc.array(fragmentArbitrary, { maxLength: 8 }).map((parts) => parts.join(''));

/** Every link in paragraphs and lists, for checks that all of them are safe. */
export function getHrefs(blocks: readonly Block[] | undefined): string[] {
  return getInlines(blocks ?? []).flatMap((inline) => (inline.href === undefined ? [] : [inline.href]));
}

/** The keys a reduced run may have: nothing else of the HTML (no id, name, class, style) survives. */
const INLINE_KEYS = new Set(['text', 'href', 'em', 'strong']);

/** Fails unless blocks are paragraphs of non-empty runs with known keys only, or non-empty lists of them. */
export function expectPlainBlocks(blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (!Array.isArray(block)) {
      expect(Object.keys(block).sort()).toEqual(['items', 'list']);
      expect(['ul', 'ol']).toContain(block.list);
      expect(block.items.length).toBeGreaterThan(0);
    }
  }
  for (const inline of getInlines(blocks)) {
    expect(inline.text).not.toBe('');
    for (const key of Object.keys(inline)) expect(INLINE_KEYS.has(key), key).toBe(true);
    if (inline.em !== undefined) expect(inline.em).toBe(true);
    if (inline.strong !== undefined) expect(inline.strong).toBe(true);
  }
}

/** Fails unless every link of a parse result is http(s) or mailto, and every url of sources and media http(s). */
export function expectSafeLinks(result: ParseResult): void {
  const story = result.story;
  if (!story) return;
  for (const event of story.events) {
    for (const href of [...getHrefs(event.summary), ...getHrefs(event.media?.caption), ...getHrefs(event.media?.credit)]) {
      expect(isSafeLink(href), href).toBe(true);
    }
    for (const url of [event.media?.url, event.media?.thumbnail, ...event.sources.map((source) => source.url)]) {
      if (url !== undefined) expect(isWebUrl(url), url).toBe(true);
    }
  }
}

/**
 * Fails unless a parse result holds up: a story or at least one problem, and problems with a path
 * and a message. Reads every event's summary, as the page does, since TimelineJS reduces it lazily.
 */
export function expectWellFormedResult(result: ParseResult): void {
  expect(result.story !== null || result.issues.length > 0).toBe(true);
  for (const issue of [...result.issues, ...result.warnings]) {
    expect(typeof issue.path === 'string' && issue.path !== '', JSON.stringify(issue)).toBe(true);
    expect(typeof issue.message === 'string' && issue.message !== '', JSON.stringify(issue)).toBe(true);
  }
  for (const event of result.story?.events ?? []) {
    expect(Array.isArray(event.summary)).toBe(true);
    expect(Number.isFinite(event.time) && Number.isFinite(event.endTime)).toBe(true);
  }
}
