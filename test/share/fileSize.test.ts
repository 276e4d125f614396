import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/catalogs/fr';
import { createTranslator } from '../../src/i18n/translate';
import { describeReadProgress, formatFileSize } from '../../src/share/fileSize';

describe('formatFileSize', () => {
  it('formatFileSize(bytes, locale) counts bytes, then kB and MB of 1,000', () => {
    expect(formatFileSize(0, 'en')).toBe('0 bytes');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(999, 'en')).toBe('999 bytes');
    expect(formatFileSize(1_000, 'en')).toBe('1 kB');
    expect(formatFileSize(48_213, 'en')).toBe('48 kB');
    expect(formatFileSize(4_250_000, 'en')).toBe('4.3 MB');
    expect(formatFileSize(20_971_520, 'en')).toBe('21 MB');
  });

  it('describeReadProgress(loaded, total) reads as "x of y", in the translator\'s language', () => {
    expect(describeReadProgress(4_200_000, 20_000_000)).toBe('4.2 MB of 20 MB');
    expect(describeReadProgress(4_200_000, 20_000_000, createTranslator(fr, 'fr'))).toMatch(/^4,2\sMo sur 20\sMo$/u);
  });

  it('formatFileSize(bytes, locale) words bytes in the locale', () => {
    expect(formatFileSize(2, 'de')).toBe('2 Byte');
    expect(formatFileSize(999, 'fr')).toMatch(/^999\s+octets$/u);
  });
});
