// Build step: server-renders the bundled story into dist/index.html and dist/embed.html, and
// writes dist/oembed.json. Absolute URLs use QUOTELINE_PUBLIC_URL (default: vite preview's).
// The prerendered marks are placed by a generated stylesheet, not `style` attributes, which a
// strict Content Security Policy blocks (docs/hosting.md).
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const DEFAULT_PUBLIC_URL = 'http://localhost:4173/';
const publicUrl = new URL(process.env.QUOTELINE_PUBLIC_URL || DEFAULT_PUBLIC_URL).href.replace(/\/?$/, '/');
if (!process.env.QUOTELINE_PUBLIC_URL) {
  console.log(`prerender: QUOTELINE_PUBLIC_URL is not set; canonical and oEmbed URLs use ${publicUrl} (see docs/hosting.md)`);
}
const { renderPage, renderOembed, renderStoryData } = await import(pathToFileURL(resolve('dist-ssr/renderPage.js')).href);

// ?src= pages load the validator: enhance.js preloads its chunk and the chunks it imports, named
// here, with the app's code (a modulepreload fetches one module, not what it imports).
const parseChunk = (await readdir(resolve('dist/assets'))).find((name) => /^loadStory-[\w-]+\.js$/.test(name));
if (!parseChunk) throw new Error('dist/assets has no loadStory chunk to preload');
/** The chunk and every chunk it imports, transitively (static imports only), each once. */
const parseChunks = [parseChunk];
for (let index = 0; index < parseChunks.length; index += 1) {
  const source = await readFile(resolve('dist/assets', parseChunks[index]), 'utf8');
  for (const match of source.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) if (!parseChunks.includes(match[1])) parseChunks.push(match[1]);
}
const parseChunkMeta = `<meta name="ql-parse-chunk" content="${parseChunks.map((name) => `./assets/${name}`).join(' ')}" />`;

const pages = [
  ['index.html', renderPage('page', publicUrl)],
  ['embed.html', renderPage('embed', publicUrl)],
];
// One stylesheet for both views' placement rules (each rule a line, named by its content's hash).
const placementRules = [...new Set(pages.flatMap(([, page]) => page.placementCss.split('\n')).filter(Boolean))].sort();
const placementCss = `${placementRules.join('\n')}\n`;
const placementFile = `assets/placements-${createHash('sha256').update(placementCss).digest('base64url').slice(0, 8)}.css`;
await writeFile(resolve('dist', placementFile), placementCss);
const placementLink = `<link rel="stylesheet" href="./${placementFile}" />`;

for (const [file, { headHtml, appHtml }] of pages) {
  const path = resolve('dist', file);
  const template = await readFile(path, 'utf8');
  if (!template.includes('<!--ql-head-->') || !template.includes('<!--ql-app-->')) throw new Error(`${file} lacks the prerender placeholders`);
  // The story's parse result for hydration, as an inert JSON block (validated here, at build time).
  const data = `<script type="application/json" id="ql-story">${renderStoryData()}</script>`;
  // Function replacers: "$" in the content must not be read as a replacement pattern.
  await writeFile(
    path,
    template
      .replace('<title>Quoteline</title>', '')
      .replace('<!--ql-head-->', () => `${headHtml}\n    ${parseChunkMeta}\n    ${placementLink}`)
      .replace('<!--ql-app-->', () => appHtml)
      .replace('</body>', () => `  ${data}\n  </body>`),
  );
}
await writeFile(resolve('dist/oembed.json'), `${JSON.stringify(renderOembed(publicUrl), null, 2)}\n`);
await rm(resolve('dist-ssr'), { recursive: true, force: true });
console.log(`prerender: dist/index.html, dist/embed.html, dist/oembed.json, dist/${placementFile}`);
