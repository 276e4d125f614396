import { parseImageHosts, type MediaPolicy } from '../data/mediaPolicy';

/** Colour theme: follow the reader's system, or force one. */
export type Theme = 'auto' | 'light' | 'dark';

/** What a page or embed URL asks for. */
export interface UrlOptions {
  /** Story URL, resolved against the page; undefined for the bundled story. */
  src?: string;
  /** Event to select: `?event=` (embeds, whose fragment hosts may own) or the bare `#id` (pages). */
  event?: string;
  theme: Theme;
  /** BCP 47 language for dates, when valid. */
  lang?: string;
  /** Pym.js child id (`?childId=`), when a Pym parent framed us. */
  childId?: string;
  /** WordPress embed secret (`#?secret=…`), when WordPress framed us. */
  secret?: string;
  /** `?compress=0` turns time compression off (a true linear axis); default on. */
  compress?: boolean;
  /** `?images=host,host`: hosts the page owner allows media images from (none by default). */
  images?: string[];
}

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
  return options;
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

function isLanguageTag(value: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([value]).length > 0;
  } catch {
    return false;
  }
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
