import { isSafeLink } from './safeUrl';
import type { Inline, Paragraph } from './types';

/** The DOM node fields the reducer reads; a sanitised fragment from any DOM provides them. */
export interface HtmlNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNodeLike>;
  getAttribute?: (name: string) => string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;
/**
 * Elements whose content is never text for the reader: code, styles, embedded documents, media
 * and foreign content (DOMPurify's FORBID_CONTENTS, and the reason it drops them).
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'NOEMBED',
  'NOFRAMES',
  'TITLE',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'AUDIO',
  'VIDEO',
  'SVG',
  'MATH',
  'XMP',
  'PLAINTEXT',
  'TEXTAREA',
  'SELECT',
]);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'SECTION', 'ARTICLE']);

/**
 * Reduces a DOM tree (an inert `DOMParser` document, or any node-like tree) to paragraphs of text
 * and safe links; nothing else survives: no element, no attribute but a checked `href`, and no
 * text from scripts, styles, frames, media or foreign content.
 */
export function reduceHtmlNodes(root: HtmlNodeLike): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Inline[] = [];
  const flush = (): void => {
    const trimmed = trimParagraph(current);
    if (trimmed.length > 0) paragraphs.push(trimmed);
    current = [];
  };
  const visit = (node: HtmlNodeLike, href: string | undefined): void => {
    if (node.nodeType === TEXT_NODE) {
      appendText(current, (node.textContent ?? '').replace(/\s+/g, ' '), href);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    const link = tag === 'A' ? node.getAttribute?.('href')?.trim() : undefined;
    const nextHref = link !== undefined && isSafeLink(link) ? link : href;
    for (let index = 0; index < node.childNodes.length; index += 1) {
      const child = node.childNodes[index];
      if (child) visit(child, nextHref);
    }
    if (isBlock) flush();
  };
  visit(root, undefined);
  flush();
  return paragraphs;
}

function appendText(inlines: Inline[], text: string, href: string | undefined): void {
  if (text === '') return;
  const last = inlines[inlines.length - 1];
  if (last && last.href === href) {
    last.text += text;
    return;
  }
  inlines.push(href === undefined ? { text } : { text, href });
}

function trimParagraph(inlines: Inline[]): Inline[] {
  const result = inlines.map((inline) => ({ ...inline }));
  const first = result[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = result[result.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return result.filter((inline) => inline.text !== '');
}
