import type { Paragraph } from './types';

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

/** Plain text of paragraphs, for places that take no markup (titles, labels). */
export function toPlainText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((paragraph) => paragraph.map((inline) => inline.text).join('')).join('\n\n');
}
