import type { InterfaceMessages, Messages } from './catalogs/en';
import { ui } from './catalogs/ui.en';
import type { Language } from './languages';

// English (its interface) is always here; other catalogs are loaded when a page first asks for them, so a page
// carries only its own language (each is a few KiB).
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages }>> = {
  fr: () => import('./catalogs/fr'),
  de: () => import('./catalogs/de'),
  es: () => import('./catalogs/es'),
  ar: () => import('./catalogs/ar'),
  ja: () => import('./catalogs/ja'),
};

const loaded = new Map<Language, InterfaceMessages>([['en', ui]]);
const listeners = new Set<() => void>();

/** The catalog of `language` if it has been loaded (English always has). */
export function getLoadedMessages(language: Language): InterfaceMessages | undefined {
  return loaded.get(language);
}

/** Loads the catalog of `language` (once) and tells the subscribers. */
export async function loadMessages(language: Language): Promise<InterfaceMessages> {
  const known = loaded.get(language);
  if (known) return known;
  const messages = (await LOADERS[language as Exclude<Language, 'en'>]()).default;
  loaded.set(language, messages);
  for (const listener of listeners) listener();
  return messages;
}

/** Calls `listener` whenever a catalog has loaded; returns the unsubscribe (for `useSyncExternalStore`). */
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
