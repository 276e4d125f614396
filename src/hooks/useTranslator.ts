import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { getLoadedMessages, loadMessages, subscribeToMessages } from '../i18n/catalogs';
import { ENGLISH } from '../i18n/english';
import { matchLanguage } from '../i18n/languages';
import { createTranslator, type Translator } from '../i18n/translate';

/**
 * The translator for the BCP 47 tag `locale`: its language's catalog once loaded (English until
 * then, and for a language without a catalog). Pages load the catalog before they render
 * (`loadMessages`), so the first render is already in the reader's language.
 */
export function useTranslator(locale: string): Translator {
  const language = matchLanguage(locale);
  const messages = useSyncExternalStore(
    subscribeToMessages,
    () => getLoadedMessages(language),
    () => getLoadedMessages(language),
  );
  useEffect(() => {
    if (messages === undefined) void loadMessages(language);
  }, [language, messages]);
  return useMemo(() => (messages === undefined ? ENGLISH : createTranslator(messages, locale)), [messages, locale]);
}

/** The translator of the timeline around a component (English outside one). */
export const TranslatorContext = createContext<Translator>(ENGLISH);

/** The translator of the timeline this component is in. */
export function useT(): Translator {
  return useContext(TranslatorContext);
}

/**
 * The `lang` of the story's own text where it differs from the interface's (an English story read
 * with `?lang=ar`), so screen readers read each in its own voice; undefined when they agree.
 */
export const StoryTextLangContext = createContext<string | undefined>(undefined);

/** The `lang` attribute for the story's text here (undefined: the surrounding one is right). */
export function useStoryTextLang(): string | undefined {
  return useContext(StoryTextLangContext);
}

/** The story text's `lang` beside an interface in `interfaceLocale`: the story's, where their languages differ. */
export function getStoryTextLang(storyLang: string | undefined, interfaceLocale: string): string | undefined {
  if (storyLang === undefined) return undefined;
  const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary(storyLang) === primary(interfaceLocale) ? undefined : storyLang;
}
