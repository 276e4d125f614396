// @ts-check

/** XML's five predefined entities, by the character they stand for. */
const XML_ENTITIES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
]);

/**
 * Escapes text for XML content and attribute values.
 * @param {unknown} text
 * @returns {string}
 */
export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => XML_ENTITIES.get(c) ?? c);
}
