// Build step: server-renders the bundled story into dist/index.html and dist/embed.html (in the
// story's language), the same per language into dist/<lang>/index.html and dist/<lang>/embed.html
// (QUOTELINE_LANGUAGES, default "ar,ja"; empty for none), and writes dist/oembed.json. Absolute
// URLs use QUOTELINE_PUBLIC_URL (default: vite preview's).
// The prerendered marks are placed by a generated stylesheet, not `style` attributes, which a
// strict Content Security Policy blocks (docs/hosting.md).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const DEFAULT_PUBLIC_URL = 'http://localhost:4173/';
const publicUrl = new URL(process.env.QUOTELINE_PUBLIC_URL || DEFAULT_PUBLIC_URL).href.replace(/\/?$/, '/');
if (!process.env.QUOTELINE_PUBLIC_URL) {
  console.log(`prerender: QUOTELINE_PUBLIC_URL is not set; canonical and oEmbed URLs use ${publicUrl} (see docs/hosting.md)`);
}
const { renderPage, renderOembed, renderStoryData } = await import(pathToFileURL(resolve('dist-ssr/renderPage.js')).href);

/** Languages prerendered by default, each in a folder of its own: one right to left, one in CJK. */
const DEFAULT_LANGUAGES = 'ar,ja';
const languages = [
  ...new Set(
    (process.env.QUOTELINE_LANGUAGES ?? DEFAULT_LANGUAGES)
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];
for (const tag of languages) {
  // The tag names a folder: only letters, digits and hyphens (renderPage checks it is BCP 47).
  if (!/^[A-Za-z0-9-]+$/.test(tag)) throw new Error(`QUOTELINE_LANGUAGES: "${tag}" is not a BCP 47 language tag`);
}

// ?src= pages load the validator: enhance.js preloads its chunk and the chunks it imports, named
// here, with the app's code (a modulepreload fetches one module, not what it imports).
const assets = await readdir(resolve('dist/assets'));
/** The chunk whose name matches `pattern`, and every chunk it imports, transitively (static imports only), each once. */
async function findChunks(pattern, what) {
  const first = assets.find((name) => pattern.test(name));
  if (!first) throw new Error(`dist/assets has no ${what} chunk to preload`);
  const chunks = [first];
  for (let index = 0; index < chunks.length; index += 1) {
    const source = await readFile(resolve('dist/assets', chunks[index]), 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) if (!chunks.includes(match[1])) chunks.push(match[1]);
  }
  return chunks;
}
const parseChunks = await findChunks(/^loadStory-[\w-]+\.js$/, 'loadStory');
/** `root`: the relative path from the page to the site's folder ("./", or "../" for a language page). */
const parseChunkMeta = (root) => `<meta name="ql-parse-chunk" content="${parseChunks.map((name) => `${root}assets/${name}`).join(' ')}" />`;
// A language page loads its catalog before hydrating: preloaded with the app's code, not after it.
// Catalogs are named after their language (src/i18n/catalogs/<language>.ts); English is in the app.
const catalogPreloads = async (language, root) => {
  const catalog = language.split('-')[0].toLowerCase();
  if (catalog === 'en' || !assets.some((name) => name.startsWith(`${catalog}-`))) return '';
  const chunks = await findChunks(new RegExp(`^${catalog}-[\\w-]+\\.js$`), `${catalog} catalog`);
  return chunks.map((name) => `\n    <link rel="modulepreload" crossorigin href="${root}assets/${name}" />`).join('');
};

// The templates Vite wrote, read before any page is written over them.
const templates = { 'index.html': await readFile(resolve('dist/index.html'), 'utf8'), 'embed.html': await readFile(resolve('dist/embed.html'), 'utf8') };

// [file, page, language]: the site's own pages, then each language's, one folder down.
const pages = [
  ['index.html', await renderPage('page', publicUrl, { languages }), undefined],
  ['embed.html', await renderPage('embed', publicUrl, { languages }), undefined],
];
for (const language of languages) {
  await mkdir(resolve('dist', language), { recursive: true });
  pages.push([`${language}/index.html`, await renderPage('page', publicUrl, { language, languages }), language]);
  pages.push([`${language}/embed.html`, await renderPage('embed', publicUrl, { language, languages }), language]);
}
// One stylesheet for both views' placement rules (each rule a line, named by its content's hash).
const placementRules = [...new Set(pages.flatMap(([, page]) => page.placementCss.split('\n')).filter(Boolean))].sort();
const placementCss = `${placementRules.join('\n')}\n`;
const placementFile = `assets/placements-${createHash('sha256').update(placementCss).digest('base64url').slice(0, 8)}.css`;
await writeFile(resolve('dist', placementFile), placementCss);

for (const [file, { headHtml, appHtml, lang, dir }, language] of pages) {
  const path = resolve('dist', file);
  const root = language === undefined ? './' : '../';
  // A language page is the site's page one folder down: its links to the site's files go up one.
  let template = templates[file.replace(/^.*\//, '')];
  if (language !== undefined) template = template.replace(/(\s(?:href|src))="\.\//g, '$1="../');
  if (!/<html lang="[^"]*"/.test(template)) throw new Error(`${file} lacks <html lang>`);
  const placementLink = `<link rel="stylesheet" href="${root}${placementFile}" />`;
  const languageMeta = language === undefined ? '' : `\n    <meta name="quoteline-lang" content="${language}" />${await catalogPreloads(language, root)}`;
  if (!template.includes('<!--ql-head-->') || !template.includes('<!--ql-app-->')) throw new Error(`${file} lacks the prerender placeholders`);
  // The story's parse result for hydration, as an inert JSON block (validated here, at build time).
  const data = `<script type="application/json" id="ql-story">${renderStoryData()}</script>`;
  // Function replacers: "$" in the content must not be read as a replacement pattern.
  await writeFile(
    path,
    template
      .replace(/<html lang="[^"]*"/, () => `<html lang="${lang}" dir="${dir}"`)
      .replace('<title>Quoteline</title>', '')
      .replace('<!--ql-head-->', () => `${headHtml}\n    ${parseChunkMeta(root)}\n    ${placementLink}${languageMeta}`)
      .replace('<!--ql-app-->', () => appHtml)
      .replace('</body>', () => `  ${data}\n  </body>`),
  );
}
await writeFile(resolve('dist/oembed.json'), `${JSON.stringify(renderOembed(publicUrl), null, 2)}\n`);
await rm(resolve('dist-ssr'), { recursive: true, force: true });
console.log(`prerender: ${pages.map(([file]) => `dist/${file}`).join(', ')}, dist/oembed.json, dist/${placementFile}`);
