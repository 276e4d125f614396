// A plain static file server for tests, screenshots and the benchmark: serves one folder on a
// free loopback port (never a fixed one), with gzip when the client asks for it. Each file is
// compressed once and kept, as hosts and CDNs keep compressed files: compressing a 50 MB story on
// every request took a second of the 2-core machine's CPU from the browser being measured.
import { createReadStream, promises as fs } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

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
  /** Compressed bodies by path, size and modification time. @type {Map<string, Promise<Buffer>>} */
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    let stat;
    try {
      stat = await fs.stat(path);
      if (stat.isDirectory()) {
        path = join(path, 'index.html');
        stat = await fs.stat(path);
      }
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain', ...headers(url.pathname) }).end('Not found');
      return;
    }
    const extension = extname(path);
    const isGzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let body;
    if (isGzip) {
      const key = `${path}|${stat.size}|${stat.mtimeMs}`;
      if (!compressed.has(key))
        compressed.set(
          key,
          fs.readFile(path).then((bytes) => gzip(bytes)),
        );
      body = await compressed.get(key);
    }
    response.writeHead(200, {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(isGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      ...headers(url.pathname),
    });
    if (body) response.end(body);
    else createReadStream(path).pipe(response);
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
