import { describe, expect, it } from 'vitest';
import { getPlaceholders, isPluralMessage, type Message } from '../../src/i18n/catalog';
import { getLoadedMessages, loadMessages } from '../../src/i18n/catalogs';
import { en, type Messages } from '../../src/i18n/catalogs/en';
import { LANGUAGES } from '../../src/i18n/languages';

const catalogs = await Promise.all(LANGUAGES.map(async (language) => [language, await loadMessages(language)] as const));

describe('catalogs', () => {
  it.each(catalogs)('%s has every key of the English catalog, and no other', (_language, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(catalogs)('%s uses the same placeholders as English in every message', (_language, messages) => {
    const differences = Object.entries(en as Messages).filter(([key, english]) => getPlaceholders(messages[key as keyof Messages]).join() !== getPlaceholders(english).join());
    expect(differences.map(([key]) => key)).toEqual([]);
  });

  it.each(catalogs)('%s gives each plural message exactly the plural forms of its language', (language, messages) => {
    const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
    const wrong = Object.entries(messages as Record<string, Message>).filter(([, message]) => isPluralMessage(message) && Object.keys(message).sort().join() !== categories.join());
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it.each(catalogs.filter(([language]) => language !== 'en'))('%s is translated: most messages differ from English', (_language, messages) => {
    const same = Object.entries(en as Messages).filter(([key, english]) => JSON.stringify(messages[key as keyof Messages]) === JSON.stringify(english));
    // Product names and keys such as "Esc" or "{events}, {quotes}" may stay as they are.
    expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });

  it('loadMessages(language) keeps the catalog for getLoadedMessages', () => {
    expect(getLoadedMessages('ar')).toBe(catalogs.find(([language]) => language === 'ar')?.[1]);
    expect(getLoadedMessages('en')).toBe(en);
  });
});
