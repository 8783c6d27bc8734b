/**
 * Serves a built `dist/` on 127.0.0.1 under its base path, with sirv: `npm start` and
 * `npm run preview` (port 4321), and the browser tests, the benchmark and the screenshots (a free
 * port each, requests logged). For local preview only, not for serving the site.
 *
 * Two things `astro preview` does not do: only GET and HEAD are answered (405 otherwise), and no
 * file is served through a symbolic link that leads out of `dist/`. Unknown paths get the site's
 * 404 page.
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

export interface ServedSite {
  /** The site's URL, base path included, ending in `/`. */
  url: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Whether `path` (under `root`, dist/ itself), or the page it stands for, is reached through a link out of it. */
function leavesDist(root: string, path: string): boolean {
  for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
    let real: string;
    try {
      real = realpathSync(join(root, candidate));
    } catch {
      continue;
    }
    return real !== root && !real.startsWith(`${root}${sep}`);
  }
  return false;
}

export async function serveDist(dist: string, base = '/', port = 0): Promise<ServedSite> {
  const root = realpathSync(resolve(dist));
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const files = sirv(root, { dev: true, etag: true });
  const requests: string[] = [];
  const notFound = async (res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    if (prefix && path !== prefix && !path.startsWith(`${prefix}/`)) return void notFound(res);
    const inside = path.slice(prefix.length).split('?')[0] || '/';
    let decoded: string;
    try {
      decoded = decodeURIComponent(inside);
    } catch {
      return void notFound(res);
    }
    if (leavesDist(root, decoded)) return void notFound(res);
    req.url = path.slice(prefix.length) || '/';
    files(req, res, () => void notFound(res));
  });
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}${prefix}/`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

// `node scripts/serve-dist.ts [--dir dist] [--base /] [--port 4321]`
if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' }, port: { type: 'string', default: '4321' } },
  });
  const site = await serveDist(values.dir!, values.base, Number(values.port));
  console.log(`Vigie: ${values.dir} served on ${site.url} (local preview only; Ctrl+C to stop)`);
}
