import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseStory } from '../data/parseStory';
import bundledStory from '../../stories/lecun-musk.json';
import { App } from './App';
import './page.css';

const params = new URLSearchParams(window.location.search);
const srcParam = params.get('src');
// Relative `src` values resolve against the page, so stories can sit next to the app.
const src = srcParam ? new URL(srcParam, window.location.href).href : undefined;
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App bundled={parseStory(bundledStory)} src={src} initialHash={window.location.hash} />
    </StrictMode>,
  );
}
