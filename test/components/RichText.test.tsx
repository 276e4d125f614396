// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { reduceHtmlToParagraphs } from '../../src/app/reduceHtml';
import { RichText } from '../../src/components/RichText';
import type { Block } from '../../src/data/types';

afterEach(cleanup);

function renderBlocks(paragraphs: readonly Block[]): HTMLElement {
  return render(
    <StrictMode>
      <div data-testid="root">
        <RichText paragraphs={paragraphs} />
      </div>
    </StrictMode>,
  ).getByTestId('root');
}

/** Every attribute name and value of every element under `root`, but the root's own. */
function getAttributes(root: HTMLElement): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => `${element.localName}[${attribute.name}=${attribute.value}]`));
}

describe('RichText', () => {
  it('RichText renders paragraphs, em, strong, line breaks, links and lists as React elements', () => {
    const root = renderBlocks([
      [{ text: 'Plain ' }, { text: 'em', em: true }, { text: ' ' }, { text: 'strong', strong: true }, { text: ' both', em: true, strong: true }, { text: '\nnext line' }],
      [
        { text: 'A ', href: 'https://example.org/' },
        { text: 'link', href: 'https://example.org/', em: true },
      ],
      { list: 'ul', items: [[{ text: 'one' }], [{ text: 'two', strong: true }]] },
      { list: 'ol', items: [[{ text: 'first' }]] },
    ]);
    expect(root.innerHTML).toBe(
      '<p class="ql-summary">Plain <em>em</em> <strong>strong</strong><strong><em> both</em></strong><br>next line</p>' +
        '<p class="ql-summary"><a href="https://example.org/" target="_blank" rel="noopener noreferrer">A </a><a href="https://example.org/" target="_blank" rel="noopener noreferrer"><em>link</em></a></p>' +
        '<ul class="ql-summary ql-summary-list"><li>one</li><li><strong>two</strong></li></ul>' +
        '<ol class="ql-summary ql-summary-list"><li>first</li></ol>',
    );
  });

  it('RichText shows markup in data text literally, never as elements', () => {
    const root = renderBlocks([[{ text: '<script>window.__qlXss = 1</script><img src=x onerror=alert(1)>' }]]);
    expect(root.textContent).toBe('<script>window.__qlXss = 1</script><img src=x onerror=alert(1)>');
    expect(root.querySelectorAll('script, img')).toHaveLength(0);
  });

  it('RichText renders an unsafe href as plain text, whoever built the data', () => {
    const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '/relative', ''];
    const root = renderBlocks([hostile.map((href) => ({ text: `x${href}`, href }))]);
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.textContent).toContain('javascript:alert(1)');
  });

  it('RichText of hostile TimelineJS HTML carries no attribute from the data: no id, name, class, style or handler', () => {
    const html =
      '<p id="__proto__" name="location" class="ql-event" style="color:red" onclick="alert(1)"><em id="quotelinePrefetch" class="x" style="x">em</em> ' +
      '<a href="https://example.org/" id="a" name="a" class="a" style="background:url(javascript:alert(1))" onfocus="alert(1)" autofocus target="_self">link</a></p>' +
      '<ul id="l" class="l" style="l"><li id="i" name="i">item</li></ul><form id="f"><input name="location" autofocus onfocus="alert(1)"></form>';
    const root = renderBlocks(reduceHtmlToParagraphs(html));
    expect(getAttributes(root).sort()).toEqual(['a[href=https://example.org/]', 'a[rel=noopener noreferrer]', 'a[target=_blank]', 'p[class=ql-summary]', 'ul[class=ql-summary ql-summary-list]']);
    expect(root.textContent).toBe('em linkitem');
  });

  it('RichText renders to a string on the server with no raw HTML from data', () => {
    const html = renderToString(<RichText paragraphs={[[{ text: '</p><script>alert(1)</script>', strong: true }]]} />);
    expect(html).toBe('<p class="ql-summary"><strong>&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</strong></p>');
  });
});
