import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../app/App';
import { parseStory } from '../data/parseStory';
import { writePrerenderedStory } from '../data/prerenderedStory';
import { PlacementContext } from '../hooks/usePlacement';
import { loadMessages } from '../i18n/catalogs';
import { getTextDirection, isLanguageTag, matchLanguage, type TextDirection } from '../i18n/languages';
import { createPlacementRules } from '../layout/placement';
import bundledStory from '../../stories/lecun-musk.json';
import { createHeadHtml, createOembed } from './head';

/** What the build puts into a page template. */
export interface PrerenderedPage {
  headHtml: string;
  appHtml: string;
  /** The stylesheet that places the marks of `appHtml` (its markup has no `style` attributes: docs/hosting.md). */
  placementCss: string;
  /** The page's `<html lang>`: the language asked for, else the story's, else "en". */
  lang: string;
  /** The page's `<html dir>`, from `lang`. */
  dir: TextDirection;
}

/** Options of `renderPage`. */
export interface RenderPageOptions {
  /** A language page's BCP 47 language (it sits in `<lang>/`, one folder below the site); undefined for the site's own page, in the story's language. */
  language?: string | undefined;
  /** Every language with a page of its own, for `hreflang` links. @default none */
  languages?: readonly string[] | undefined;
}

const bundled = parseStory(bundledStory);

/**
 * Server-renders the bundled story for a view, exactly as the browser's first render will: in
 * `language` when given (its catalog loaded first, as the page loads it before hydrating).
 */
export async function renderPage(view: 'page' | 'embed', publicUrl: string, { language, languages }: RenderPageOptions = {}): Promise<PrerenderedPage> {
  if (!bundled.story) throw new Error('The bundled story does not parse');
  if (language !== undefined && !isLanguageTag(language)) throw new Error(`"${language}" is not a BCP 47 language tag`);
  const lang = language ?? bundled.story.lang ?? 'en';
  await loadMessages(matchLanguage(lang));
  const placements = createPlacementRules();
  const appHtml = renderToString(
    <PlacementContext value={placements}>
      <StrictMode>
        <App bundled={bundled} view={view} href={null} pageLanguage={language} siteRoot={language === undefined ? '' : '../'} />
      </StrictMode>
    </PlacementContext>,
  );
  return {
    headHtml: createHeadHtml(bundled.story, { publicUrl, view, language, languages }),
    appHtml,
    placementCss: placements.toStyleSheet(),
    lang,
    dir: getTextDirection(lang),
  };
}

/** The bundled story's parse result, to put in the page for hydration (see `readPrerenderedStory`). */
export function renderStoryData(): string {
  return writePrerenderedStory(bundled);
}

/** The oEmbed JSON of the bundled story. */
export function renderOembed(publicUrl: string): object {
  if (!bundled.story) throw new Error('The bundled story does not parse');
  return createOembed(bundled.story, publicUrl);
}
