import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatchRanges, foldForSearch, getQueryTerms } from '../../src/search/normalize';

/** The marked substrings, as a reader sees them highlighted. */
function marked(text: string, query: string): string[] {
  return findMatchRanges(text, query).map(([start, end]) => text.slice(start, end));
}

describe('foldForSearch', () => {
  it('foldForSearch(text) ignores case and diacritics', () => {
    expect(foldForSearch('LeCun')).toBe('lecun');
    expect(foldForSearch('Décision')).toBe('decision');
    expect(foldForSearch('Ångström')).toBe('angstrom');
    expect(foldForSearch('ÇA VA, NAÏVE?')).toBe('ca va, naive?');
    expect(foldForSearch('İstanbul')).toBe('istanbul');
  });

  it('foldForSearch(text) folds composed and decomposed input alike', () => {
    expect(foldForSearch('caf\u00e9')).toBe('cafe');
    expect(foldForSearch('cafe\u0301')).toBe('cafe');
    expect(foldForSearch('\u212bngstr\u00f6m')).toBe('angstrom'); // the ångström sign
    expect(foldForSearch('A\u030angstro\u0308m')).toBe('angstrom');
  });

  it('foldForSearch(text) folds the final sigma, so a Greek word matches wherever it ends', () => {
    expect(foldForSearch('ΟΔΟΣ')).toBe(foldForSearch('οδος'));
    expect(foldForSearch('οδος')).toBe('οδοσ');
  });

  it('foldForSearch(text) keeps punctuation, digits, emoji and letters without diacritics', () => {
    expect(foldForSearch('“1 million robotaxis” — 2020 🙂 東京 ß')).toBe('“1 million robotaxis” — 2020 🙂 東京 ß');
  });

  it('foldForSearch(text) equals folding each code point and joining the results', () => {
    const unicodeText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom('a', 'É', 'e\u0301', 'Σ', 'ς', ' ', 'İ', '🙂', '\u212b', 'ǅ'), maxLength: 20 }));
    fc.assert(
      fc.property(unicodeText, (text) => {
        expect(foldForSearch(text)).toBe([...text].map(foldForSearch).join(''));
      }),
    );
  });
});

describe('getQueryTerms', () => {
  it('getQueryTerms(query) splits on white space, folds and drops repeats and empty terms', () => {
    expect(getQueryTerms('  LeCun\tpapers  lecun ')).toEqual(['lecun', 'papers']);
    expect(getQueryTerms('   ')).toEqual([]);
  });
});

describe('findMatchRanges', () => {
  it('findMatchRanges(text, query) gives ranges in the original text, ignoring case', () => {
    expect(findMatchRanges('Yann LeCun and lecun', 'LECUN')).toEqual([
      [5, 10],
      [15, 20],
    ]);
  });

  it('findMatchRanges(text, query) matches accented text from a plain query and the other way round', () => {
    expect(marked('Une décision rapide', 'decision')).toEqual(['décision']);
    expect(marked('A decision', 'décision')).toEqual(['decision']);
  });

  it('findMatchRanges(text, query) marks a decomposed letter with its combining mark', () => {
    const text = 'Le cafe\u0301 du coin';
    expect(findMatchRanges(text, 'café')).toEqual([[3, 8]]);
    expect(marked(text, 'e')).toEqual(['e', 'e\u0301']);
    expect(marked('A\u030angstro\u0308m', 'angstrom')).toEqual(['A\u030angstro\u0308m']);
  });

  it('findMatchRanges(text, query) counts characters outside the BMP as two code units', () => {
    const text = '🙂🙂 LeCun';
    expect(findMatchRanges(text, 'lecun')).toEqual([[5, 10]]);
    expect(marked('👩‍🔬 Décision', 'decision')).toEqual(['Décision']);
  });

  it('findMatchRanges(text, query) merges overlapping and touching terms', () => {
    expect(findMatchRanges('technical papers', 'techn chnical')).toEqual([[0, 9]]);
    expect(findMatchRanges('technical papers', 'tech nical papers')).toEqual([
      [0, 9],
      [10, 16],
    ]);
    expect(findMatchRanges('aaaa', 'aa')).toEqual([[0, 4]]);
  });

  it('findMatchRanges(text, query) is empty without terms or matches', () => {
    expect(findMatchRanges('LeCun', '   ')).toEqual([]);
    expect(findMatchRanges('LeCun', 'musk')).toEqual([]);
    expect(findMatchRanges('', 'musk')).toEqual([]);
  });

  it('findMatchRanges(text, query) maps a letter that lower-cases to two code units onto the one letter', () => {
    expect(marked('İstanbul', 'ist')).toEqual(['İst']);
  });
});
