/** The interface languages Quoteline has catalogs for, English first (the fallback). */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'ar', 'ja'] as const;

/** One interface language: a catalog's name. */
export type Language = (typeof LANGUAGES)[number];

/** Text direction of a language, as HTML's `dir`. */
export type TextDirection = 'ltr' | 'rtl';

// Languages written right to left, and scripts that are (for tags such as "pa-Arab" or "az-Arab").
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'adlm', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa']);
const LTR_SCRIPTS = new Set(['latn', 'cyrl']);

/** Whether `tag` is a language Quoteline has a catalog for. */
export function isLanguage(tag: string): tag is Language {
  return (LANGUAGES as readonly string[]).includes(tag);
}

/** The parts of a BCP 47 tag we read: its language and its script, lower case ("zh-Hant-TW" → zh, hant). */
function readTag(tag: string): { language: string; script: string | undefined } {
  const [language = '', ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  return { language, script: rest.find((part) => /^[a-z]{4}$/.test(part)) };
}

/** The catalog for a BCP 47 tag: its language if we have it ("fr-CA" → fr), else English. */
export function matchLanguage(tag: string | undefined): Language {
  if (tag === undefined) return 'en';
  const { language } = readTag(tag);
  return isLanguage(language) ? language : 'en';
}

/** Whether a BCP 47 tag is written right to left ("ar", "he-IL", "pa-Arab"), by its script, else its language. */
export function getTextDirection(tag: string): TextDirection {
  const { language, script } = readTag(tag);
  if (script !== undefined && RTL_SCRIPTS.has(script)) return 'rtl';
  if (script !== undefined && LTR_SCRIPTS.has(script)) return 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** Whether `tag` is a well-formed BCP 47 language tag (as `Intl` reads them): "fr", "pt-BR", "zh-Hant". */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
