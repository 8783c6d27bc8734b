/**
 * A small static file server for `dist/`, used by `npm start` and by the browser tests.
 * Binds to 127.0.0.1 only, serves the site under its base path, answers unknown URLs with the
 * site's 404 page, and sends the same security headers as the README's server examples.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
// Pagefind's files have no standard extension.
const PAGEFIND_TYPES = { '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream' };

/**
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, requests: string[] }>}
 */
export function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const dir = resolve(root);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const notFound = join(dir, '404.html');
  const requests = [];
  const server = createServer((req, res) => {
    try {
      serveFile(req, res);
    } catch {
      // A request no rule foresaw gets an error, not the end of the server.
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
    }
  });
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  function serveFile(req, res) {
    // The path as the client wrote it, repeated slashes collapsed: "//" is not a host name here
    // (new URL('//', …) would throw, and a redirect to "//host/" would leave the site).
    const [path = '/', ...query] = (req.url ?? '/').split('?');
    const url = new URL(`http://localhost/${path.replace(/\/{2,}/g, '/').replace(/^\//, '')}${query.length ? `?${query.join('?')}` : ''}`);
    requests.push(url.pathname + url.search);
    const send404 = () => {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    };
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send404();
    }
    if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return send404();
    if (prefix && pathname === prefix) {
      res.writeHead(301, { location: `${prefix}/` });
      return res.end();
    }
    const relative = pathname.slice(prefix.length);
    let file = normalize(join(dir, relative));
    if (file !== dir && !file.startsWith(dir + sep)) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!relative.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return send404();
    const ext = extname(file);
    // As in the README's server examples: Astro's assets are hashed; Pagefind's scripts, entry
    // file and the date order keep their names from build to build.
    const cacheControl = relative.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : relative.startsWith('/pagefind/') ? 'public, max-age=3600' : 'no-cache';
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? PAGEFIND_TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  }
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}${prefix}/`,
        port: actualPort,
        requests,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}
