import { parse } from 'parse5';
import { reduceHtml, type HtmlNodeLike } from './html';
import type { Block } from './types';

/** The parse5 node fields the adapter reads (its default tree adapter). */
interface Parse5Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
}

const NO_CHILDREN: readonly HtmlNodeLike[] = [];

/**
 * A parse5 node seen as the DOM-like node `reduceHtmlNodes` reads. Children are adapted when read,
 * one level at a time, so deep nesting costs no recursion here.
 */
function adapt(node: Parse5Node): HtmlNodeLike {
  if (node.nodeName === '#text') return { nodeType: 3, nodeName: '#text', textContent: node.value ?? '', childNodes: NO_CHILDREN };
  if (node.nodeName.startsWith('#') && node.nodeName !== '#document-fragment') return { nodeType: 8, nodeName: node.nodeName, textContent: null, childNodes: NO_CHILDREN };
  return {
    nodeType: node.nodeName === '#document-fragment' ? 11 : 1,
    nodeName: node.nodeName === '#document-fragment' ? node.nodeName : node.nodeName.toUpperCase(),
    textContent: null,
    get childNodes() {
      return (node.childNodes ?? []).map(adapt);
    },
    getAttribute: (name) => node.attrs?.find((attribute) => attribute.name === name)?.value ?? null,
  };
}

/**
 * Reduces TimelineJS HTML to paragraphs and lists of text, safe links and emphasis in plain Node,
 * as `DOMParser` does in the browser: parse5 (the HTML parser jsdom uses) builds the tree, nothing
 * runs or loads, and `reduceHtmlNodes` reads only text, checked links and element kinds from it.
 */
export function reduceHtmlInNode(html: string): Block[] {
  return reduceHtml(html, (text) => {
    // A whole document's body, as `DOMParser` gives the page: a fragment is parsed in a template's
    // context, where a stray `</p>` makes no paragraph break and the two reducers would disagree.
    const document = parse(text) as unknown as Parse5Node;
    const body = findChild(findChild(document, 'html'), 'body');
    return body ? adapt(body) : null;
  });
}

function findChild(node: Parse5Node | undefined, nodeName: string): Parse5Node | undefined {
  return node?.childNodes?.find((child) => child.nodeName === nodeName);
}
