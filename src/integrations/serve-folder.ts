/**
 * `astro dev`: serves a folder's files under a URL prefix (sirv), as the build ships them there;
 * `accept` limits which file names are served, the others go on to Astro.
 */
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';

/** Astro's dev server (Vite's), as its `astro:server:setup` hook hands it over. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

export function serveFolder(server: DevServer, prefix: string, folder: string, accept: (name: string) => boolean = () => true): void {
  const serve = sirv(folder, { dev: true, etag: true });
  server.middlewares.use((req, res, next) => {
    const name = req.url?.startsWith(prefix) ? req.url.slice(prefix.length) : undefined;
    if (name === undefined || !accept(name.split('?')[0]!)) return next();
    req.url = `/${name}`;
    serve(req, res, next);
  });
}
