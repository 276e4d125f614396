import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/i18n/catalogs';
import { en } from '../../src/i18n/catalogs/en';
import { createTranslator, formatMessage } from '../../src/i18n/translate';

describe('formatMessage', () => {
  it('formatMessage(text, locale, values) fills placeholders, numbers in the locale', () => {
    expect(formatMessage('{shown} of {total}', 'en', { shown: 1200, total: 25000 })).toBe('1,200 of 25,000');
    expect(formatMessage('{shown} sur {total}', 'fr', { shown: 1200, total: 25000 })).toMatch(/^1\s200 sur 25\s000$/u);
    expect(formatMessage('{count} ٪', 'ar-EG', { count: 12 })).toBe('١٢ ٪');
  });

  it('formatMessage leaves a placeholder it has no value for, and text with braces of its own', () => {
    expect(formatMessage('Hello {name}', 'en')).toBe('Hello {name}');
    expect(formatMessage('{name}', 'en', { name: '{count}' })).toBe('{count}');
  });

  it('formatMessage(plural, locale, {count}) picks the form by Intl.PluralRules', () => {
    const events = { one: '{count} event', other: '{count} events' };
    expect(formatMessage(events, 'en', { count: 1 })).toBe('1 event');
    expect(formatMessage(events, 'en', { count: 0 })).toBe('0 events');
    expect(formatMessage(events, 'en', { count: 2 })).toBe('2 events');
  });

  it('formatMessage gives Arabic its six plural forms: zero, one, two, few (3–10), many (11–99), other (100…)', () => {
    const forms = { zero: 'zero {count}', one: 'one {count}', two: 'two {count}', few: 'few {count}', many: 'many {count}', other: 'other {count}' };
    const said = [0, 1, 2, 3, 10, 11, 99, 100, 102, 111].map((count) => formatMessage(forms, 'ar', { count }).split(' ')[0]);
    expect(said).toEqual(['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'many']);
  });
});

describe('createTranslator', () => {
  it('createTranslator(messages, locale) knows its language and direction', () => {
    expect(createTranslator(en, 'en-GB')).toMatchObject({ language: 'en', locale: 'en-GB', dir: 'ltr' });
    expect(createTranslator(en, 'ar-EG')).toMatchObject({ language: 'ar', dir: 'rtl' });
  });

  it('t(key, values) words an interface string in the catalog language', async () => {
    expect(createTranslator(en, 'en').t('cluster.name', { count: 7, span: 'May 28 – June 3, 2024' })).toBe('7 events, May 28 – June 3, 2024: zoom in');
    const { t } = createTranslator(await loadMessages('de'), 'de');
    expect(t('zoom.in')).not.toBe('Zoom in');
    expect(t('search.events', { count: 1234 })).toContain('1.234');
  });
});
