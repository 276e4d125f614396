import { describe, expect, it } from 'vitest';
import { createElementSnippet, createEmbedUrl, createIframeSnippet } from '../../src/share/snippets';

const base = { baseUrl: 'https://timelines.example.org/q/', title: 'Interactive timeline: LeCun vs. Musk' };

describe('snippets', () => {
  it('createEmbedUrl(options) points at embed.html with src and event in the query', () => {
    expect(createEmbedUrl({ baseUrl: base.baseUrl })).toBe('https://timelines.example.org/q/embed.html');
    expect(createEmbedUrl({ baseUrl: base.baseUrl, src: 'https://data.example/s.json', event: 'memorial-day-exchange' })).toBe(
      'https://timelines.example.org/q/embed.html?src=https%3A%2F%2Fdata.example%2Fs.json&event=memorial-day-exchange',
    );
  });

  it('createEmbedUrl(options) includes the current search and filters when asked', () => {
    const url = createEmbedUrl({ baseUrl: base.baseUrl, event: 'memorial-day-exchange', search: { text: 'papers', people: ['Yann LeCun'], categories: ['exchange'] }, showQuotes: true });
    expect(url).toBe('https://timelines.example.org/q/embed.html?event=memorial-day-exchange&q=papers&person=Yann+LeCun&category=exchange&view=quotes');
    expect(createEmbedUrl({ baseUrl: base.baseUrl, search: { text: '', people: [], categories: [] } })).toBe('https://timelines.example.org/q/embed.html');
  });

  it("createEmbedUrl(options) keeps the reader's language as ?lang=, in both snippets", () => {
    expect(createEmbedUrl({ baseUrl: base.baseUrl, event: 'memorial-day-exchange', lang: 'ar' })).toBe('https://timelines.example.org/q/embed.html?event=memorial-day-exchange&lang=ar');
    expect(createEmbedUrl({ baseUrl: base.baseUrl, lang: undefined })).toBe('https://timelines.example.org/q/embed.html');
    expect(createIframeSnippet({ ...base, lang: 'ja' })).toContain('src="https://timelines.example.org/q/embed.html?lang=ja"');
    expect(createElementSnippet({ ...base, lang: 'de-CH', search: { text: 'x', people: [], categories: [] } })).toContain('src="https://timelines.example.org/q/embed.html?lang=de-CH&amp;q=x"');
  });

  it('createIframeSnippet(options) carries the filters in the frame URL, escaped for the attribute', () => {
    expect(createIframeSnippet({ ...base, search: { text: 'R&D', people: [], categories: [] } })).toContain('src="https://timelines.example.org/q/embed.html?q=R%26D"');
    expect(createElementSnippet({ ...base, search: { text: '', people: ['Zoë'], categories: [] } })).toContain('src="https://timelines.example.org/q/embed.html?person=Zo%C3%AB"');
  });

  it('createIframeSnippet(options) is a titled, lazy iframe of sensible height plus the async loader', () => {
    expect(createIframeSnippet({ ...base, event: 'lecun-critique-hype' })).toBe(
      '<iframe src="https://timelines.example.org/q/embed.html?event=lecun-critique-hype" title="Interactive timeline: LeCun vs. Musk" width="100%" height="720" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="border:0;width:100%" data-quoteline></iframe>\n' +
        '<script async src="https://timelines.example.org/q/embed.js"></script>',
    );
  });

  it('createElementSnippet(options) escapes attribute values', () => {
    expect(createElementSnippet({ ...base, title: 'A "quoted" <title> & more' })).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
  });
});
