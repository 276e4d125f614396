import { isSafeLink } from './safeUrl';
import type { Block, Inline, List, Paragraph } from './types';

/** The DOM node fields the reducer reads; a sanitised fragment from any DOM provides them. */
export interface HtmlNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNodeLike>;
  getAttribute?: (name: string) => string | null;
}

/**
 * Most tags one HTML field may have before it is read as plain text, its tags stripped, instead
 * of parsed: HTML parsers take quadratic time on deeply nested elements (parse5 needs over a second
 * for 10,000 nested `div`s), and no real TimelineJS text comes near it. @default 2000
 */
export const MAX_HTML_TAGS = 2000;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;
/**
 * Elements whose content is never text for the reader: code, styles, embedded documents, forms,
 * media and foreign content (DOMPurify's FORBID_CONTENTS, and the reason it drops them).
 */
const SKIPPED_TAGS = new Set(
  (
    'SCRIPT STYLE LINK META BASE TEMPLATE NOSCRIPT NOEMBED NOFRAMES TITLE HEAD IFRAME FRAME FRAMESET OBJECT EMBED PARAM APPLET ' +
    'IMG PICTURE AUDIO VIDEO SOURCE TRACK CANVAS MAP SVG MATH XMP PLAINTEXT FORM INPUT BUTTON SELECT OPTION OPTGROUP DATALIST ' +
    'TEXTAREA KEYGEN PORTAL FENCEDFRAME'
  ).split(' '),
);
const BLOCK_TAGS = new Set('P DIV LI BLOCKQUOTE H1 H2 H3 H4 H5 H6 SECTION ARTICLE TABLE TR PRE HR'.split(' '));
const LIST_TAGS = new Set(['UL', 'OL']);
const EM_TAGS = new Set(['EM', 'I']);
const STRONG_TAGS = new Set(['STRONG', 'B']);

/** The marks inherited from enclosing elements: a checked link, emphasis, strong importance. */
interface Marks {
  href: string | undefined;
  em: boolean;
  strong: boolean;
}

/** One step of the walk: a node to read, or the end of an element to close. */
type Step = { node: HtmlNodeLike; marks: Marks } | { closing: string };

/**
 * Reduces a DOM tree (an inert `DOMParser` document, or any node-like tree) to paragraphs and lists
 * of text, safe links, emphasis (`em`, `i`) and strong (`strong`, `b`); a `br` is a line break, two
 * end the paragraph. Nothing else survives: no element, no attribute but a checked `href` (never
 * `id`, `name`, `class` or `style`), and no text from scripts, styles, forms, frames, media or
 * foreign content. The walk is iterative, so any depth of nesting reads in linear time.
 */
export function reduceHtmlNodes(root: HtmlNodeLike): Block[] {
  const blocks: Block[] = [];
  let current: Inline[] = [];
  let list: List | undefined;
  let listDepth = 0;
  const flush = (): void => {
    const trimmed = trimParagraph(current);
    if (trimmed.length > 0) (list ? list.items : blocks).push(trimmed);
    current = [];
  };
  const stack: Step[] = [{ node: root, marks: { href: undefined, em: false, strong: false } }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if ('closing' in step) {
      if (BLOCK_TAGS.has(step.closing)) flush();
      if (LIST_TAGS.has(step.closing)) {
        flush();
        listDepth -= 1;
        if (listDepth === 0 && list) {
          if (list.items.length > 0) blocks.push(list);
          list = undefined;
        }
      }
      continue;
    }
    const { node, marks } = step;
    if (node.nodeType === TEXT_NODE) {
      appendText(current, (node.textContent ?? '').replace(/\s+/g, ' '), marks);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      if (appendBreak(current)) flush();
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    if (LIST_TAGS.has(tag)) {
      flush();
      listDepth += 1;
      list ??= { list: tag === 'OL' ? 'ol' : 'ul', items: [] };
    }
    stack.push({ closing: tag });
    const link = tag === 'A' ? node.getAttribute?.('href')?.trim() : undefined;
    const childMarks: Marks = {
      href: link !== undefined && isSafeLink(link) ? link : marks.href,
      em: marks.em || EM_TAGS.has(tag),
      strong: marks.strong || STRONG_TAGS.has(tag),
    };
    for (let index = node.childNodes.length - 1; index >= 0; index -= 1) {
      const child = node.childNodes[index];
      if (child) stack.push({ node: child, marks: childMarks });
    }
  }
  flush();
  if (list && list.items.length > 0) blocks.push(list);
  return blocks;
}

/**
 * Reduces an HTML string with `parse` (a DOM or parse5 adapter), or, past `MAX_HTML_TAGS` tags,
 * as plain text with its tags stripped, so that no parser sees pathological nesting.
 */
export function reduceHtml(html: string, parse: (html: string) => HtmlNodeLike | null): Block[] {
  if (countTags(html) > MAX_HTML_TAGS) return stripTags(html);
  const root = parse(html);
  return root ? reduceHtmlNodes(root) : [];
}

/** Number of start and end tags (and comments) in HTML, counted without parsing it. */
export function countTags(html: string): number {
  return html.match(/<[a-zA-Z/!?]/g)?.length ?? 0;
}

/** Tags whose content is not text even as plain text: it is dropped up to the matching end tag. */
const RAW_TEXT_TAGS = new Set('SCRIPT STYLE TEXTAREA TITLE XMP IFRAME NOEMBED NOFRAMES NOSCRIPT TEMPLATE SVG MATH SELECT OBJECT'.split(' '));

/**
 * HTML as one paragraph of plain text in linear time: tags are dropped (and the content of
 * scripts, styles and the like up to their end tag), a few entities decoded, whitespace collapsed.
 */
export function stripTags(html: string): Block[] {
  const lower = html.toLowerCase();
  let text = '';
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      text += html.slice(index);
      break;
    }
    text += html.slice(index, open);
    if (!/[a-zA-Z/!?]/.test(html.charAt(open + 1))) {
      text += '<';
      index = open + 1;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close === -1) break; // an unfinished tag is no text, as for the parser
    index = close + 1;
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(open, Math.min(close, open + 32)))?.[1]?.toUpperCase();
    // Words either side of a block or a line break stay apart; inline tags join them.
    if (name !== undefined && (BLOCK_TAGS.has(name) || LIST_TAGS.has(name) || name === 'BR')) text += ' ';
    if (html.charAt(open + 1) === '/') continue;
    if (name !== undefined && RAW_TEXT_TAGS.has(name)) {
      const end = lower.indexOf(`</${name.toLowerCase()}`, index);
      if (end === -1) break;
      index = end;
    }
  }
  const plain = decodeEntities(text).replace(/\s+/g, ' ').trim();
  return plain === '' ? [] : [[{ text: plain }]];
}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[a-zA-Z]{2,6});?/g, (entity, body: string) => {
    if (!body.startsWith('#')) return NAMED_ENTITIES.get(body.toLowerCase()) ?? entity;
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    const isScalar = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return isScalar ? String.fromCodePoint(code) : '\ufffd';
  });
}

function isSameMarks(inline: Inline, marks: Marks): boolean {
  return inline.href === marks.href && (inline.em === true) === marks.em && (inline.strong === true) === marks.strong;
}

function appendText(inlines: Inline[], text: string, marks: Marks): void {
  // After a line break, a space starts nothing.
  const trimmed = inlines.at(-1)?.text.endsWith('\n') ? text.replace(/^ +/, '') : text;
  if (trimmed === '') return;
  const last = inlines[inlines.length - 1];
  if (last && isSameMarks(last, marks)) {
    last.text += trimmed;
    return;
  }
  const inline: Inline = { text: trimmed };
  if (marks.href !== undefined) inline.href = marks.href;
  if (marks.em) inline.em = true;
  if (marks.strong) inline.strong = true;
  inlines.push(inline);
}

/** Adds a line break to a paragraph; true when it was the second in a row, which ends the paragraph. */
function appendBreak(inlines: Inline[]): boolean {
  const last = inlines[inlines.length - 1];
  if (!last) return false;
  if (last.text.endsWith('\n')) {
    last.text = last.text.slice(0, -1);
    return true;
  }
  last.text = `${last.text.replace(/ +$/, '')}\n`;
  return false;
}

function trimParagraph(inlines: Inline[]): Paragraph {
  const result = inlines.map((inline) => ({ ...inline }));
  const first = result[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = result[result.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return result.filter((inline) => inline.text !== '');
}
