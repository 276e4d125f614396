// A plain static file server for tests, screenshots and the benchmark: serves one folder on a
// free loopback port (never a fixed one), with gzip when the client asks for it.
import { createReadStream, promises as fs } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt', '.csv']);

/**
 * Starts a server for `root` on 127.0.0.1 and a free port.
 * `headers(path)` may add response headers per file. Resolves to { url, origin, close }.
 */
export async function startStaticServer(root, { headers = () => ({}) } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const stat = await fs.stat(path);
      if (stat.isDirectory()) path = join(path, 'index.html');
      await fs.access(path);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain', ...headers(url.pathname) }).end('Not found');
      return;
    }
    const extension = extname(path);
    const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      ...headers(url.pathname),
    });
    const stream = createReadStream(path);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: `${origin}/`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose(undefined))),
  };
}
