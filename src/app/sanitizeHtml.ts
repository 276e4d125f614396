import DOMPurify from 'dompurify';
import { reduceHtmlNodes } from '../data/html';
import type { Paragraph } from '../data/types';

const ALLOWED_TAGS = ['a', 'b', 'strong', 'i', 'em', 'p', 'br', 'div', 'span', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Sanitises TimelineJS HTML with DOMPurify into an inert fragment, then keeps only its text and
 * safe links. Loaded on demand, only for stories that carry HTML.
 */
export function sanitizeHtmlToParagraphs(html: string): Paragraph[] {
  const fragment = DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href'], RETURN_DOM_FRAGMENT: true });
  return reduceHtmlNodes(fragment);
}
