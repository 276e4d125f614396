import { isLanguageTag } from '../i18n/languages';
import { parseImageHosts, type MediaPolicy } from '../data/mediaPolicy';
import type { SearchQuery } from '../search/query';

/** Colour theme: follow the reader's system, or force one. */
export type Theme = 'auto' | 'light' | 'dark';

/** What a page or embed URL asks for. */
export interface UrlOptions {
  /** Story URL, resolved against the page; undefined for the bundled story. */
  src?: string;
  /** Event to select: `?event=` (embeds, whose fragment hosts may own) or the bare `#id` (pages). */
  event?: string;
  theme: Theme;
  /** `?lang=`: BCP 47 language of the interface and dates, when well formed; it overrides the story's `lang`. */
  lang?: string;
  /** Pym.js child id (`?childId=`), when a Pym parent framed us. */
  childId?: string;
  /** WordPress embed secret (`#?secret=…`), when WordPress framed us. */
  secret?: string;
  /** `?compress=0` turns time compression off (a true linear axis); default on. */
  compress?: boolean;
  /** `?images=host,host`: hosts the page owner allows media images from (none by default). */
  images?: string[];
  /** `?q=`: search text, as typed. */
  q?: string;
  /** `?person=` (repeatable): people whose events and quotes to keep. */
  people?: string[];
  /** `?category=` (repeatable): category ids whose events to keep. */
  categories?: string[];
  /** `?view=quotes` shows the quotes view; absent (or anything else) the timeline. */
  view?: 'timeline' | 'quotes';
}

/** Names of the search parameters, shared by pages and embeds. */
const SEARCH_PARAMS = { text: 'q', person: 'person', category: 'category', view: 'view' } as const;

const WORDPRESS_SECRET = /(?:^|[#?&])secret=([A-Za-z0-9]{10})(?:&|$)/;

/**
 * Reads the options of a page (`view` "page") or embed (`view` "embed") URL. Pure: the URL is a
 * parameter. Unknown parameters that hosts add (`initialWidth`, `parentUrl`, `#amp=1`) are ignored.
 */
export function readUrlOptions(href: string, view: 'page' | 'embed'): UrlOptions {
  const url = new URL(href);
  const params = url.searchParams;
  const options: UrlOptions = { theme: readTheme(params.get('theme')) };
  const src = params.get('src');
  if (src && URL.canParse(src, url)) options.src = new URL(src, url).href;
  const event = view === 'embed' ? params.get('event') : (readHashEvent(url.hash) ?? params.get('event'));
  if (event) options.event = event;
  const lang = params.get('lang');
  if (lang && isLanguageTag(lang)) options.lang = lang;
  const childId = params.get('childId');
  if (childId) options.childId = childId;
  const compress = params.get('compress');
  if (compress !== null && /^(0|1|true|false|on|off)$/.test(compress)) options.compress = /^(1|true|on)$/.test(compress);
  const images = parseImageHosts(params.get('images'));
  if (images.length > 0) options.images = images;
  const secret = WORDPRESS_SECRET.exec(url.hash)?.[1];
  if (secret) options.secret = secret;
  const q = params.get(SEARCH_PARAMS.text);
  if (q !== null && q.trim() !== '') options.q = q;
  const people = readList(params, SEARCH_PARAMS.person);
  if (people.length > 0) options.people = people;
  const categories = readList(params, SEARCH_PARAMS.category);
  if (categories.length > 0) options.categories = categories;
  if (params.get(SEARCH_PARAMS.view) === 'quotes') options.view = 'quotes';
  return options;
}

/** The search and filters a URL asks for (empty when it asks for none). */
export function getSearchQuery(options: Pick<UrlOptions, 'q' | 'people' | 'categories'>): SearchQuery {
  return { text: options.q ?? '', people: options.people ?? [], categories: options.categories ?? [] };
}

/**
 * The URL with a search in it, for pages and embeds alike: `q`, one `person` and one `category`
 * per chip, and `view=quotes` when the quotes view shows. Empty parts are removed; every other
 * parameter, and the fragment, is kept.
 */
export function withSearch(href: string, query: SearchQuery, showQuotes: boolean): string {
  const url = new URL(href);
  const params = url.searchParams;
  for (const name of Object.values(SEARCH_PARAMS)) params.delete(name);
  if (query.text.trim() !== '') params.set(SEARCH_PARAMS.text, query.text);
  for (const person of unique(query.people)) params.append(SEARCH_PARAMS.person, person);
  for (const category of unique(query.categories)) params.append(SEARCH_PARAMS.category, category);
  if (showQuotes) params.set(SEARCH_PARAMS.view, 'quotes');
  return url.href;
}

/** The non-empty values of a repeatable parameter, trimmed, without repeats, in order. */
function readList(params: URLSearchParams, name: string): string[] {
  return unique(params.getAll(name));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}

/** The URL to put in the address bar after selecting `eventId`: hash on pages, `?event=` in embeds. */
export function withSelectedEvent(href: string, eventId: string, view: 'page' | 'embed'): string {
  const url = new URL(href);
  if (view === 'page') {
    url.hash = encodeURIComponent(eventId);
  } else {
    url.searchParams.set('event', eventId);
  }
  return url.href;
}

/** The URL with the compression choice in it: `compress=0` when off, nothing when on (the default). */
export function withCompression(href: string, isCompressed: boolean): string {
  const url = new URL(href);
  if (isCompressed) url.searchParams.delete('compress');
  else url.searchParams.set('compress', '0');
  return url.href;
}

function readHashEvent(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (raw === '' || raw.includes('=')) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function readTheme(value: string | null): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/**
 * Which media images a page shows: those on the story file's own origin (the page's, for the
 * bundled story), and those on the hosts allowed by the build (`VITE_QUOTELINE_IMAGE_HOSTS`) or by
 * the page's URL (`?images=`). Nothing else is loaded.
 */
export function createMediaPolicy(options: UrlOptions, href: string | null | undefined, buildHosts: readonly string[]): MediaPolicy {
  const storyUrl = options.src ?? href ?? undefined;
  return {
    storyOrigin: storyUrl === undefined ? undefined : new URL(storyUrl).origin,
    imageHosts: [...buildHosts, ...(options.images ?? [])],
  };
}
