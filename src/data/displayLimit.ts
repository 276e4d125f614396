import { isList } from './text';
import type { Block, Paragraph } from './types';

/**
 * Characters of one text field (an event's summary, a quote) shown at first, and shown more per
 * "Show more": 20,000, about ten pages. Laying out a 10 MB quote in one panel held the page for
 * seconds (issue 13); a reader sees the start, a note "Shown N of M characters" and reads on.
 */
export const FIELD_DISPLAY_CHARS = 20_000;

/** Paragraphs and lists cut to a number of characters, and how many there are in all. */
export interface LimitedParagraphs {
  paragraphs: Block[];
  /** Characters kept. */
  shownChars: number;
  /** Characters of the whole text. */
  totalChars: number;
}

/** Counts the characters of paragraphs' and lists' text (links included). */
export function countParagraphChars(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) for (const paragraph of isList(block) ? block.items : [block]) for (const inline of paragraph) total += inline.text.length;
  return total;
}

/**
 * The first `limit` characters of paragraphs and lists, cut inside a run if need be (a link stays
 * a link, a list item stays in its list), never inside a surrogate pair; the blocks themselves
 * when they fit.
 */
export function limitParagraphs(blocks: Block[], limit: number): LimitedParagraphs {
  const totalChars = countParagraphChars(blocks);
  if (totalChars <= limit) return { paragraphs: blocks, shownChars: totalChars, totalChars };
  const kept: Block[] = [];
  let left = Math.max(0, Math.floor(limit));
  const limitRuns = (paragraph: Paragraph): Paragraph => {
    const runs: Paragraph = [];
    for (const inline of paragraph) {
      if (left <= 0) break;
      const text = limitText(inline.text, left);
      runs.push(text === inline.text ? inline : { ...inline, text });
      left -= text.length;
    }
    return runs;
  };
  for (const block of blocks) {
    if (left <= 0) break;
    if (!isList(block)) {
      kept.push(limitRuns(block));
      continue;
    }
    const items: Paragraph[] = [];
    for (const item of block.items) {
      if (left <= 0) break;
      items.push(limitRuns(item));
    }
    kept.push({ list: block.list, items });
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
