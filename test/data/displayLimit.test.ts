import { describe, expect, it } from 'vitest';
import { countParagraphChars, limitParagraphs, limitText } from '../../src/data/displayLimit';
import type { Paragraph } from '../../src/data/types';

describe('limitParagraphs', () => {
  const paragraphs: Paragraph[] = [[{ text: 'Hello ' }, { text: 'world', href: 'https://example.org/' }], [{ text: 'Second.' }]];

  it('limitParagraphs(paragraphs, limit) keeps paragraphs that fit as they are', () => {
    expect(limitParagraphs(paragraphs, 18)).toEqual({ paragraphs, shownChars: 18, totalChars: 18 });
  });

  it('limitParagraphs(paragraphs, limit) cuts inside a link, which stays a link, and drops what follows', () => {
    expect(limitParagraphs(paragraphs, 8)).toEqual({ paragraphs: [[{ text: 'Hello ' }, { text: 'wo', href: 'https://example.org/' }]], shownChars: 8, totalChars: 18 });
  });

  it('limitParagraphs(paragraphs, limit) cuts a 10 MB paragraph to the limit', () => {
    const huge: Paragraph[] = [[{ text: 'x'.repeat(10_000_000) }]];
    const limited = limitParagraphs(huge, 20_000);
    expect(limited.shownChars).toBe(20_000);
    expect(limited.totalChars).toBe(10_000_000);
    expect(countParagraphChars(limited.paragraphs)).toBe(20_000);
  });
});

describe('limitText', () => {
  it('limitText(text, limit) never splits a surrogate pair', () => {
    expect(limitText('ab😀cd', 3)).toBe('ab');
    expect(limitText('ab😀cd', 4)).toBe('ab😀');
    expect(limitText('abc', 5)).toBe('abc');
  });
});
