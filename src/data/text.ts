import type { Block, Inline, List, Paragraph } from './types';

/** Longest axis label derived from a headline, in characters. @default 28 */
export const MAX_LABEL_CHARS = 28;

/** Shortens a headline to a label at a word boundary, with an ellipsis when cut. */
export function createLabel(headline: string, maxChars = MAX_LABEL_CHARS): string {
  const text = headline.trim().replace(/\s+/g, ' ');
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** Splits plain text into paragraphs at blank lines. */
export function toParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => [{ text: part }]);
}

/** Makes a kebab-case id from any text: `"Event 0001"` → `event-0001`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True for a list block, false for a paragraph. */
export function isList(block: Block): block is List {
  return !Array.isArray(block);
}

/** The paragraphs of a block: the paragraph itself, or a list's items. */
export function getBlockParagraphs(block: Block): Paragraph[] {
  return isList(block) ? block.items : [block];
}

/** Every inline run of some blocks, in reading order (for links, marks and search). */
export function getInlines(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((block) => getBlockParagraphs(block).flat());
}

/**
 * Plain text of blocks, for places that take no markup (titles, labels, descriptions, the
 * native format): blank lines between blocks, a list as one line per item marked `-` or `1.`.
 */
export function toPlainText(blocks: readonly Block[]): string {
  const toText = (paragraph: Paragraph): string => paragraph.map((inline) => inline.text).join('');
  return blocks.map((block) => (isList(block) ? block.items.map((item, index) => `${block.list === 'ol' ? `${index + 1}.` : '-'} ${toText(item)}`).join('\n') : toText(block))).join('\n\n');
}
