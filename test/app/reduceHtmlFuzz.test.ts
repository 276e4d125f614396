// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceHtmlToParagraphs } from '../../src/app/reduceHtml';
import { reduceHtmlInNode } from '../../src/cli/reduceHtml';
import { MAX_HTML_TAGS } from '../../src/data/html';
import { parseStory } from '../../src/data/parseStory';
import { toPlainText } from '../../src/data/text';
import { isSafeLink } from '../../src/data/safeUrl';
import { expectPlainBlocks, expectSafeLinks, expectWellFormedResult, FUZZ_RUNS, getHrefs, htmlArbitrary } from '../helpers/fuzz';

const runs = { numRuns: FUZZ_RUNS };

describe('reduceHtmlToParagraphs on hostile HTML', () => {
  it('reduceHtmlToParagraphs(html) never throws and keeps only http(s) and mailto links', () => {
    fc.assert(
      fc.property(fc.oneof(htmlArbitrary, fc.string()), (html) => {
        const paragraphs = reduceHtmlToParagraphs(html);
        for (const href of getHrefs(paragraphs)) expect(isSafeLink(href), href).toBe(true);
        expectPlainBlocks(paragraphs);
      }),
      runs,
    );
  });

  it('reduceHtmlToParagraphs(html) reads the same text and links as the CLI reducer, reduceHtmlInNode', () => {
    fc.assert(
      fc.property(htmlArbitrary, (html) => {
        expect(reduceHtmlToParagraphs(html)).toEqual(reduceHtmlInNode(html));
      }),
      runs,
    );
  });

  it('reduceHtmlToParagraphs(html) agrees with reduceHtmlInNode on deep nesting, below and far above MAX_HTML_TAGS', () => {
    for (const tag of ['div', 'ol', 'li', 'b', 'a href="https://example.org/"']) {
      const name = tag.split(' ')[0] ?? tag;
      for (const depth of [3, MAX_HTML_TAGS / 2 - 1, 100_000]) {
        const html = `<${tag}>`.repeat(depth) + 'deep <em>text</em>' + `</${name}>`.repeat(depth);
        const blocks = reduceHtmlToParagraphs(html);
        expect(blocks, `${tag} × ${depth}`).toEqual(reduceHtmlInNode(html));
        expect(toPlainText(blocks).replace(/^(- |1\. )/, '')).toBe('deep text');
      }
    }
  }, 10_000);

  it('parseStory(TimelineJS document) with the DOM reducer keeps only safe links in summaries and media', () => {
    const slide = fc.record({
      headline: htmlArbitrary,
      text: htmlArbitrary,
      url: fc.oneof(htmlArbitrary, fc.constantFrom('https://example.org/a.jpg', 'javascript:alert(1)')),
      caption: htmlArbitrary,
      credit: htmlArbitrary,
    });
    fc.assert(
      fc.property(fc.array(slide, { maxLength: 4 }), (slides) => {
        const document = {
          title: { text: { headline: slides[0]?.headline ?? '', text: slides[0]?.text ?? '' } },
          events: slides.map((item) => ({
            start_date: { year: 2024 },
            text: { headline: `H ${item.headline}`, text: item.text },
            media: { url: item.url, caption: item.caption, credit: item.credit },
          })),
        };
        const result = parseStory(document, { htmlToParagraphs: reduceHtmlToParagraphs });
        expectWellFormedResult(result);
        expectSafeLinks(result);
      }),
      runs,
    );
  });
});
