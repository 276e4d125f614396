// One cache for every Intl formatter: constructing one costs far more than formatting with it.
const FORMATS = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function getCached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = FORMATS.get(key) as T | undefined;
  if (!format) {
    format = create();
    FORMATS.set(key, format);
  }
  return format;
}

/** A cached `Intl.DateTimeFormat` for `locale` and `options`. */
export function getDateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return getCached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** A cached `Intl.NumberFormat` for `locale` and `options`. */
export function getNumberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return getCached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** Cached `Intl.PluralRules` for `locale` (cardinal). */
export function getPluralRules(locale: string): Intl.PluralRules {
  return getCached('plural', locale, {}, () => new Intl.PluralRules(locale));
}
