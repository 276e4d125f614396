import { lazy, Suspense, useCallback, useEffect, useEffectEvent, useLayoutEffect, useState } from 'react';
import { describeLoadedStory } from '../a11y/describe';
import { LiveRegion } from '../components/LiveRegion';
import { Timeline } from '../components/Timeline';
import { EventCard } from '../components/EventCard';
import type { StoryPreview } from '../data/previewStory';
import { getIdFromHash, getInitialEventId } from '../data/selection';
import type { ParseResult, Story, TimelineEvent } from '../data/types';
import { parseImageHosts } from '../data/mediaPolicy';
import type { StoryView } from '../hooks/useStorySearch';
import { EMPTY_QUERY, type SearchQuery } from '../search/query';
import { createMediaPolicy, getSearchQuery, readUrlOptions, withCompression, withSearch, withSelectedEvent, type UrlOptions } from '../share/urlOptions';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { formatIssue } from '../i18n/formatIssue';
import type { LoadFailure } from './loadFailure';
import type { LoadProgress, LoadResult } from './loadStory';
import { createUrlWriter } from './urlWriter';
import { loadMessages } from '../i18n/catalogs';
import { getTextDirection, matchLanguage } from '../i18n/languages';
import { getStoryTextLang, StoryTextLangContext, TranslatorContext, useTranslator } from '../hooks/useTranslator';
import type { MediaPolicy } from '../data/mediaPolicy';

// Code the first paint of the bundled story does not need, loaded on first use: the loader and
// validator of ?src= stories, and the Embed dialog.
const loadStory = (url: string, options: AppLoadOptions): Promise<LoadResult> => import('./loadStory').then((module) => module.loadStory(url, fetch, options));
// Progress and Retry of a ?src= story: in the loader's chunk.
const StoryLoadStatus = lazy(() => import('./loadStory').then((module) => ({ default: module.StoryLoadStatus })));
// The bundled story has no problems: the list loads only for a file that has some.
const IssueList = lazy(() => import('../components/IssueList').then((module) => ({ default: module.IssueList })));
const EmbedDialog = lazy(() => import('../components/EmbedDialog').then((module) => ({ default: module.EmbedDialog })));

/** What `App` gives its loader for `?src=`. */
export interface AppLoadOptions {
  /** Called with the bytes read so far. */
  onProgress?: ((progress: LoadProgress) => void) | undefined;
  /** The event the URL opens on (`#id` or `?event=`), if any. */
  openingId?: string | undefined;
  /** Called with a big story's opening event, shown while the rest is read. */
  onPreview?: ((preview: StoryPreview) => void) | undefined;
}

/** Path of the bundled story's data, relative to the app. */
export const BUNDLED_STORY_PATH = 'stories/lecun-musk.json';

/** Props of `App`. */
export interface AppProps {
  /** The bundled story, parsed. */
  bundled: ParseResult;
  /** The stand-alone page, or the chrome-less embed view. */
  view: 'page' | 'embed';
  /** The page URL; null while prerendering, when the URL is unknown. */
  href: string | null;
  /** Loader for `?src=`, reporting the bytes read and, for a big story, its opening event. @default loadStory */
  load?: ((url: string, options: AppLoadOptions) => Promise<LoadResult>) | undefined;
  /** Called after each selection (the embed bridge tells the host). */
  onSelectEvent?: ((id: string) => void) | undefined;
  /** Selections asked for from outside (a host's deep link): subscribe, get an unsubscribe. */
  subscribeSelectRequests?: ((listener: (id: string) => void) => () => void) | undefined;
  /**
   * The language this page was prerendered in (`dist/<lang>/`), which overrides the story's;
   * `?lang=` overrides both. Its catalog, and `?lang=`'s, must be loaded before the first render
   * (`loadMessages`). @default the story's `lang`, else "en"
   */
  pageLanguage?: string | undefined;
  /** Relative path from the page to the site's folder (embed.js, make.html, stories/). @default "" (the same folder) */
  siteRoot?: string | undefined;
}

/** Rewrites the address bar without a history entry; sandboxed frames (origin "null") may refuse, and selection still works. */
function replaceUrl(href: string): void {
  try {
    window.history.replaceState(window.history.state, '', href);
  } catch {
    // Nothing to do: the URL is a convenience.
  }
}

type State = { status: 'loading'; progress?: LoadProgress | undefined; preview?: StoryPreview | undefined } | { status: 'failed'; failure: LoadFailure } | { status: 'ready'; result: ParseResult };

const NO_OPTIONS: UrlOptions = { theme: 'auto' };
/** Hosts a build allows media images from: `VITE_QUOTELINE_IMAGE_HOSTS=upload.wikimedia.org,*.example.org npm run build`. */
const BUILD_IMAGE_HOSTS = parseImageHosts(import.meta.env.VITE_QUOTELINE_IMAGE_HOSTS);

/**
 * The page and the embed view: story header, timeline, problems, and URL state. The first render
 * depends on nothing but the bundled story, so it matches the prerendered HTML; what the URL asks
 * for (event, language) is applied right after, before the browser paints again.
 */
export function App({ bundled, view, href, load = loadStory, onSelectEvent, subscribeSelectRequests, pageLanguage, siteRoot = '' }: AppProps) {
  const [options] = useState(() => (href ? readUrlOptions(href, view) : NO_OPTIONS));
  const [state, setState] = useState<State>(() => (options.src === undefined ? { status: 'ready', result: bundled } : { status: 'loading' }));
  const story = state.status === 'ready' ? state.result.story : null;
  const [selectedId, setSelectedId] = useState(() => (story ? getInitialEventId(story) : undefined));
  // The page's language on the first render (the prerendered HTML's); the URL's right after.
  const [locale, setLocale] = useState<string | undefined>(pageLanguage);
  const language = locale ?? story?.lang ?? 'en';
  const [isCompressed, setIsCompressed] = useState(true);
  // Like the event, the search the URL asks for is applied after hydration (the HTML knows no URL).
  const [search, setSearch] = useState<SearchQuery>(EMPTY_QUERY);
  const [show, setShow] = useState<StoryView>('timeline');
  // 'never' until the reader first asks for the Embed dialog: only then is it loaded and mounted.
  const [embed, setEmbed] = useState<'never' | 'open' | 'closed'>('never');
  const [isMounted, setIsMounted] = useState(false);
  const [isDescriptionOpen, setIsDescriptionOpen] = useState(false);
  // Loads of the ?src= story so far: Retry adds one, which loads it again.
  const [attempt, setAttempt] = useState(0);
  const [message, announce] = useAnnouncer();
  // The page's words: in the language the URL asks for, else the page's, else the story's, as the timeline's are.
  const translator = useTranslator(language);
  const { t } = translator;
  const [urlWriter] = useState(() => createUrlWriter(() => window.location.href, replaceUrl));
  const [mediaPolicy] = useState(() => createMediaPolicy(options, href, BUILD_IMAGE_HOSTS));

  // Pending URL changes are written before the page is hidden or the app goes away.
  useEffect(() => {
    window.addEventListener('pagehide', urlWriter.flush);
    return () => {
      window.removeEventListener('pagehide', urlWriter.flush);
      urlWriter.flush();
    };
  }, [urlWriter]);

  // Once, on mount (later URL changes are ours): apply what the URL asks for. Hydration must
  // first match the prerendered HTML, which knows no URL; this runs before the browser paints.
  /* eslint-disable react-hooks/set-state-in-effect, react-hooks/exhaustive-deps -- a mount-only hydration step, see above */
  useLayoutEffect(() => {
    setIsMounted(true);
    if (options.lang) setLocale(options.lang);
    if (options.compress !== undefined) setIsCompressed(options.compress);
    setSearch(getSearchQuery(options));
    if (options.view === 'quotes') setShow('quotes');
    if (story && options.event) setSelectedId(getInitialEventId(story, options.event));
  }, []);
  /* eslint-enable react-hooks/set-state-in-effect, react-hooks/exhaustive-deps */

  // Words for the live region in the page's language at the time (not a reason to load again).
  const describeLoading = useEffectEvent((url: string): string => t('page.loading', { url }));
  const describeLoaded = useEffectEvent((loaded: Story, problemCount: number): string => describeLoadedStory(loaded.title, loaded.events.length, problemCount, translator));
  useEffect(() => {
    if (options.src === undefined) return undefined;
    let isCurrent = true;
    // One render of the status per progress report (at most every 100 ms; the timeline is not mounted yet).
    const onProgress = (progress: LoadProgress): void => {
      if (isCurrent) setState((current) => (current.status === 'loading' ? { ...current, progress } : current));
    };
    const onPreview = (preview: StoryPreview): void => {
      if (isCurrent) setState((current) => (current.status === 'loading' ? { ...current, preview } : current));
    };
    announce(describeLoading(options.src));
    const src = options.src;
    // The loader's own code may fail to arrive (offline): that is a failed load too, with Retry.
    void load(src, { onProgress, openingId: options.event, onPreview })
      // Worded here in English (problem.load.failed) rather than through createIssue: the English
      // problems stay out of the first paint's code, and this is the failure to load that code.
      .catch((error: unknown): LoadResult => ({
        ok: false,
        code: 'problem.load.failed',
        values: { url: src, error: String(error) },
        message: `Could not load the story from ${src}: ${String(error)}`,
      }))
      // The story's language, when neither the URL nor the page chose one: its catalog first, so
      // the story shows in it at once (a catalog that fails to load leaves English).
      .then(async (loaded) => {
        const storyLang = loaded.ok ? loaded.result.story?.lang : undefined;
        if (storyLang !== undefined && options.lang === undefined && pageLanguage === undefined) await loadMessages(matchLanguage(storyLang)).catch(() => undefined);
        return loaded;
      })
      .then((loaded) => {
        if (!isCurrent) return;
        if (!loaded.ok) {
          setState({ status: 'failed', failure: loaded });
          return;
        }
        setState({ status: 'ready', result: loaded.result });
        const { story: loadedStory, issues } = loaded.result;
        if (!loadedStory) return;
        setSelectedId(getInitialEventId(loadedStory, options.event));
        announce(describeLoaded(loadedStory, issues.length));
      });
    return () => {
      isCurrent = false;
    };
  }, [options, load, announce, attempt, pageLanguage]);
  const retry = useCallback((): void => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  // <html lang> and <html dir> follow the reader's language (the prerendered page has them already).
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = getTextDirection(language);
  }, [language]);

  useEffect(() => {
    if (!story || view !== 'page') return undefined;
    const onHashChange = (): void => {
      const id = getIdFromHash(window.location.hash);
      if (id !== undefined && story.events.some((event) => event.id === id)) setSelectedId(id);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [story, view]);

  useEffect(() => {
    if (!story || !subscribeSelectRequests) return undefined;
    return subscribeSelectRequests((id) => {
      if (!story.events.some((event) => event.id === id)) return;
      setSelectedId(id);
      replaceUrl(withSelectedEvent(window.location.href, id, view));
    });
  }, [story, subscribeSelectRequests, view]);

  // Stable callbacks, so that the timeline's memoized parts stay put on a key step.
  const select = useCallback(
    (id: string): void => {
      setSelectedId(id);
      onSelectEvent?.(id);
      // replaceState, deferred: moving through events must not fill the Back button's history, nor
      // pay for a history write on every key step.
      urlWriter.update('event', (href) => withSelectedEvent(href, id, view));
    },
    [onSelectEvent, urlWriter, view],
  );
  const setCompression = useCallback(
    (next: boolean): void => {
      setIsCompressed(next);
      urlWriter.update('compress', (href) => withCompression(href, next));
    },
    [urlWriter],
  );

  const changeSearch = useCallback(
    (next: SearchQuery): void => {
      setSearch(next);
      urlWriter.update('search', (href) => withSearch(href, next, show === 'quotes'));
    },
    [urlWriter, show],
  );
  const changeShow = useCallback(
    (next: StoryView): void => {
      setShow(next);
      urlWriter.update('search', (href) => withSearch(href, search, next === 'quotes'));
    },
    [urlWriter, search],
  );

  const selected = story?.events.find((event) => event.id === selectedId);
  const dataUrl = options.src ?? `${siteRoot}${BUNDLED_STORY_PATH}`;
  // A failure is worded in the page's language, the URL and the error as they are.
  const failure = state.status === 'failed' ? formatIssue(state.failure, translator) : undefined;
  const plainStatus = <p className="ql-status">{failure ?? t('page.loading', { url: options.src ?? '' })}</p>;
  const preview = state.status === 'loading' ? state.preview : undefined;
  const loadStatus = options.src !== undefined && state.status !== 'ready' && (
    // The plain message while the status's own chunk loads, or should it fail to.
    <ErrorBoundary fallback={() => plainStatus}>
      <Suspense fallback={plainStatus}>
        <StoryLoadStatus
          url={options.src}
          progress={state.status === 'loading' ? state.progress : undefined}
          eventCount={preview?.eventCount}
          message={failure}
          onRetry={retry}
          shouldFocus={attempt > 0}
        />
      </Suspense>
    </ErrorBoundary>
  );
  const renderHeader = (shown: Story, canEmbed: boolean, lang = getStoryTextLang(shown.lang, translator.locale)) => (
    <header className="ql-header">
      <h1 className="ql-title" lang={lang} dir="auto">
        {shown.title}
      </h1>
      {shown.description && (
        // On phones one line shows, with a button for the rest (page.css); elsewhere all of it.
        <p className={`ql-description${isDescriptionOpen ? ' ql-description-expanded' : ''}`}>
          <span className="ql-description-text" lang={lang} dir="auto">
            {shown.description}
          </span>{' '}
          <button type="button" className="ql-description-more" aria-expanded={isDescriptionOpen} onClick={() => setIsDescriptionOpen(!isDescriptionOpen)}>
            {t(isDescriptionOpen ? 'page.less' : 'page.more')}
            <span className="ql-visually-hidden">{t('page.ofDescription')}</span>
          </button>
        </p>
      )}
      {canEmbed && view === 'page' && (
        <button type="button" className="ql-button ql-embed-button" aria-haspopup="dialog" onClick={() => setEmbed('open')}>
          {t('page.embed')}
        </button>
      )}
    </header>
  );
  return (
    <TranslatorContext.Provider value={translator}>
      <main className={`ql-page ql-theme ql-view-${view}`}>
        <LiveRegion message={message} />
        {preview ? (
          // A big story's opening event while the rest is read: the status stands where the track will.
          <>
            {renderHeader(preview.story, false)}
            <section className="ql-timeline ql-preview" aria-label={preview.story.title}>
              <div className="ql-track-pending">{loadStatus}</div>
              <StoryTextLangContext.Provider value={getStoryTextLang(preview.story.lang, translator.locale)}>
                <PreviewCard event={preview.story.events[0]} locale={language} mediaPolicy={mediaPolicy} />
              </StoryTextLangContext.Provider>
            </section>
          </>
        ) : (
          loadStatus
        )}
        {state.status === 'ready' && state.result.issues.length > 0 && (
          <Suspense fallback={null}>
            <IssueList issues={state.result.issues} isFatal={!story} format={state.result.format} />
          </Suspense>
        )}
        {story && (
          <>
            {renderHeader(story, true)}
            <ErrorBoundary
              resetKey={story}
              fallback={() => (
                <p className="ql-alert" role="alert">
                  {t('page.timelineError')}
                </p>
              )}
            >
              <Timeline
                story={story}
                selectedId={selectedId}
                onSelect={select}
                locale={language}
                compress={isCompressed}
                onCompressChange={setCompression}
                mediaPolicy={mediaPolicy}
                search={search}
                onSearchChange={changeSearch}
                show={show}
                onShowChange={changeShow}
                searchShortcut="document"
              />
            </ErrorBoundary>
            <footer className="ql-footer">
              {story.credit && <p className="ql-credit">{story.credit}</p>}
              <p className="ql-credit">
                <a href={dataUrl} target={view === 'embed' ? '_blank' : undefined} rel={view === 'embed' ? 'noopener noreferrer' : undefined}>
                  {t('page.download')}
                </a>
              </p>
            </footer>
            {view === 'page' && href && isMounted && embed !== 'never' && (
              <Suspense fallback={null}>
                <EmbedDialog
                  isOpen={embed === 'open'}
                  onClose={() => setEmbed('closed')}
                  baseUrl={new URL(siteRoot || '.', href).href}
                  lang={options.lang ?? pageLanguage}
                  src={options.src}
                  eventId={selected?.id}
                  eventHeadline={selected?.headline}
                  storyTitle={story.title}
                  search={search}
                  showQuotes={show === 'quotes'}
                />
              </Suspense>
            )}
          </>
        )}
      </main>
    </TranslatorContext.Provider>
  );
}

const NO_HEADING = { current: null };

/** The preview's panel: the opening event as the timeline will show it, without its place or its neighbours (not known yet). */
function PreviewCard({ event, locale, mediaPolicy }: { event: TimelineEvent | undefined; locale: string; mediaPolicy: MediaPolicy }) {
  if (!event) return null;
  return (
    <ErrorBoundary fallback={() => null}>
      <EventCard id={PREVIEW_PANEL_ID} event={event} locale={locale} mediaPolicy={mediaPolicy} headingRef={NO_HEADING} onSelect={ignoreSelect} />
    </ErrorBoundary>
  );
}

const PREVIEW_PANEL_ID = 'ql-preview-panel';
const ignoreSelect = (): void => undefined;
