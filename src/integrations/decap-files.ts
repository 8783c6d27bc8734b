/**
 * Astro integration: serves Decap CMS's published bundle (the `decap-cms` package's `dist/`, the
 * files its documentation loads from a CDN) under /admin/, from the site itself: through a Vite
 * middleware in `astro dev` (serve-folder.ts), copied into the build at `astro:build:done`. The page and its
 * configuration are routes (src/pages/admin/).
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from './serve-folder.ts';
import { paths, withBase } from '../domain/urls.ts';

/** The bundle, the chunks it loads on demand, its WebAssembly, its licences; not the source maps or the duplicate `cms.js` build. */
const SHIPPED = /^(?:(?:\d+\.)?decap-cms\.js(?:\.LICENSE\.txt)?|[0-9a-f]+\.wasm)$/;

export function decapFiles(): AstroIntegration {
  const dist = dirname(createRequire(import.meta.url).resolve('decap-cms'));
  let base = '/';
  return {
    name: 'vigie-decap-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        serveFolder(server, withBase(base, paths.admin()), dist, (name) => SHIPPED.test(name));
      },
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), paths.admin());
        await mkdir(target, { recursive: true });
        const files = (await readdir(dist)).filter((name) => SHIPPED.test(name));
        await Promise.all(files.map((name) => copyFile(join(dist, name), join(target, name))));
      },
    },
  };
}
