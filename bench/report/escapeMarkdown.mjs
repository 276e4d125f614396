// @ts-check
// Escaping for the Markdown report, so data (machine names, story names) cannot change its structure.

/**
 * Escapes text for a Markdown table cell, so it cannot break the table or turn into HTML.
 * @param {string} text
 * @returns {string}
 */
export function escapeMarkdownCell(text) {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/**
 * Escapes text for Markdown prose or a heading, so it cannot turn into emphasis, code, links or HTML.
 * @param {string} text
 * @returns {string}
 */
export function escapeMarkdownText(text) {
  return text.replace(/[\\`*_[\]|<>]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}
