// @ts-check

/** The line that opens the README's benchmark section. */
const README_START_MARKER = '<!-- bench:start -->';
/** The line that closes the README's benchmark section. */
const README_END_MARKER = '<!-- bench:end -->';

/**
 * Replaces everything between the lines `<!-- bench:start -->` and `<!-- bench:end -->` (markers
 * kept) with the table and an image link to the chart. Without both markers, in that order, it
 * returns the README unchanged with `updated: false`.
 * @param {string} readme
 * @param {string} tableMarkdown
 * @param {string} chartPath path of the SVG relative to the README, e.g. `bench/results/latest.svg`
 * @returns {{ text: string, updated: boolean }}
 */
export function updateReadme(readme, tableMarkdown, chartPath) {
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === README_START_MARKER);
  const end = start === -1 ? -1 : lines.findIndex((line, i) => i > start && line.trim() === README_END_MARKER);
  if (start === -1 || end === -1) return { text: readme, updated: false };
  const body = [...tableMarkdown.trim().split(/\r?\n/), '', `![Ratios Quoteline / TimelineJS](${encodeMarkdownUrl(chartPath)})`];
  const text = [...lines.slice(0, start + 1), '', ...body, '', ...lines.slice(end)].join(eol);
  return { text, updated: true };
}

/**
 * Turns a relative file path into a Markdown link target: forward slashes, and spaces and
 * brackets percent-encoded so they cannot end the link.
 * @param {string} path
 * @returns {string}
 */
function encodeMarkdownUrl(path) {
  return path.replace(/\\/g, '/').replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
