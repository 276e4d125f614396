import { parseCivilDate } from './civilDate';
import { suggest } from './suggest';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The native date text a mistyped one most likely meant, or undefined: `2024/05/27` and `2024.5.27`
 * → `2024-05-27`, `2O24` → `2024`, a five-digit year with a doubled digit (`20244-05-27`) →
 * `2024-05-27`, seconds dropped (`2024-05-27T21:15:00` → `2024-05-27T21:15`). Only a text that
 * then parses is offered.
 */
export function suggestDateText(text: string): string | undefined {
  const cleaned = text
    .trim()
    .replace(/[oO]/g, '0')
    .replace(/[lI]/g, '1')
    .replace(/[/.]/g, '-')
    .replace(/ (\d{2}:\d{2})/, 'T$1')
    .replace(/(T\d{2}:\d{2}):\d{2}(\.\d+)?Z?$/, '$1');
  const match = /^(\d+)(?:-(\d{1,2})(?:-(\d{1,2})(T\d{2}:\d{2})?)?)?$/.exec(cleaned);
  if (!match) return undefined;
  const [, year = '', month, day, time] = match;
  for (const candidate of yearCandidates(year)) {
    const fixed = [candidate, month?.padStart(2, '0'), day?.padStart(2, '0')].filter((part) => part !== undefined).join('-') + (time ?? '');
    if (fixed !== text && parseCivilDate(fixed).ok) return fixed;
  }
  return undefined;
}

/** Years a typed year may have meant: itself, then with one doubled digit removed. */
function yearCandidates(year: string): string[] {
  if (year.length === 4) return [year];
  if (year.length !== 5) return [];
  const candidates: string[] = [];
  for (let index = 1; index < year.length; index += 1) {
    if (year[index] === year[index - 1]) candidates.push(year.slice(0, index) + year.slice(index + 1));
  }
  return candidates;
}

/**
 * The number a TimelineJS date part most likely meant, or undefined: month names and abbreviations
 * (`May` → 5), letters for digits (`2O24` → 2024), thousands separators (`2,024`).
 */
export function suggestNumber(text: string, part: string): string | undefined {
  const trimmed = text.trim();
  if (part === 'month' && /^[a-z]{3,}\.?$/i.test(trimmed)) {
    const name = trimmed.replace(/\.$/, '').toLowerCase();
    const index = MONTHS.findIndex((month) => month.startsWith(name));
    if (index >= 0) return String(index + 1);
    const near = suggest(name, MONTHS);
    return near === undefined ? undefined : String(MONTHS.indexOf(near) + 1);
  }
  const cleaned = trimmed
    .replace(/[oO]/g, '0')
    .replace(/[lI]/g, '1')
    .replace(/[,\s']/g, '');
  return cleaned !== trimmed && /^-?\d+$/.test(cleaned) ? String(Number(cleaned)) : undefined;
}

let timeZones: readonly string[] | undefined;

/** The IANA zone a mistyped one most likely meant (`europe/paris`, `Europe/Pari` → `Europe/Paris`). */
export function suggestTimeZone(text: string): string | undefined {
  timeZones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return suggest(text.trim().replace(/ /g, '_'), timeZones);
}
