import { mountApp } from '../app/mountApp';
import { readUrlOptions } from './urlOptions';
import { startBridge } from './bridge';
import bundledStory from '../../stories/lecun-musk.json';
import '../app/page.css';

// The embed page: the app without page chrome, talking to its host only through the bridge.
const options = readUrlOptions(window.location.href, 'embed');
if (options.secret) document.documentElement.classList.add('ql-wordpress');
const bridge = startBridge({ slug: bundledStory.id, childId: options.childId, secret: options.secret });
mountApp({ view: 'embed', onSelectEvent: (id) => bridge.sendEvent(id) });
