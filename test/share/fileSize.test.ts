import { describe, expect, it } from 'vitest';
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

  it('describeReadProgress(loaded, total, locale) reads as "x of y"', () => {
    expect(describeReadProgress(4_200_000, 20_000_000, 'en')).toBe('4.2 MB of 20 MB');
  });
});
