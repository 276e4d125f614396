import { mountApp } from '../app/mountApp';
import { startBridge, type Bridge } from './bridge';
import { readUrlOptions } from '../share/urlOptions';
import '../app/page.css';

// The embed page: the app without page chrome, talking to its host only through the bridge.
const options = readUrlOptions(window.location.href, 'embed');
if (options.secret) document.documentElement.classList.add('ql-wordpress');
const selectListeners = new Set<(id: string) => void>();
// A request that arrives before the app listens is kept for it.
let pendingRequest: string | undefined;
const subscribeSelectRequests = (listener: (id: string) => void): (() => void) => {
  selectListeners.add(listener);
  if (pendingRequest !== undefined) listener(pendingRequest);
  return () => selectListeners.delete(listener);
};
let bridge: Bridge | undefined;
void mountApp({ view: 'embed', onSelectEvent: (id) => bridge?.sendEvent(id), subscribeSelectRequests }).then((bundled) => {
  bridge = startBridge({ slug: bundled.story?.id ?? 'quoteline', childId: options.childId, secret: options.secret }, (id) => {
    pendingRequest = id;
    selectListeners.forEach((listener) => listener(id));
  });
});
