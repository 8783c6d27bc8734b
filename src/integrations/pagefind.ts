/**
 * Astro integration: builds the Pagefind search index from the built article pages at
 * `astro:build:done`, into `<outDir>/pagefind/`, with Pagefind's Node API (no shell step, nothing
 * copied into public/). Only pages with a `data-pagefind-body` element (articles) are indexed;
 * listings, archives and navigation never are. Beside it, the pages' date order (date-order.ts).
 * Any indexing error fails the build.
 *
 * `npm run build` (scripts/build.ts) sets VIGIE_SEARCH_INDEX=after-build and calls
 * `writeSearchIndex` itself once Astro has exited: Pagefind's processes then no longer run beside
 * the build process and the memory it still holds (2.1–2.7 GB at 10,000 articles), so the peak is
 * the larger of the two instead of their sum. `astro build` alone indexes here. A large site is
 * indexed in parts, one Pagefind process each; the parts (or the one part) are merged into the
 * index in dist/, whose word chunks the merge cuts (pagefind-merge.ts, pagefind-chunk-cut.ts).
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { builtHtmlPages, type BuiltPage } from './built-pages.ts';
import { writeDateOrderFile } from './date-order-file.ts';
import { tightenChunkBounds } from './pagefind-chunk-bounds.ts';
import { byBytes, mergePagefindIndexes } from './pagefind-merge.ts';
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
  let partPages = DEFAULT_PART_PAGES;
  return {
    name: 'vigie-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
        // A wrong value fails now, not after the whole build.
        step = searchIndexStep();
        partPages = searchIndexPartPages();
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
        await writeSearchIndex(fileURLToPath(dir), builtHtmlPages(dir, pages), (message) => logger.info(message), partPages);
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
 * Pages per Pagefind process. Pagefind holds all it indexes in memory until it writes its files
 * (about 0.3 GB per 1,000 article pages): a larger site is indexed in parts of this many pages,
 * one process after the other, and the parts merged (pagefind-merge.ts). 0 indexes every page in
 * one part.
 */
export const PART_PAGES_VARIABLE = 'VIGIE_SEARCH_INDEX_PART_PAGES';
export const DEFAULT_PART_PAGES = 2500;

export function searchIndexPartPages(env: Record<string, string | undefined> = process.env): number {
  const value = env[PART_PAGES_VARIABLE]?.trim();
  if (!value) return DEFAULT_PART_PAGES;
  if (!/^\d+$/.test(value)) throw new Error(`${PART_PAGES_VARIABLE} is "${value}"; expected a whole number of pages per Pagefind process (0: every page in one)`);
  return Number(value) || Infinity;
}

/**
 * Builds the search index of a built site into `<outDir>/pagefind/` from its article pages (those
 * with a `data-pagefind-body` element), with Pagefind's Node API, in parts of `partPages` pages,
 * merged into one index with chunks of its own, then rewrites its chunk bounds (pagefind-chunk-bounds.ts)
 * and writes the date order beside it. Any indexing error throws. `pages`: the built HTML pages
 * (built-pages.ts).
 */
export async function writeSearchIndex(outDir: string, pages: AsyncIterable<BuiltPage>, log: (message: string) => void, partPages = searchIndexPartPages()): Promise<void> {
  const started = performance.now();
  // Memory Astro no longer uses goes back before Pagefind's process starts (collect-garbage.ts).
  const rssBefore = process.memoryUsage().rss;
  const collected = collectGarbage();
  const collectedAt = performance.now();
  const pagefind = await import('pagefind');
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Search index: ${what} failed:\n- ${errors.join('\n- ')}`);
  };
  const pagefindDir = join(outDir, 'pagefind');
  // Pagefind reads a directory much faster than files handed over one by one: the French-ready
  // copy of each article page goes to a temporary folder, and Pagefind indexes that.
  const staging = await mkdtemp(join(tmpdir(), 'vigie-pagefind-'));
  try {
    const all = join(staging, 'pages');
    const pathnames: string[] = [];
    // Same path as in dist/, so Pagefind gives the page its URL (without the base: the search
    // page passes the base to Pagefind as `baseUrl`).
    const stage = async (pathname: string, html: string) => {
      await mkdir(join(all, pathname), { recursive: true });
      await writeFile(join(all, pathname, 'index.html'), htmlForIndex(html));
    };
    // Writes overlap (up to 64 at a time): 10,000 one after the other wait on the disk.
    const pending = new Set<Promise<void>>();
    const failures: string[] = [];
    for await (const { pathname, html } of pages) {
      if (!html.includes(BODY_MARKER)) continue;
      const write: Promise<void> = stage(pathname, html)
        .catch((error: unknown) => void failures.push(`${pathname}: ${String(error)}`))
        .finally(() => pending.delete(write));
      pending.add(write);
      if (pending.size >= 64) await Promise.race(pending);
      pathnames.push(pathname);
    }
    await Promise.all(pending);
    if (failures.length) fail('preparing the article pages', failures);
    const indexed = pathnames.length;
    const parts = await splitIntoParts(all, pathnames, partPages);
    const marks = [collectedAt, performance.now()];

    // One Pagefind process per part, one after the other, each ended before the next starts.
    const outputs = parts.map((_, i) => join(staging, `index-${i}`));
    let reading = 0;
    for (const [i, part] of parts.entries()) {
      const start = performance.now();
      const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
      if (!index || errors.length) fail('creating the Pagefind index', errors);
      if (part.pages) {
        const added = await index!.addDirectory({ path: part.dir });
        if (added.errors.length) fail('indexing the article pages', added.errors);
        if (added.page_count !== part.pages) fail('indexing the article pages', [`${part.pages} pages prepared in ${part.dir}, ${added.page_count} indexed`]);
      }
      reading += performance.now() - start;
      const written = await index!.writeFiles({ outputPath: outputs[i]! });
      if (written.errors.length) fail('writing the index', written.errors);
      // The next part and the steps below run without this process (about 0.3 GB per 1,000
      // pages) beside them; closing again in `finally` does nothing.
      await pagefind.close();
    }
    marks.push(marks[1]! + reading, performance.now());
    // Even one part is merged: the merge writes the index's chunks (pagefind-chunk-cut.ts).
    await rm(pagefindDir, { recursive: true, force: true });
    const merged = await mergePagefindIndexes(outputs, pagefindDir);
    marks.push(performance.now());
    // Each word looked up then downloads the one chunk that can hold it (pagefind-chunk-bounds.ts).
    const bounds = await tightenChunkBounds(pagefindDir);
    marks.push(performance.now());
    const ordered = await writeDateOrderFile(pagefindDir);
    if (ordered !== indexed) fail('writing the date order', [`${indexed} pages indexed, ${ordered} fragments found`]);
    // The site has its own search page: Pagefind's bundled UIs are dead weight in dist/.
    await Promise.all(UNUSED_FILES.map((name) => rm(join(pagefindDir, name), { force: true })));
    marks.push(performance.now());
    const [prepare, read, write, merge, tighten, order] = marks.slice(1).map((mark, i) => Math.round(mark - marks[i]!));
    const boundsDone = 'skipped' in bounds ? `chunk bounds left as Pagefind wrote them (${bounds.skipped})` : `chunk bounds of ${bounds.chunks} chunk(s) ${tighten} ms`;
    const partsDone = `, ${parts.length > 1 ? `${parts.length} parts of up to ${partPages} pages merged` : 'chunks written'} in ${merge} ms (${merged.chunks} chunks${merged.renamed ? `, ${merged.renamed} fragment(s) renamed` : ''})`;
    log(
      `Indexed ${indexed} article page(s) in ${Math.round(performance.now() - started)} ms → ${pagefindDir} ` +
        `(garbage collection ${Math.round(collectedAt - started)} ms, French copies ${prepare} ms, Pagefind reading ${read} ms, writing ${write} ms${partsDone}, ${boundsDone}, date order ${order} ms; ` +
        `indexing process RSS ${megabytes(rssBefore)} MB when indexing began, ${megabytes(process.memoryUsage().rss)} MB when it ended${collected ? '' : '; no garbage collection available'})`,
    );
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Parts of at most `partPages` of the staged pages, in byte order of their paths, so that the
 * same pages make the same parts (and the same index) whatever order the build gave them in: one
 * part is the staging folder itself; otherwise each page's file is moved to its part's folder.
 * A site without any article gets one empty part (and an empty index).
 */
async function splitIntoParts(staged: string, pathnames: string[], partPages: number): Promise<{ dir: string; pages: number }[]> {
  if (pathnames.length <= partPages) return [{ dir: staged, pages: pathnames.length }];
  const sorted = [...pathnames].sort(byBytes);
  const parts: { dir: string; pages: number }[] = [];
  for (let start = 0; start < sorted.length; start += partPages) {
    const dir = `${staged}-${parts.length}`;
    const batch = sorted.slice(start, start + partPages);
    // A few hundred at a time: fast, without opening thousands of files at once.
    for (let i = 0; i < batch.length; i += 256) {
      await Promise.all(
        batch.slice(i, i + 256).map(async (pathname) => {
          await mkdir(join(dir, pathname), { recursive: true });
          await rename(join(staged, pathname, 'index.html'), join(dir, pathname, 'index.html'));
        }),
      );
    }
    parts.push({ dir, pages: batch.length });
  }
  return parts;
}
