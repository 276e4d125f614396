import { escapeHtml } from '../data/escapeHtml';
import { EMPTY_QUERY, type SearchQuery } from '../search/query';
import { withSearch } from './urlOptions';

/** Default height of a pasted frame before the loader sizes it, in pixels. @default 720 */
export const DEFAULT_FRAME_HEIGHT_PX = 720;

/** What a snippet embeds. */
export interface SnippetOptions {
  /** Absolute URL of the app's folder (where embed.html and embed.js live). */
  baseUrl: string;
  /** Story URL for `?src=`, or undefined for the bundled story. */
  src?: string | undefined;
  /** Event to open on, or undefined for the story's start event. */
  event?: string | undefined;
  /** Plain-text title for the frame (read by screen readers). */
  title: string;
  /** Height before resizing, in pixels. @default 720 */
  height?: number | undefined;
  /** Search and filters the embed opens with ("include the current filters"); none by default. */
  search?: SearchQuery | undefined;
  /** Whether the embed opens on the quotes view. @default false */
  showQuotes?: boolean | undefined;
  /** BCP 47 language the embed is read in (`?lang=`); undefined for the story's own. */
  lang?: string | undefined;
}

/** The embed page URL for a story and event, with the language, search and filters when given. */
export function createEmbedUrl({ baseUrl, src, event, search, showQuotes = false, lang }: Pick<SnippetOptions, 'baseUrl' | 'src' | 'event' | 'search' | 'showQuotes' | 'lang'>): string {
  const url = new URL('embed.html', baseUrl);
  if (src) url.searchParams.set('src', src);
  if (event) url.searchParams.set('event', event);
  if (lang) url.searchParams.set('lang', lang);
  if (!search && !showQuotes) return url.href;
  return withSearch(url.href, search ?? EMPTY_QUERY, showQuotes);
}

/** The URL of the loader script. */
export function createLoaderUrl(baseUrl: string): string {
  return new URL('embed.js', baseUrl).href;
}

/** The iframe snippet: works with no script at all; the async loader then sizes it. */
export function createIframeSnippet(options: SnippetOptions): string {
  const height = options.height ?? DEFAULT_FRAME_HEIGHT_PX;
  const frame = `<iframe src="${escapeAttribute(createEmbedUrl(options))}" title="${escapeAttribute(options.title)}" width="100%" height="${height}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="border:0;width:100%" data-quoteline></iframe>`;
  return `${frame}\n<script async src="${escapeAttribute(createLoaderUrl(options.baseUrl))}"></script>`;
}

/** The custom-element snippet, for CMSs that prefer elements. */
export function createElementSnippet(options: SnippetOptions): string {
  const height = options.height ?? DEFAULT_FRAME_HEIGHT_PX;
  const element = `<quote-line src="${escapeAttribute(createEmbedUrl(options))}" title="${escapeAttribute(options.title)}" height="${height}"></quote-line>`;
  return `${element}\n<script async src="${escapeAttribute(createLoaderUrl(options.baseUrl))}"></script>`;
}

/** Escapes text for a double-quoted HTML attribute. */
export const escapeAttribute = escapeHtml;
