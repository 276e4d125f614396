// embed.js: the optional host-side loader. Sizes iframes marked data-quoteline and defines
// <quote-line>. Accepts a message only from a known frame's window and its exact origin, only in
// the expected shape and a sane height range. It offers the frame no way to navigate or scroll
// the host page. Dependency-free; idempotent when included many times.
import { isLanguageTag } from '../i18n/languages';
import { DEFAULT_FRAME_HEIGHT_PX } from '../share/snippets';
import { createReadyMessage, parseQuotelineMessage } from '../share/messages';

interface Frame {
  iframe: HTMLIFrameElement;
  origin: string;
  /** Key of the host-URL deep link, when the host opted in. */
  deepLink: string | null;
}

declare global {
  interface Window {
    quotelineLoader?: { scan: () => void };
  }
}

const DEEP_LINK_PREFIX = '#quoteline:';

/**
 * The frame URL with `data-lang`'s language as `?lang=` (a `lang` already in the URL wins; a tag
 * that is not BCP 47 is left out). Relative URLs stay relative to the host page.
 */
function withLanguage(src: string, lang: string | null): string {
  if (lang === null || !isLanguageTag(lang)) return src;
  try {
    const url = new URL(src, window.location.href);
    if (!url.searchParams.has('lang')) url.searchParams.set('lang', lang);
    return url.href;
  } catch {
    return src;
  }
}

function start(): void {
  const frames: Frame[] = [];

  const readDeepLink = (key: string): string | null => {
    const hash = decodeURIComponent(window.location.hash);
    const prefix = `${DEEP_LINK_PREFIX}${key}=`;
    return hash.startsWith(prefix) ? hash.slice(prefix.length) : null;
  };

  const attach = (iframe: HTMLIFrameElement, deepLink: string | null): void => {
    if (frames.some((frame) => frame.iframe === iframe)) return;
    let url: URL;
    try {
      url = new URL(iframe.src, window.location.href);
    } catch {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    const sandbox = iframe.getAttribute('sandbox');
    // A sandbox without allow-same-origin gives the frame the opaque origin "null".
    const origin = sandbox !== null && !/\ballow-same-origin\b/.test(sandbox) ? 'null' : url.origin;
    frames.push({ iframe, origin, deepLink });
    // A deep link rides on the ready message rather than a reload: changing a loading frame's src is racy.
    const event = deepLink === null ? null : readDeepLink(deepLink);
    const ready = createReadyMessage(event ?? undefined);
    const ping = (): void => iframe.contentWindow?.postMessage(ready, origin === 'null' ? '*' : origin);
    iframe.addEventListener('load', ping);
    ping();
  };

  const scan = (): void => {
    document.querySelectorAll<HTMLIFrameElement>('iframe[data-quoteline]').forEach((iframe) => {
      attach(iframe, iframe.getAttribute('data-quoteline-deeplink'));
    });
  };

  window.addEventListener('message', (event: MessageEvent) => {
    const frame = frames.find((candidate) => candidate.iframe.contentWindow === event.source);
    if (!frame || event.origin !== frame.origin) return;
    const message = parseQuotelineMessage(event.data);
    if (!message) return;
    if (message.type === 'height') {
      frame.iframe.style.height = `${message.height}px`;
      return;
    }
    const hash = window.location.hash;
    // Only our own key, and never over the article's own anchor.
    if (frame.deepLink !== null && (hash === '' || hash.startsWith(DEEP_LINK_PREFIX))) {
      history.replaceState(history.state, '', `${DEEP_LINK_PREFIX}${frame.deepLink}=${message.event}`);
    }
  });

  class QuoteLineElement extends HTMLElement {
    connectedCallback(): void {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      // CSSOM, not style attributes or sheets: nothing for a strict CSP to block.
      this.style.display = 'block';
      const iframe = document.createElement('iframe');
      iframe.title = this.getAttribute('title') || 'Interactive timeline';
      iframe.setAttribute('loading', this.getAttribute('loading') || 'lazy');
      iframe.referrerPolicy = 'strict-origin-when-cross-origin';
      const sandbox = this.getAttribute('sandbox');
      if (sandbox !== null) iframe.setAttribute('sandbox', sandbox);
      iframe.style.display = 'block';
      iframe.style.width = '100%';
      iframe.style.border = '0';
      iframe.style.height = `${Number(this.getAttribute('height')) || DEFAULT_FRAME_HEIGHT_PX}px`;
      iframe.src = withLanguage(this.getAttribute('src') || '', this.getAttribute('data-lang'));
      root.append(iframe);
      attach(iframe, this.getAttribute('deeplink'));
    }
  }
  if (!customElements.get('quote-line')) customElements.define('quote-line', QuoteLineElement);

  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  scan();
  window.quotelineLoader = { scan };
}

if (window.quotelineLoader) window.quotelineLoader.scan();
else start();
