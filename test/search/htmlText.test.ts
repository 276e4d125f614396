import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/data/parseStory';
import { reduceHtmlInNode } from '../../src/data/reduceHtmlInNode';
import { joinParseResult, splitParseResult } from '../../src/data/storyTransfer';
import { toPlainText } from '../../src/data/text';
import { getHtmlText } from '../../src/search/htmlText';
import { EMPTY_QUERY } from '../../src/search/query';
import { createSearchIndex, searchStory } from '../../src/search/searchIndex';

describe('getHtmlText', () => {
  it('getHtmlText(html) keeps the text of paragraphs, lists and emphasis, and decodes entities', () => {
    expect(getHtmlText('<p>Yann Le<em>Cun</em> &amp; Elon Musk</p><ul><li>One</li><li>D&eacute;cision &#8220;now&#x201d;</li></ul>')).toBe('\nYann LeCun & Elon Musk\n\n\nOne\n\nDecision “now”\n\n');
  });

  it('getHtmlText(html) drops scripts, styles and comments with their content, as the reducer does', () => {
    expect(getHtmlText('<p>Shown<script>hidden()</script><style>.x{}</style><!-- note --></p>')).toBe('\nShown\n');
  });

  it('getHtmlText(html) leaves text without markup and unknown entities as written', () => {
    expect(getHtmlText('Plain text')).toBe('Plain text');
    expect(getHtmlText('a &bogus; b &#0; c')).toBe('a &bogus; b &#0; c');
  });

  it('getHtmlText(html) finds the same words as the reduced summary', () => {
    const html = '<p>Musk said on <strong>X</strong> that <a href="https://example.org">the robotaxi</a> would come.<br>LeCun&rsquo;s reply followed.</p>';
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(getHtmlText(html))).toEqual(words(toPlainText(reduceHtmlInNode(html))));
  });
});

describe('createSearchIndex on a TimelineJS story', () => {
  it('createSearchIndex(story) reads HTML summaries without reducing them, and finds their words', () => {
    let reduced = 0;
    const countingReduce = (html: string) => ((reduced += 1), reduceHtmlInNode(html));
    const { story } = parseStory(
      {
        events: [
          { start_date: { year: 2024, month: 5, day: 27 }, text: { headline: 'Exchange', text: '<p>Le<em>Cun</em> answered with <b>80</b> papers &amp; more.</p>' } },
          { start_date: { year: 2024, month: 5, day: 28 }, text: { headline: 'Other', text: '<p>Nothing here</p>' } },
        ],
      },
      { htmlToParagraphs: countingReduce },
    );
    if (!story) throw new Error('no story');
    const before = reduced;
    const index = createSearchIndex(story);
    expect(reduced).toBe(before);
    expect(searchStory(index, { ...EMPTY_QUERY, text: 'lecun papers' }).eventIndexes).toEqual([0]);
    expect(searchStory(index, { ...EMPTY_QUERY, text: '&' }).eventIndexes).toEqual([0]);
    // The reader opening the event still gets the reduced summary.
    expect(toPlainText(story.events[0]?.summary ?? [])).toBe('LeCun answered with 80 papers & more.');
  });
});

describe('createSearchIndex on a story from the parsing worker', () => {
  it('createSearchIndex(story) reads summaries that arrived as HTML bytes without reducing them', () => {
    const html = ['<p>Le<em>Cun</em> cites 80 papers</p>', '<p>Musk replies</p>'];
    const { story } = parseStory(
      { events: html.map((text, index) => ({ start_date: { year: 2024, month: 5, day: 27 + index }, text: { headline: `Event ${index + 1}`, text } })) },
      { htmlToParagraphs: reduceHtmlInNode },
    );
    if (!story) throw new Error('no story');
    let reduced = 0;
    const joined = joinParseResult(
      [...splitParseResult({ format: 'timelinejs', story, issues: [], warnings: [] }, html)].map((message) => structuredClone(message)),
      (text) => ((reduced += 1), reduceHtmlInNode(text)),
    );
    if (!joined.story) throw new Error('no joined story');
    const index = createSearchIndex(joined.story);
    expect(reduced).toBe(0);
    expect(searchStory(index, { ...EMPTY_QUERY, text: 'lecun papers' }).eventIndexes).toEqual([0]);
    expect(searchStory(index, { ...EMPTY_QUERY, text: 'replies' }).eventIndexes).toEqual([1]);
  });
});
