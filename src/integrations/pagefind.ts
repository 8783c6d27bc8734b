/**
 * Astro integration: writes the Pagefind search index of the built article pages into
 * `<outDir>/pagefind/` at `astro:build:done`, through Pagefind's documented Node API only
 * (`createIndex`, `addDirectory`, `writeFiles`). Nothing here reads or writes Pagefind's files.
 *
 * Only pages with a `data-pagefind-body` element (articles) are indexed. Each is handed to
 * Pagefind as a French-ready copy (search-text.ts: ASCII apostrophes, plain spaces, folded
 * ligatures, search labels and acronyms after the text), staged in a temporary folder, since
 * Pagefind reads a folder much faster than pages handed over one by one. Any indexing error fails
 * the build.
 *
 * In `astro dev` the index of the last build, if any, is served under the same URL.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from './serve-folder.ts';
import { withBase } from '../domain/urls.ts';
import type { Acronym } from '../domain/acronyms.ts';
import { loadAcronyms } from '../loading/acronyms.ts';
import { contentDirs } from '../loading/content-dir.ts';
import { htmlForIndex } from '../search/search-text.ts';

const SEARCH_LANGUAGE = 'fr';
const BODY_MARKER = 'data-pagefind-body';
/** Pagefind's bundled interfaces: the site has its own search page. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
  return {
    name: 'vigie-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        serveFolder(server, withBase(base, '/pagefind/'), join(outDir, 'pagefind'));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const pathnames = pages.map((page) => page.pathname);
        const dirs = contentDirs();
        const acronyms = loadAcronyms(dirs.taxonomy, dirs.fallbackTaxonomy);
        await writeSearchIndex(fileURLToPath(dir), pathnames, (message) => logger.info(message), acronyms);
      },
    },
  };
}

/**
 * Indexes the article pages among `pathnames` (as Astro lists them: `articles/x/`) of the site
 * built in `outDir` into `<outDir>/pagefind/`. Throws on any Pagefind error.
 */
export async function writeSearchIndex(
  outDir: string,
  pathnames: readonly string[],
  log: (message: string) => void,
  acronyms: readonly Acronym[] = [],
): Promise<void> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const fail = (what: string, errors: readonly string[]): never => {
    throw new Error(`Search index: ${what} failed:\n- ${errors.join('\n- ')}`);
  };
  const staging = await mkdtemp(join(tmpdir(), 'vigie-pagefind-'));
  try {
    let staged = 0;
    // A few dozen pages at a time: fast, without opening thousands of files at once.
    for (let start = 0; start < pathnames.length; start += 64) {
      const batch = pathnames.slice(start, start + 64);
      const counts = await Promise.all(batch.map((pathname) => stagePage(outDir, staging, pathname, acronyms)));
      staged += counts.filter(Boolean).length;
    }
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    if (!index || errors.length) return fail('creating the Pagefind index', errors);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length) fail('indexing the article pages', added.errors);
    if (added.page_count !== staged) fail('indexing the article pages', [`${staged} pages prepared, ${added.page_count} indexed`]);
    const outputPath = join(outDir, 'pagefind');
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('writing the index', written.errors);
    await Promise.all(UNUSED_FILES.map((name) => rm(join(outputPath, name), { force: true })));
    log(`Indexed ${staged} article page(s) in ${Math.round(performance.now() - started)} ms → ${outputPath}`);
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Copies one built page, French-ready, to the same path under `staging` (so Pagefind gives it its
 * URL, without the base: the search page passes the base as `baseUrl`). Pages that are not
 * directory-style HTML (feeds, calendars, 404.html) and pages without an indexed body are skipped.
 */
async function stagePage(outDir: string, staging: string, pathname: string, acronyms: readonly Acronym[]): Promise<boolean> {
  let html: string;
  try {
    html = await readFile(join(outDir, pathname, 'index.html'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
    throw error;
  }
  if (!html.includes(BODY_MARKER)) return false;
  await mkdir(join(staging, pathname), { recursive: true });
  await writeFile(join(staging, pathname, 'index.html'), htmlForIndex(html, acronyms));
  return true;
}
