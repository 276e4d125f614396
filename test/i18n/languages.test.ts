import { describe, expect, it } from 'vitest';
import { getTextDirection, isLanguageTag, matchLanguage } from '../../src/i18n/languages';

describe('matchLanguage', () => {
  it('matchLanguage(tag) picks the catalog of the tag’s language, else English', () => {
    expect(matchLanguage('fr-CA')).toBe('fr');
    expect(matchLanguage('DE')).toBe('de');
    expect(matchLanguage('ar_EG')).toBe('ar');
    expect(matchLanguage('ja-JP-u-ca-japanese')).toBe('ja');
    expect(matchLanguage('pt-BR')).toBe('en');
    expect(matchLanguage(undefined)).toBe('en');
  });
});

describe('getTextDirection', () => {
  it('getTextDirection(tag) is rtl for Arabic, Hebrew and their scripts, ltr otherwise', () => {
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'pa-Arab', 'yi'].map(getTextDirection)).toEqual(Array(7).fill('rtl'));
    expect(['en', 'ja', 'de', 'az-Latn', 'ku-Latn', 'zh-Hant'].map(getTextDirection)).toEqual(Array(6).fill('ltr'));
  });
});

describe('isLanguageTag', () => {
  it('isLanguageTag(tag) accepts BCP 47 tags and refuses anything else', () => {
    expect(['en', 'pt-BR', 'zh-Hant-TW', 'ar'].every(isLanguageTag)).toBe(true);
    expect(['', 'english!', 'en_US_x_', '<script>'].some(isLanguageTag)).toBe(false);
  });
});
