/** Any character outside ASCII: text without one folds by lower-casing alone. */
const NON_ASCII = /[\u0080-\uffff]/;
const FIRST_NON_ASCII = 0x80;
/** Combining marks (accents, cedillas, vowel signs): `\p{M}`, the Unicode general category. */
const MARKS = /\p{M}+/gu;
/** Any run of white space: what separates the terms of a query. */
const WHITE_SPACE = /\s+/u;

/** Folded form of each non-ASCII code point met so far: text repeats few of them (é, ’, “), so each is worked out once. */
const foldedCodePoints = new Map<number, string>();

/**
 * Lower-cased, diacritics removed (NFD then `\p{M}` stripped), for matching: "Décision" → "decision",
 * "LeCun" → "lecun". The final sigma is folded to σ so that a word matches wherever it ends; with
 * that, folding a string equals folding each of its code points and joining the results, which
 * is what lets `findMatchRanges` map a match back to the original text.
 */
export function foldForSearch(text: string): string {
  // Lower-case the whole first: "İ" lower-cases to "i" plus a combining dot, which is then stripped.
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  // Decomposing the non-ASCII code points one at a time, each once, is several times faster on
  // long text than `normalize('NFD')` and `replace(/\p{M}+/gu, '')` over all of it.
  let folded = '';
  let keptFrom = 0;
  for (let index = 0; index < lower.length; index += 1) {
    if (lower.charCodeAt(index) < FIRST_NON_ASCII) continue;
    const codePoint = lower.codePointAt(index) ?? 0;
    const length = codePoint > 0xffff ? 2 : 1;
    const piece = foldCodePoint(codePoint);
    if (piece.length !== length || piece.codePointAt(0) !== codePoint) {
      folded += lower.slice(keptFrom, index) + piece;
      keptFrom = index + length;
    }
    index += length - 1;
  }
  return keptFrom === 0 ? lower : folded + lower.slice(keptFrom);
}

function foldCodePoint(codePoint: number): string {
  let folded = foldedCodePoints.get(codePoint);
  if (folded === undefined) {
    // Lower-case again after NFD, for decompositions into capitals (U+212B Å, the ångström sign).
    folded = String.fromCodePoint(codePoint).toLowerCase().normalize('NFD').toLowerCase().replace(MARKS, '').replaceAll('ς', 'σ');
    foldedCodePoints.set(codePoint, folded);
  }
  return folded;
}

/** The folded terms of a query, in order, without repeats or empty terms: "  LeCun  papers " → ["lecun", "papers"]. */
export function getQueryTerms(query: string): string[] {
  const terms = foldForSearch(query)
    .split(WHITE_SPACE)
    .filter((term) => term !== '');
  return [...new Set(terms)];
}

/**
 * The ranges [start, end) in the original `text` where any term of `query` matches, merged, in
 * order (for `<mark>`). Offsets are UTF-16 indexes into `text`, so they stay right for decomposed
 * letters (a match ends after the combining marks of its last letter), precomposed letters (é) and
 * characters outside the BMP (emoji). Empty when the query has no terms.
 */
export function findMatchRanges(text: string, query: string): [number, number][] {
  const terms = getQueryTerms(query);
  if (terms.length === 0 || text === '') return [];
  const { folded, starts, ends } = foldWithOffsets(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      ranges.push([starts[at] ?? 0, ends[at + term.length - 1] ?? text.length]);
    }
  }
  return mergeRanges(ranges);
}

interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, where the code point it came from starts in the original. */
  starts: number[];
  /** For each UTF-16 unit of `folded`, where that code point ends in the original, marks after it included. */
  ends: number[];
}

function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const codePoint of text) {
    const piece = foldForSearch(codePoint);
    const end = offset + codePoint.length;
    if (piece === '') {
      // A lone combining mark (decomposed input): it belongs to the letter before it.
      for (let index = ends.length - 1; index >= 0 && ends[index] === offset; index -= 1) ends[index] = end;
    }
    for (let index = 0; index < piece.length; index += 1) {
      starts.push(offset);
      ends.push(end);
    }
    folded += piece;
    offset = end;
  }
  return { folded, starts, ends };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
