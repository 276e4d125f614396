import { describe, expect, it } from 'vitest';
import { reduceHtmlInNode } from '../../src/cli/reduceHtml';
import { countTags, MAX_HTML_TAGS, reduceHtml, reduceHtmlNodes, stripTags, type HtmlNodeLike } from '../../src/data/html';
import { expectPlainBlocks } from '../helpers/fuzz';

/**
 * Generous bound for work that is linear in 100,000 tags: quadratic work takes minutes, while the
 * linear walk took 4.4 s on a loaded 2-core machine (it checks the stack and the order, not speed).
 */
const DEEP_TIMEOUT_MS = 30_000;
const DEEP = 100_000;

function element(nodeName: string, childNodes: HtmlNodeLike[], attributes: Record<string, string> = {}): HtmlNodeLike {
  return { nodeType: 1, nodeName, textContent: null, childNodes, getAttribute: (name) => attributes[name] ?? null };
}

function text(value: string): HtmlNodeLike {
  return { nodeType: 3, nodeName: '#text', textContent: value, childNodes: [] };
}

/** `depth` nested elements named `nodeName` around one text node, built without recursion. */
function nested(nodeName: string, depth: number, inner: string): HtmlNodeLike {
  let node = text(inner);
  for (let level = 0; level < depth; level += 1) node = element(nodeName, [node], { href: 'https://example.org/' });
  return node;
}

describe('reduceHtmlNodes', () => {
  it('reduceHtmlNodes(tree) keeps em, strong, i and b as marks on the runs', () => {
    expect(reduceHtmlInNode('<p>A <em>b</em> <i>c</i> <strong>d</strong> <b><i>e</i></b> f</p>')).toEqual([
      [
        { text: 'A ' },
        { text: 'b', em: true },
        { text: ' ' },
        { text: 'c', em: true },
        { text: ' ' },
        { text: 'd', strong: true },
        { text: ' ' },
        { text: 'e', em: true, strong: true },
        { text: ' f' },
      ],
    ]);
  });

  it('reduceHtmlNodes(tree) keeps marks inside a safe link, and the link inside marks', () => {
    expect(reduceHtmlInNode('<a href="https://example.org/"><em>x</em></a><strong><a href="mailto:a@example.org">y</a></strong>')).toEqual([
      [
        { text: 'x', href: 'https://example.org/', em: true },
        { text: 'y', href: 'mailto:a@example.org', strong: true },
      ],
    ]);
  });

  it('reduceHtmlNodes(tree) reads ul and ol as lists, one paragraph per item, nested lists flattened', () => {
    expect(reduceHtmlInNode('<p>Before</p><ul><li>One <em>1</em></li><li>Two<ol><li>Inner</li></ol></li></ul><ol><li>First</li></ol><li>Loose</li><ul></ul>')).toEqual([
      [{ text: 'Before' }],
      { list: 'ul', items: [[{ text: 'One ' }, { text: '1', em: true }], [{ text: 'Two' }], [{ text: 'Inner' }]] },
      { list: 'ol', items: [[{ text: 'First' }]] },
      [{ text: 'Loose' }],
    ]);
  });

  it('reduceHtmlNodes(tree) reads one br as a line break and two as the end of a paragraph', () => {
    expect(reduceHtmlInNode('One <br> two<br><br>Three<br>')).toEqual([[{ text: 'One\ntwo' }], [{ text: 'Three' }]]);
    expect(reduceHtmlInNode('<br>Lead<br><em>em</em>')).toEqual([[{ text: 'Lead\n' }, { text: 'em', em: true }]]);
  });

  it('reduceHtmlNodes(tree) copies no attribute: no id, name, class, style or handler survives', () => {
    const html =
      '<p id="__proto__" name="location" class="ql-card" style="background:url(javascript:alert(1))" onclick="alert(1)">' +
      '<a href="https://example.org/" id="quotelinePrefetch" name="x" class="c" style="color:red" onmouseover="alert(1)" target="_top" rel="opener">link</a>' +
      '<em id="e" class="c" style="x:y">em</em><ul id="u" class="c"><li name="n" style="x">item</li></ul></p>';
    const blocks = reduceHtmlInNode(html);
    expect(blocks).toEqual([
      [
        { text: 'link', href: 'https://example.org/' },
        { text: 'em', em: true },
      ],
      { list: 'ul', items: [[{ text: 'item' }]] },
    ]);
    expectPlainBlocks(blocks);
    expect(JSON.stringify(blocks)).not.toMatch(/__proto__|location|quotelinePrefetch|ql-card|style|color|alert|onclick|target|rel/);
  });

  it('reduceHtmlNodes(tree) reads an href only from a, never from area, base, link, form or anything else', () => {
    const tree = element('BODY', [element('AREA', [text('area')], { href: 'https://example.org/a' }), element('SPAN', [text('span')], { href: 'https://example.org/s' })]);
    expect(reduceHtmlNodes(tree)).toEqual([[{ text: 'areaspan' }]]);
  });

  it('reduceHtmlNodes(tree) takes no text from styles, forms, frames, media, svg or math', () => {
    const skipped = [
      '<style>p{color:red}</style>',
      '<form action="https://xss.invalid/">form<input value="input"><button>button</button><select><option>option</option></select><textarea>textarea</textarea></form>',
      '<iframe src="https://xss.invalid/">iframe</iframe>',
      '<img src="https://xss.invalid/" alt="img"><picture><source srcset="https://xss.invalid/">picture</picture>',
      '<audio src="https://xss.invalid/">audio<track src="https://xss.invalid/"></audio><video>video</video><canvas>canvas</canvas>',
      '<embed src="https://xss.invalid/"><object data="https://xss.invalid/">object</object>',
      '<svg><text>svg</text><a href="https://example.org/">svg link</a></svg><math><mi>math</mi><mtext>mtext</mtext></math>',
      '<noscript>noscript</noscript><template>template</template><title>title</title>',
    ];
    for (const html of skipped) expect(reduceHtmlInNode(`Kept${html}`), html).toEqual([[{ text: 'Kept' }]]);
    const frames = element('BODY', [text('Kept'), element('FRAMESET', [element('FRAME', [text('frame')])]), element('BUTTON', [text('button')]), element('OPTION', [text('option')])]);
    expect(reduceHtmlNodes(frames)).toEqual([[{ text: 'Kept' }]]);
  });

  it(
    'reduceHtmlNodes(tree) reads 100,000 nested elements without recursion',
    () => {
      for (const nodeName of ['DIV', 'UL', 'A', 'EM', 'SPAN']) {
        const blocks = reduceHtmlNodes(nested(nodeName, DEEP, 'deep'));
        expect(getTexts(blocks), nodeName).toEqual(['deep']);
      }
    },
    DEEP_TIMEOUT_MS,
  );
});

describe('reduceHtml and the tag limit', () => {
  it(
    'reduceHtmlInNode(html) with 100,000 nested tags reads plain text quickly and never throws',
    () => {
      for (const tag of ['div', 'ul', 'a href="https://example.org/"', 'em', 'li', 'svg', 'table']) {
        const name = tag.split(' ')[0] ?? tag;
        const html = `<${tag}>`.repeat(DEEP) + 'deep &amp; down' + `</${name}>`.repeat(DEEP);
        const blocks = reduceHtmlInNode(html);
        expect(blocks.length, tag).toBeLessThanOrEqual(1);
        if (name !== 'svg') expect(getTexts(blocks), tag).toEqual(['deep & down']);
      }
      expect(reduceHtmlInNode('<div>'.repeat(DEEP))).toEqual([]);
      expect(reduceHtmlInNode('<p>x'.repeat(DEEP))).toEqual([[{ text: Array.from({ length: DEEP }, () => 'x').join(' ') }]]);
    },
    DEEP_TIMEOUT_MS,
  );

  it('reduceHtml(html) parses up to MAX_HTML_TAGS tags and reads more as plain text', () => {
    const atLimit = '<em>a</em>'.repeat(MAX_HTML_TAGS / 2);
    expect(reduceHtmlInNode(atLimit)).toEqual([[{ text: 'a'.repeat(MAX_HTML_TAGS / 2), em: true }]]);
    expect(reduceHtmlInNode(`${atLimit}<b>b</b>`)).toEqual([[{ text: `${'a'.repeat(MAX_HTML_TAGS / 2)}b` }]]);
    let parsed = false;
    reduceHtml('<i></i>'.repeat(MAX_HTML_TAGS), () => {
      parsed = true;
      return null;
    });
    expect(parsed).toBe(false);
  });

  it('countTags(html) counts start tags, end tags and comments, not a lone "<"', () => {
    expect(countTags('<p>a < b</p><!-- c --><br/>x<3 <?php')).toBe(5);
    expect(countTags('plain')).toBe(0);
  });

  it('stripTags(html) keeps the words, drops scripts and styles with their content, and decodes entities', () => {
    expect(stripTags('<p>A&amp;B &lt;i&gt; &#106;&#x61;&quot;&apos;&nbsp;&bogus; &#0; </p><script>alert(1)</script>after<style>p{}</style>')).toEqual([
      [{ text: 'A&B <i> ja"\' &bogus; \ufffd after' }],
    ]);
    expect(stripTags('Kept <SCRIPT>alert(1)')).toEqual([[{ text: 'Kept' }]]);
    expect(stripTags('Kept <a href="x')).toEqual([[{ text: 'Kept' }]]);
    expect(stripTags('a < b')).toEqual([[{ text: 'a < b' }]]);
    expect(stripTags('<svg><script>alert(1)</script></svg>')).toEqual([]);
    expect(stripTags('&constructor; &__proto__;')).toEqual([[{ text: '&constructor; &__proto__;' }]]);
  });
});

function getTexts(blocks: ReturnType<typeof reduceHtmlNodes>): string[] {
  return blocks.flatMap((block) => (Array.isArray(block) ? [block.map((inline) => inline.text).join('')] : block.items.map((item) => item.map((inline) => inline.text).join(''))));
}
