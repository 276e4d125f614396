import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { parseStory } from '../data/parseStory';
import { readUrlOptions } from '../embed/urlOptions';
import bundledStory from '../../stories/lecun-musk.json';
import { App } from './App';

/** Options for `mountApp`. */
export interface MountAppOptions {
  view: 'page' | 'embed';
  onSelectEvent?: ((id: string) => void) | undefined;
}

/**
 * Starts the app in `#root`: hydrates the prerendered bundled story, or renders afresh when the
 * page shows another story (`?src=`) or was not prerendered (the dev server).
 */
export function mountApp({ view, onSelectEvent }: MountAppOptions): void {
  const root = document.getElementById('root');
  if (!root) return;
  const href = window.location.href;
  const { theme } = readUrlOptions(href, view);
  if (theme !== 'auto') document.documentElement.dataset.theme = theme;
  const app = (
    <StrictMode>
      <App bundled={parseStory(bundledStory)} view={view} href={href} onSelectEvent={onSelectEvent} />
    </StrictMode>
  );
  const isPrerendered = root.firstElementChild !== null;
  if (isPrerendered && readUrlOptions(href, view).src === undefined) {
    hydrateRoot(root, app);
    return;
  }
  root.replaceChildren();
  createRoot(root).render(app);
  document.documentElement.classList.remove('ql-replacing');
}
