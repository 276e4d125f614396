import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readUrlOptions } from '../../share/urlOptions';
import { MakePage } from './MakePage';
import '../page.css';
import './make.css';

const html = document.documentElement;
// The page's CSS shows the interactive timeline only where scripts run (enhance.js marks the
// other pages; this one has nothing to show without a script).
html.classList.add('ql-js');
const { theme } = readUrlOptions(window.location.href, 'page');
if (theme !== 'auto') html.dataset.theme = theme;
const root = document.getElementById('root');
if (root) {
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <MakePage pageHref={window.location.href} />
    </StrictMode>,
  );
}
