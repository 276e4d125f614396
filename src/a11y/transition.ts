import type { Intent } from './keys';
import { isMoveIntent, moveFocus, type NavigationDelegate } from './navigation';

/** Zoom factor of one zoom key or button press. @default 2 */
export const ZOOM_KEY_FACTOR = 2;

/** Where in the timeline a key was pressed. */
export type KeyZone = 'track' | 'panel' | 'other';

/** What the timeline does in answer to a key. */
export type TimelineCommand =
  { type: 'select'; index: number } | { type: 'focusMarker' } | { type: 'openPanel' } | { type: 'openHelp' } | { type: 'zoom'; factor: number } | { type: 'zoomReset' } | { type: 'focusSearch' };

/** What `getCommand` needs to know. */
export interface CommandContext {
  zone: KeyZone;
  /** Index of the selected event in time order. */
  selectedIndex: number;
  delegate: NavigationDelegate;
}

/**
 * The pure transition from a key's intent to what the timeline does, or null to leave the key to
 * the browser. On the track, moves select (and focus) another event; at either end they only keep
 * focus on the marker, so nothing is left pending for a later render (issue #9). Escape in the
 * panel returns to the marker. Help, zoom and search (`/`) keys work anywhere in the timeline.
 */
export function getCommand(intent: Intent, { zone, selectedIndex, delegate }: CommandContext): TimelineCommand | null {
  if (intent === 'help') return { type: 'openHelp' };
  if (intent === 'zoomIn') return { type: 'zoom', factor: ZOOM_KEY_FACTOR };
  if (intent === 'zoomOut') return { type: 'zoom', factor: 1 / ZOOM_KEY_FACTOR };
  if (intent === 'zoomReset') return { type: 'zoomReset' };
  if (intent === 'search') return { type: 'focusSearch' };
  if (zone === 'panel') return intent === 'close' ? { type: 'focusMarker' } : null;
  if (zone !== 'track') return null;
  if (intent === 'open') return { type: 'openPanel' };
  if (!isMoveIntent(intent)) return null;
  const index = moveFocus(selectedIndex, intent, delegate);
  if (index < 0) return null;
  return index === selectedIndex ? { type: 'focusMarker' } : { type: 'select', index };
}

/** A delegate over `count` items with no pages: Page keys go to the ends (toolbars, lists of badges). */
export function createListDelegate(count: number): NavigationDelegate {
  return { count, getPageAfter: () => null, getPageBefore: () => null };
}
