/** A URL an editor typed, read: the absolute URL to use and what was changed, or why there is none. */
export type StoryUrlResult = { ok: true; url: string; note?: string } | { ok: false; message: string };

const SHEETS_HOST = 'docs.google.com';
/** A published sheet: `/spreadsheets/d/e/<key>/pubhtml`, `/pubhtml/sheet` or `/pub`. */
const PUBLISHED_SHEET_PATH = /^\/spreadsheets\/d\/e\/([\w-]+)\/(pubhtml(?:\/sheet)?|pub)\/?$/;
/** A sheet's own link (`/spreadsheets/d/<id>/edit`), which only people it is shared with can read. */
const PRIVATE_SHEET_PATH = /^\/spreadsheets\/d\/(?!e\/)[\w-]+/;
/** A host name without a scheme, then a path: `example.org/story.json` (but `feud.json` alone is a file next to the page). */
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?[/?#]/i;

/** Whether typed text names its host (`https://…`, `//…`, `example.org/…`) rather than a path on the page's own site. */
export function hasHost(input: string): boolean {
  const text = input.trim();
  return /^[a-z][a-z\d+.-]*:/i.test(text) || text.startsWith('//') || BARE_HOST.test(text);
}

/**
 * Reads a story URL an editor typed, relative to the page at `pageHref`: a bare host gets
 * `https://`; a Google Sheet's "publish to web" page (`…/pubhtml`) becomes its CSV
 * (`…/pub?output=csv`), with a note saying so; a sheet's edit link, another scheme, or an
 * `http:` file from an `https:` page (which browsers block) is refused with what to do instead.
 */
export function readStoryUrl(input: string, pageHref: string): StoryUrlResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter the URL of a story file.' };
  const typed = BARE_HOST.test(text) ? `https://${text}` : text;
  if (!URL.canParse(typed, pageHref)) return { ok: false, message: `“${text}” is not a URL.` };
  const url = new URL(typed, pageHref);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: `Only http and https addresses can be loaded, not ${url.protocol}.` };
  if (url.protocol === 'http:' && new URL(pageHref).protocol === 'https:') {
    return { ok: false, message: 'This page is served over https, so browsers do not let it read an http address. Use the file’s https address.' };
  }
  if (url.hostname === SHEETS_HOST) return readSheetUrl(url);
  return { ok: true, url: url.href };
}

function readSheetUrl(url: URL): StoryUrlResult {
  const published = PUBLISHED_SHEET_PATH.exec(url.pathname);
  if (!published) {
    if (PRIVATE_SHEET_PATH.test(url.pathname)) {
      return {
        ok: false,
        message:
          'This is the sheet’s own link, which only the people it is shared with can read. In Google Sheets choose File → Share → Publish to web, pick the sheet and “Comma-separated values (.csv)”, and paste the link it gives.',
      };
    }
    return { ok: true, url: url.href };
  }
  if (published[2] === 'pub' && url.searchParams.get('output') === 'csv') return { ok: true, url: url.href };
  const csv = new URL(`/spreadsheets/d/e/${published[1]}/pub`, url);
  // A sheet's tab: in the query (`?gid=0&single=true`), or in the fragment of a pubhtml link.
  const gid = url.searchParams.get('gid') ?? /(?:^#|&)gid=(\d+)/.exec(url.hash)?.[1];
  if (gid) csv.searchParams.set('gid', gid);
  if (url.searchParams.get('single') === 'true' || gid) csv.searchParams.set('single', 'true');
  csv.searchParams.set('output', 'csv');
  return { ok: true, url: csv.href, note: `That link is the sheet’s web page; its CSV version is loaded instead: ${csv.href}` };
}
