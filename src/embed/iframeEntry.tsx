import { mountApp } from '../app/mountApp';
import { startBridge, type Bridge } from './bridge';
import { readUrlOptions } from './urlOptions';
import '../app/page.css';

// The embed page: the app without page chrome, talking to its host only through the bridge.
const options = readUrlOptions(window.location.href, 'embed');
if (options.secret) document.documentElement.classList.add('ql-wordpress');
let bridge: Bridge | undefined;
void mountApp({ view: 'embed', onSelectEvent: (id) => bridge?.sendEvent(id) }).then((bundled) => {
  bridge = startBridge({ slug: bundled.story?.id ?? 'quoteline', childId: options.childId, secret: options.secret });
});
