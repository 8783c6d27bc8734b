/**
 * Serves a built `dist/` on 127.0.0.1 (a free port) under its base path, with sirv, for the
 * browser tests, the benchmark and the screenshots: several sites at once, each request logged.
 * Unknown paths get the site's 404 page. `npm start` uses `astro preview` instead.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';

export interface ServedSite {
  /** The site's URL, base path included, ending in `/`. */
  url: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveDist(dist: string, base = '/'): Promise<ServedSite> {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const files = sirv(dist, { dev: true, etag: true });
  const requests: string[] = [];
  const notFound = async (res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(await readFile(join(dist, '404.html')).catch(() => 'Not found'));
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    if (prefix && path !== prefix && !path.startsWith(`${prefix}/`)) return void notFound(res);
    req.url = path.slice(prefix.length) || '/';
    files(req, res, () => void notFound(res));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${prefix}/`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
