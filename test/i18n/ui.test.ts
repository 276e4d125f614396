import { describe, expect, it } from 'vitest';
import { getPlaceholders, isPluralMessage, type Message } from '../../src/i18n/catalog';
import { ui as ar } from '../../src/i18n/catalogs/ui.ar';
import { ui as de } from '../../src/i18n/catalogs/ui.de';
import { ui } from '../../src/i18n/catalogs/ui.en';
import { ui as es } from '../../src/i18n/catalogs/ui.es';
import { ui as fr } from '../../src/i18n/catalogs/ui.fr';
import { ui as ja } from '../../src/i18n/catalogs/ui.ja';
import { createTranslator } from '../../src/i18n/translate';
import arabic from '../../src/i18n/catalogs/ar';
import japanese from '../../src/i18n/catalogs/ja';

const TRANSLATIONS: Record<string, Readonly<Record<string, Message>>> = { fr, de, es, ar, ja };
const KEYS = Object.keys(ui) as (keyof typeof ui)[];

describe.each(Object.entries(TRANSLATIONS))('the %s interface catalog', (language, catalog) => {
  it('has every English key, in the same order', () => {
    expect(Object.keys(catalog)).toEqual(KEYS);
  });

  it('keeps each message’s placeholders, and its plural forms are exactly the language’s categories', () => {
    const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
    for (const key of KEYS) {
      const english = ui[key];
      const message = catalog[key] ?? '';
      expect(getPlaceholders(message), key).toEqual(getPlaceholders(english));
      expect(isPluralMessage(message), key).toBe(isPluralMessage(english));
      if (isPluralMessage(message)) expect(Object.keys(message).sort(), key).toEqual(categories);
    }
  });

  it('names as many keys as English in each keyboard shortcut', () => {
    for (const key of KEYS.filter((name) => name.startsWith('help.key'))) {
      expect(String(catalog[key]).split('  '), key).toHaveLength(String(ui[key]).split('  ').length);
    }
  });
});

describe('plural forms in use', () => {
  it('counts events in Arabic with all six forms', () => {
    const { t } = createTranslator(arabic, 'ar');
    const number = (count: number): string => new Intl.NumberFormat('ar').format(count);
    expect([0, 1, 2, 3, 11, 100].map((count) => t('search.events', { count }))).toEqual(['لا أحداث', 'حدث واحد', 'حدثان', `${number(3)} أحداث`, `${number(11)} حدثًا`, `${number(100)} حدث`]);
  });

  it('counts events in Japanese with its one form', () => {
    const { t } = createTranslator(japanese, 'ja');
    expect(t('search.events', { count: 1 })).toBe('1件の出来事');
    expect(t('search.events', { count: 12 })).toBe('12件の出来事');
  });
});
