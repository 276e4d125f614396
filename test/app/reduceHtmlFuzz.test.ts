// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceHtmlToParagraphs } from '../../src/app/reduceHtml';
import { reduceHtmlInNode } from '../../src/cli/reduceHtml';
import { parseStory } from '../../src/data/parseStory';
import { isSafeLink } from '../../src/data/safeUrl';
import { expectSafeLinks, expectWellFormedResult, FUZZ_RUNS, getHrefs, htmlArbitrary } from '../helpers/fuzz';

const runs = { numRuns: FUZZ_RUNS };

describe('reduceHtmlToParagraphs on hostile HTML', () => {
  it('reduceHtmlToParagraphs(html) never throws and keeps only http(s) and mailto links', () => {
    fc.assert(
      fc.property(fc.oneof(htmlArbitrary, fc.string()), (html) => {
        const paragraphs = reduceHtmlToParagraphs(html);
        for (const href of getHrefs(paragraphs)) expect(isSafeLink(href), href).toBe(true);
        for (const paragraph of paragraphs) for (const inline of paragraph) expect(inline.text).not.toBe('');
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
