import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../app/App';
import { parseStory } from '../data/parseStory';
import { writePrerenderedStory } from '../data/prerenderedStory';
import { PlacementContext } from '../hooks/usePlacement';
import { createPlacementRules } from '../layout/placement';
import bundledStory from '../../stories/lecun-musk.json';
import { createHeadHtml, createOembed } from './head';

/** What the build puts into a page template. */
export interface PrerenderedPage {
  headHtml: string;
  appHtml: string;
  /** The stylesheet that places the marks of `appHtml` (its markup has no `style` attributes: docs/hosting.md). */
  placementCss: string;
}

const bundled = parseStory(bundledStory);

/** Server-renders the bundled story for a view, exactly as the browser's first render will. */
export function renderPage(view: 'page' | 'embed', publicUrl: string): PrerenderedPage {
  if (!bundled.story) throw new Error('The bundled story does not parse');
  const placements = createPlacementRules();
  const appHtml = renderToString(
    <PlacementContext value={placements}>
      <StrictMode>
        <App bundled={bundled} view={view} href={null} />
      </StrictMode>
    </PlacementContext>,
  );
  return { headHtml: createHeadHtml(bundled.story, { publicUrl, view }), appHtml, placementCss: placements.toStyleSheet() };
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
