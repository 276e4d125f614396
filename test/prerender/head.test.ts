import { describe, expect, it } from 'vitest';
import { createHeadHtml } from '../../src/prerender/head';
import { createTestStory } from '../helpers/story';

const story = createTestStory(2);
const publicUrl = 'https://timelines.example.org/q/';

describe('createHeadHtml', () => {
  it('createHeadHtml(story, {language}) gives a language page its own canonical URL, one folder down', () => {
    const head = createHeadHtml(story, { publicUrl, view: 'page', language: 'ar', languages: ['ar', 'ja'] });
    expect(head).toContain('<link rel="canonical" href="https://timelines.example.org/q/ar/">');
    expect(head).toContain('<meta property="og:url" content="https://timelines.example.org/q/ar/">');
  });

  it("createHeadHtml(story, {languages}) links every language page as an hreflang alternate, the site's own as x-default", () => {
    const head = createHeadHtml(story, { publicUrl, view: 'page', languages: ['ar', 'ja'] });
    expect(head).toContain('<link rel="canonical" href="https://timelines.example.org/q/">');
    expect(head).toContain('<link rel="alternate" hreflang="x-default" href="https://timelines.example.org/q/">');
    expect(head).toContain('<link rel="alternate" hreflang="ar" href="https://timelines.example.org/q/ar/">');
    expect(head).toContain('<link rel="alternate" hreflang="ja" href="https://timelines.example.org/q/ja/">');
    expect(createHeadHtml(story, { publicUrl, view: 'embed', languages: ['ar'] })).not.toContain('hreflang');
  });
});
