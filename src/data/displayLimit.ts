import type { Paragraph } from './types';

/**
 * Characters of one text field (an event's summary, a quote) shown at first, and shown more per
 * "Show more": 20,000, about ten pages. Laying out a 10 MB quote in one panel held the page for
 * seconds (issue 13); a reader sees the start, a note "Shown N of M characters" and reads on.
 */
export const FIELD_DISPLAY_CHARS = 20_000;

/** Paragraphs cut to a number of characters, and how many there are in all. */
export interface LimitedParagraphs {
  paragraphs: Paragraph[];
  /** Characters kept. */
  shownChars: number;
  /** Characters of the whole text. */
  totalChars: number;
}

/** Counts the characters of paragraphs' text (links included). */
export function countParagraphChars(paragraphs: readonly Paragraph[]): number {
  let total = 0;
  for (const paragraph of paragraphs) for (const inline of paragraph) total += inline.text.length;
  return total;
}

/**
 * The first `limit` characters of paragraphs, cut inside a run if need be (a link stays a link),
 * never inside a surrogate pair; the paragraphs themselves when they fit.
 */
export function limitParagraphs(paragraphs: Paragraph[], limit: number): LimitedParagraphs {
  const totalChars = countParagraphChars(paragraphs);
  if (totalChars <= limit) return { paragraphs, shownChars: totalChars, totalChars };
  const kept: Paragraph[] = [];
  let left = Math.max(0, Math.floor(limit));
  for (const paragraph of paragraphs) {
    if (left <= 0) break;
    const runs: Paragraph = [];
    for (const inline of paragraph) {
      if (left <= 0) break;
      const text = limitText(inline.text, left);
      runs.push(text === inline.text ? inline : { ...inline, text });
      left -= text.length;
    }
    kept.push(runs);
  }
  return { paragraphs: kept, shownChars: countParagraphChars(kept), totalChars };
}

/** The first `limit` characters of a text, one fewer if the cut would split a surrogate pair. */
export function limitText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = Math.max(0, Math.floor(limit));
  const last = text.charCodeAt(end - 1);
  // A high surrogate at the end would show as a broken character.
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}
