import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { readPrerenderedStory } from '../data/prerenderedStory';
import type { ParseResult } from '../data/types';
import { PlacementContext, type PlacementSink } from '../hooks/usePlacement';
import { loadMessages } from '../i18n/catalogs';
import { getTextDirection, isLanguageTag, matchLanguage } from '../i18n/languages';
import { readUrlOptions } from '../share/urlOptions';
import { App, BUNDLED_STORY_PATH, type AppLoadOptions } from './App';
import type { LoadResult } from './loadStory';

declare global {
  interface Window {
    /** Set by enhance.js: the `?src=` story, already being fetched. */
    quotelinePrefetch?: { url: string; response: Promise<Response> };
  }
}

/** Fetch that hands over enhance.js's early request for the same URL, once. */
const fetchWithPrefetch: typeof fetch = (input, init) => {
  const prefetch = window.quotelinePrefetch;
  if (prefetch && String(input) === prefetch.url) {
    delete window.quotelinePrefetch;
    return prefetch.response;
  }
  return fetch(input, init);
};

/** The prerendered page's placement rules are in its stylesheet already: hydration only names them. */
const PRERENDERED_PLACEMENTS: PlacementSink = { add: () => undefined };

/** Id of the script element the build fills with the bundled story's JSON. */
export const STORY_DATA_ID = 'ql-story';

/**
 * Name of the meta element of a page prerendered in a language (`dist/<lang>/index.html`):
 * `<meta name="quoteline-lang" content="ar">`. Such pages sit one folder below the site's.
 */
export const PAGE_LANGUAGE_META = 'quoteline-lang';

/** The language a prerendered language page was built in, or undefined on the site's own pages. */
function readPageLanguage(): string | undefined {
  const content = document.querySelector(`meta[name="${PAGE_LANGUAGE_META}"]`)?.getAttribute('content');
  return content && isLanguageTag(content) ? content : undefined;
}

/** Loads a language's catalog; one that fails to arrive (offline) leaves English, and the page still starts. */
async function loadCatalog(tag: string | undefined): Promise<void> {
  await loadMessages(matchLanguage(tag)).catch(() => undefined);
}

/** Options for `mountApp`. */
export interface MountAppOptions {
  view: 'page' | 'embed';
  onSelectEvent?: ((id: string) => void) | undefined;
  subscribeSelectRequests?: ((listener: (id: string) => void) => () => void) | undefined;
}

/**
 * The bundled story: the parse result the build put in the page (validated at build time, so no
 * validator runs or downloads here, and not part of the JavaScript), else fetched and parsed (the
 * dev server does not prerender).
 */
async function readBundledStory(): Promise<ParseResult> {
  const text = document.getElementById(STORY_DATA_ID)?.textContent;
  if (text) return readPrerenderedStory(JSON.parse(text));
  const [{ parseStory }, input] = await Promise.all([import('../data/parseStory'), fetch(BUNDLED_STORY_PATH).then((response): Promise<unknown> => response.json())]);
  return parseStory(input);
}

/**
 * Starts the app in `#root`: hydrates the prerendered bundled story, or renders afresh when the
 * page shows another story (`?src=`) or was not prerendered. Resolves to the bundled story.
 */
export async function mountApp({ view, onSelectEvent, subscribeSelectRequests }: MountAppOptions): Promise<ParseResult> {
  const href = window.location.href;
  const { theme, src, lang, event } = readUrlOptions(href, view);
  // A ?src= story (enhance.js has started its download) is read and parsed from now on, while the
  // page renders: its parsing worker takes a few hundred milliseconds to start, and its reading
  // would otherwise wait for the app's first render (issue 13).
  // Should the loader's code fail to arrive, the app's own load (and its Retry) says so.
  const early = src !== undefined && window.quotelinePrefetch ? import('./loadStory').then((module) => module.startEarlyLoad(src, event, fetchWithPrefetch)).catch(() => undefined) : undefined;
  const load = async (url: string, options: AppLoadOptions): Promise<LoadResult> => {
    const module = await import('./loadStory');
    return (await early)?.take(url, options) ?? module.loadStory(url, fetchWithPrefetch, options);
  };
  const bundled = await readBundledStory();
  const root = document.getElementById('root');
  if (!root) return bundled;
  if (theme !== 'auto') document.documentElement.dataset.theme = theme;
  const pageLanguage = readPageLanguage();
  // Before the first render: the catalog of the language the HTML was prerendered in (which
  // hydration must match) and that of ?lang=, applied right after it, so that the first paint is
  // in the reader's language and nothing moves. A ?src= story's own language is loaded with it.
  const firstLanguage = pageLanguage ?? (src === undefined ? bundled.story?.lang : undefined);
  await Promise.all([loadCatalog(firstLanguage), loadCatalog(lang)]);
  const chosen = lang ?? firstLanguage;
  if (chosen !== undefined) {
    document.documentElement.lang = chosen;
    document.documentElement.dir = getTextDirection(chosen);
  }
  const app = (
    <StrictMode>
      <App
        bundled={bundled}
        view={view}
        href={href}
        onSelectEvent={onSelectEvent}
        subscribeSelectRequests={subscribeSelectRequests}
        pageLanguage={pageLanguage}
        siteRoot={pageLanguage === undefined ? '' : '../'}
        load={load}
      />
    </StrictMode>
  );
  if (root.firstElementChild !== null && src === undefined) {
    // Placed by class as the server placed them, then by `style` (see usePlacement).
    hydrateRoot(root, <PlacementContext value={PRERENDERED_PLACEMENTS}>{app}</PlacementContext>);
    return bundled;
  }
  root.replaceChildren();
  createRoot(root).render(app);
  document.documentElement.classList.remove('ql-replacing');
  return bundled;
}
