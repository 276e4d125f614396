import { toDateTimeAttribute } from '../data/civilDate';
import { toPlainText } from '../data/text';
import type { Story } from '../data/types';
import { createIframeSnippet, DEFAULT_FRAME_HEIGHT_PX, escapeAttribute } from '../share/snippets';

/** Where the built site will be served: absolute URLs in the head and in oEmbed need it. */
export interface SiteOptions {
  /** Absolute URL of the site's folder, ending in "/". */
  publicUrl: string;
  view: 'page' | 'embed';
  /** The language of a language page (`<lang>/` below the site), or undefined for the site's own. */
  language?: string | undefined;
  /** The languages with a page of their own (`<lang>/`), linked as `hreflang` alternates. @default none */
  languages?: readonly string[] | undefined;
}

/** The page's head tags: description, canonical URL, oEmbed discovery, Open Graph, Twitter card, JSON-LD. */
export function createHeadHtml(story: Story, { publicUrl, view, language, languages = [] }: SiteOptions): string {
  const pageUrl = new URL(language === undefined ? './' : `${language}/`, publicUrl).href;
  const title = view === 'embed' ? `${story.title} (interactive timeline)` : story.title;
  const tags = [
    `<title>${escapeText(title)}</title>`,
    meta('name', 'description', story.description),
    `<link rel="canonical" href="${escapeAttribute(pageUrl)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(new URL('oembed.json', publicUrl).href)}" title="${escapeAttribute(story.title)}">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', story.title),
    meta('property', 'og:description', story.description),
    meta('property', 'og:url', pageUrl),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', story.title),
    meta('name', 'twitter:description', story.description),
    `<script type="application/ld+json">${toJsonScript(createJsonLd(story, pageUrl))}</script>`,
  ];
  if (view === 'page' && languages.length > 0) {
    // The same story in each language (search engines show readers theirs), the site's own as the default.
    tags.push(`<link rel="alternate" hreflang="x-default" href="${escapeAttribute(new URL('./', publicUrl).href)}">`);
    for (const other of languages) tags.push(`<link rel="alternate" hreflang="${escapeAttribute(other)}" href="${escapeAttribute(new URL(`${other}/`, publicUrl).href)}">`);
  }
  if (view === 'embed') tags.push(meta('name', 'robots', 'noindex'));
  return tags.join('\n    ');
}

/** schema.org description of the story: an ordered list of its events. */
export function createJsonLd(story: Story, pageUrl: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: story.title,
    description: story.description,
    url: pageUrl,
    numberOfItems: story.events.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: story.events.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: event.headline,
      url: `${pageUrl}#${event.id}`,
      item: {
        '@type': 'CreativeWork',
        name: event.headline,
        temporalCoverage: toDateTimeAttribute(event.start),
        abstract: toPlainText(event.summary),
      },
    })),
  };
}

/** The oEmbed response for the story's page (type "rich"; plain-text title; blockquote and iframe, as WordPress expects). */
export function createOembed(story: Story, publicUrl: string): object {
  const pageUrl = new URL('./', publicUrl).href;
  const title = `Interactive timeline: ${story.title}`;
  const iframe = createIframeSnippet({ baseUrl: publicUrl, title }).split('\n')[0] ?? '';
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Quoteline',
    provider_url: pageUrl,
    title,
    width: 600,
    height: DEFAULT_FRAME_HEIGHT_PX,
    cache_age: 86400,
    html: `<blockquote class="wp-embedded-content"><a href="${escapeAttribute(pageUrl)}">${escapeText(story.title)}</a></blockquote>${iframe}`,
  };
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeAttribute(content)}">`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON safe inside a script element: no "</script>" or comment openers can close it. */
function toJsonScript(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
