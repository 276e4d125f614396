import { getNumberFormat } from '../i18n/intlCache';
import { ENGLISH } from '../i18n/english';
import type { Translator } from '../i18n/translate';

const BYTES_PER_KB = 1000;
const BYTES_PER_MB = 1000 * 1000;

/** A file size for people, in the units file browsers show (kB = 1,000 bytes): "512 bytes", "48 kB", "20.5 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < BYTES_PER_KB) return getNumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  const [value, unit] = bytes < BYTES_PER_MB ? [bytes / BYTES_PER_KB, 'kilobyte'] : [bytes / BYTES_PER_MB, 'megabyte'];
  return getNumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** How far reading a file has come, for people: "4.2 MB of 20 MB". */
export function describeReadProgress(loadedBytes: number, totalBytes: number, { t, locale }: Translator = ENGLISH): string {
  return t('page.progress', { loaded: formatFileSize(loadedBytes, locale), total: formatFileSize(totalBytes, locale) });
}
