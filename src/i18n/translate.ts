import { isPluralMessage, type Message } from './catalog';
import { getNumberFormat, getPluralRules } from './intlCache';
import type { InterfaceMessages, MessageKey } from './catalogs/en';
import { getTextDirection, matchLanguage, type Language, type TextDirection } from './languages';

/** Values for a message's placeholders; numbers are formatted for the locale, `count` also picks the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Interface text in one language, with dates and numbers in one locale. */
export interface Translator {
  /** The catalog's language. */
  language: Language;
  /** The BCP 47 locale for dates and numbers ("fr-CA"): the tag asked for, which may be more precise than `language`. */
  locale: string;
  dir: TextDirection;
  /** The text of `key` with `values` put in its placeholders (the key itself if the catalog lacks it: see `has`). */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** Whether the catalog has `key`: the English one in the page's first code has no problems. */
  has: (key: MessageKey) => boolean;
}

/** A message's text for `values`: its plural form for `values.count`, then its placeholders filled. */
export function formatMessage(message: Message, locale: string, values: MessageValues = {}): string {
  let text: string;
  if (isPluralMessage(message)) {
    const count = typeof values.count === 'number' ? values.count : 0;
    text = message[getPluralRules(locale).select(count)] ?? message.other;
  } else text = message;
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? getNumberFormat(locale).format(value) : value;
  });
}

/** A translator over `messages` for the BCP 47 tag `locale` (its language picks nothing here: `messages` is the catalog). */
export function createTranslator(messages: InterfaceMessages, locale: string): Translator {
  return {
    language: matchLanguage(locale),
    locale,
    dir: getTextDirection(locale),
    t: (key, values) => {
      const message = Object.hasOwn(messages, key) ? messages[key] : undefined;
      return message === undefined ? key : formatMessage(message, locale, values);
    },
    has: (key) => Object.hasOwn(messages, key),
  };
}
