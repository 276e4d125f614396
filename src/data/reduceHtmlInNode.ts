import { parse } from 'parse5';
import { reduceHtmlNodes, type HtmlNodeLike } from './html';
import type { Paragraph } from './types';

/** The parse5 node fields the adapter reads (its default tree adapter). */
interface Parse5Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
}

/** A parse5 node seen as the DOM-like node `reduceHtmlNodes` reads. */
function adapt(node: Parse5Node): HtmlNodeLike {
  const children = (node.childNodes ?? []).map(adapt);
  if (node.nodeName === '#text') return { nodeType: 3, nodeName: '#text', textContent: node.value ?? '', childNodes: [] };
  if (node.nodeName === '#document-fragment') return { nodeType: 11, nodeName: '#document-fragment', textContent: null, childNodes: children };
  if (node.nodeName.startsWith('#')) return { nodeType: 8, nodeName: node.nodeName, textContent: null, childNodes: [] };
  return {
    nodeType: 1,
    nodeName: node.nodeName.toUpperCase(),
    textContent: null,
    childNodes: children,
    getAttribute: (name) => node.attrs?.find((attribute) => attribute.name === name)?.value ?? null,
  };
}

/**
 * Reduces TimelineJS HTML to paragraphs of text and safe links where there is no DOM (Node, a Web
 * Worker), as `DOMParser` does in
 * the browser: parse5 (the HTML parser jsdom uses) builds the tree, nothing runs or loads, and
 * `reduceHtmlNodes` reads only text and checked links from it.
 */
export function reduceHtmlInNode(html: string): Paragraph[] {
  // A whole document's body, as `DOMParser` gives the page: a fragment is parsed in a template's
  // context, where a stray `</p>` makes no paragraph break and the two reducers would disagree.
  const document = parse(html) as unknown as Parse5Node;
  const body = findChild(findChild(document, 'html'), 'body');
  return body ? reduceHtmlNodes(adapt(body)) : [];
}

function findChild(node: Parse5Node | undefined, nodeName: string): Parse5Node | undefined {
  return node?.childNodes?.find((child) => child.nodeName === nodeName);
}
