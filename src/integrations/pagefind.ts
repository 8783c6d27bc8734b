/**
 * Astro integration: builds the Pagefind search index from the built article pages at
 * `astro:build:done`, into `<outDir>/pagefind/`, with Pagefind's Node API (no shell step, nothing
 * copied into public/). Only pages with a `data-pagefind-body` element (articles) are indexed;
 * listings, archives and navigation never are. Beside it, the pages' date order (date-order.ts).
 * Any indexing error fails the build.
 *
 * `npm run build` (scripts/build.ts) sets VIGIE_SEARCH_INDEX=after-build and calls
 * `writeSearchIndex` itself once Astro has exited: Pagefind's process (2.5–2.9 GB at 10,000
 * articles) then no longer runs beside the build process and the memory it still holds (2.1–2.2
 * GB), so the peak is the larger of the two instead of their sum. `astro build` alone indexes here.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { builtHtmlPages, type BuiltPage } from './built-pages.ts';
import { writeDateOrderFile } from './date-order-file.ts';
import { tightenChunkBounds } from './pagefind-chunk-bounds.ts';
import { collectGarbage } from './collect-garbage.ts';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlForIndex } from '../lib/search-text.ts';
import { withBase } from '../lib/urls.ts';

export const SEARCH_LANGUAGE = 'fr';
const BODY_MARKER = 'data-pagefind-body';
const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'wasm.unknown.pagefind',
];

const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let step: SearchIndexStep = 'in-build';
  return {
    name: 'vigie-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
        // A wrong value fails now, not after the whole build.
        step = searchIndexStep();
      },
      // `astro dev` has no index of its own: serve the one from the last build, if any; the search
      // page says how to get one when it is missing.
      'astro:server:setup': ({ server }) => {
        const prefix = withBase(base, '/pagefind/');
        const root = join(outDir, 'pagefind');
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith(prefix)) return next();
          const file = normalize(join(root, decodeURIComponent(path.slice(prefix.length))));
          if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (step === 'after-build') {
          logger.info(`Search index left to the step after the build (${INDEX_STEP_VARIABLE}=after-build: scripts/build.ts writes it once Astro has exited).`);
          return;
        }
        await writeSearchIndex(fileURLToPath(dir), builtHtmlPages(dir, pages), (message) => logger.info(message));
      },
    },
  };
}

/** Where the index is written: by this integration at the end of `astro build` (the default), or by scripts/build.ts once Astro has exited. */
export const INDEX_STEP_VARIABLE = 'VIGIE_SEARCH_INDEX';
export type SearchIndexStep = 'in-build' | 'after-build';

export function searchIndexStep(env: Record<string, string | undefined> = process.env): SearchIndexStep {
  const value = env[INDEX_STEP_VARIABLE]?.trim() || 'in-build';
  if (value !== 'in-build' && value !== 'after-build') {
    throw new Error(`${INDEX_STEP_VARIABLE} is "${value}"; expected "in-build" (the index at the end of astro build) or "after-build" (scripts/build.ts writes it once Astro has exited).`);
  }
  return value;
}

/**
 * Builds the search index of a built site into `<outDir>/pagefind/` from its article pages (those
 * with a `data-pagefind-body` element), with Pagefind's Node API, then rewrites its chunk bounds
 * (pagefind-chunk-bounds.ts) and writes the date order beside it. Any indexing error throws.
 * `pages`: the built HTML pages (built-pages.ts).
 */
export async function writeSearchIndex(outDir: string, pages: AsyncIterable<BuiltPage>, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  // Memory Astro no longer uses goes back before Pagefind's process starts (collect-garbage.ts).
  const rssBefore = process.memoryUsage().rss;
  const collected = collectGarbage();
  const collectedAt = performance.now();
  const pagefind = await import('pagefind');
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Search index: ${what} failed:\n- ${errors.join('\n- ')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    if (!index || errors.length) fail('creating the Pagefind index', errors);
    // Pagefind reads a directory much faster than files handed over one by one: write the
    // French-ready copy of each article page to a temporary folder and index that.
    const marks = [collectedAt];
    const staging = await mkdtemp(join(tmpdir(), 'vigie-pagefind-'));
    let indexed = 0;
    try {
      // Same path as in dist/, so Pagefind gives the page its URL (without the base: the
      // search page passes the base to Pagefind as `baseUrl`).
      const stage = async (pathname: string, html: string) => {
        await mkdir(join(staging, pathname), { recursive: true });
        await writeFile(join(staging, pathname, 'index.html'), htmlForIndex(html));
      };
      // Writes overlap (up to 64 at a time): 10,000 one after the other wait on the disk.
      const writing = new Set<Promise<void>>();
      const failures: string[] = [];
      for await (const { pathname, html } of pages) {
        if (!html.includes(BODY_MARKER)) continue;
        const write: Promise<void> = stage(pathname, html)
          .catch((error: unknown) => void failures.push(`${pathname}: ${String(error)}`))
          .finally(() => writing.delete(write));
        writing.add(write);
        if (writing.size >= 64) await Promise.race(writing);
        indexed++;
      }
      await Promise.all(writing);
      if (failures.length) fail('preparing the article pages', failures);
      marks.push(performance.now());
      const added = await index!.addDirectory({ path: staging });
      if (added.errors.length) fail('indexing the article pages', added.errors);
      if (added.page_count !== indexed) fail('indexing the article pages', [`${indexed} pages prepared, ${added.page_count} indexed`]);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    marks.push(performance.now());
    const written = await index!.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) fail('writing the index', written.errors);
    marks.push(performance.now());
    // Pagefind's process (2.5–3 GB at 10,000 articles) ends before the steps below read its files
    // back; closing again in `finally` does nothing.
    await pagefind.close();
    // Each word looked up then downloads the one chunk that can hold it (pagefind-chunk-bounds.ts).
    const bounds = await tightenChunkBounds(join(outDir, 'pagefind'));
    marks.push(performance.now());
    const ordered = await writeDateOrderFile(join(outDir, 'pagefind'));
    if (ordered !== indexed) fail('writing the date order', [`${indexed} pages indexed, ${ordered} fragments found`]);
    // The site has its own search page: Pagefind's bundled UIs are dead weight in dist/.
    await Promise.all(UNUSED_FILES.map((name) => rm(join(outDir, 'pagefind', name), { force: true })));
    marks.push(performance.now());
    const [prepare, read, write, tighten, order] = marks.slice(1).map((mark, i) => Math.round(mark - marks[i]!));
    const boundsDone = 'skipped' in bounds ? `chunk bounds left as Pagefind wrote them (${bounds.skipped})` : `chunk bounds of ${bounds.chunks} chunk(s) ${tighten} ms`;
    log(
      `Indexed ${indexed} article page(s) in ${Math.round(performance.now() - started)} ms → ${join(outDir, 'pagefind')} ` +
        `(garbage collection ${Math.round(collectedAt - started)} ms, French copies ${prepare} ms, Pagefind reading ${read} ms, writing ${write} ms, ${boundsDone}, date order ${order} ms; ` +
        `indexing process RSS ${megabytes(rssBefore)} MB when indexing began, ${megabytes(process.memoryUsage().rss)} MB when it ended${collected ? '' : '; no garbage collection available'})`,
    );
  } finally {
    await pagefind.close();
  }
}
