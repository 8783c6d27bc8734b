/**
 * `npm run build` (scripts/build.ts) writes the search index once `astro build` has exited, in a
 * process of its own (src/integrations/pagefind.ts, VIGIE_SEARCH_INDEX=after-build). The site it
 * writes must be the very site `astro build` alone writes (index included), from the same pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { readFragment } from '../helpers/pagefind-node.ts';
import { FIXTURE_CONTENT, FIXTURE_PART_PAGES, OUTPUT, ROOT, runAstro, runBuildScript, SITES } from '../helpers/site-build.ts';
import { searchIndexStep, writeSearchIndex } from '../../src/integrations/pagefind.ts';
import type { BuiltPage } from '../../src/integrations/built-pages.ts';
import { DATE_ORDER_FILE, parseDateOrder } from '../../src/lib/date-order.ts';

const files = (dir: string) => listFiles(dir).map((file) => relative(dir, file));

describe('the search index written after the build (npm run build)', () => {
  it('gives the same site, byte for byte, as the index written at the end of astro build', async () => {
    const run = await runBuildScript({ name: 'after-build', contentDir: FIXTURE_CONTENT, env: FIXTURE_PART_PAGES });
    expect(run.code, run.output).toBe(0);
    // Astro finishes first, then the index is written.
    const complete = run.output.indexOf('[build] Complete!');
    expect(run.output.indexOf('Search index left to the step after the build')).toBeGreaterThan(-1);
    expect(run.output.indexOf('Search index left to the step after the build')).toBeLessThan(complete);
    const indexed = /\[vigie-pagefind\] Indexed (\d+) article page\(s\)/.exec(run.output);
    expect(indexed?.index).toBeGreaterThan(complete);
    // Written in parts and merged, as the fixture site's index (byte-identical below) is.
    expect(run.output).toMatch(/\[vigie-pagefind\] Indexed \d+ article page\(s\) .*, \d+ parts of up to 20 pages merged in \d+ ms/);
    const dist = join(OUTPUT, 'after-build', 'dist');
    const expected = files(SITES.fixture);
    expect(files(dist)).toEqual(expected);
    expect(expected.filter((file) => file.startsWith('pagefind/fragment/')).length).toBe(Number(indexed![1]));
    for (const file of expected) expect(readFileSync(join(dist, file)).equals(readFileSync(join(SITES.fixture, file))), file).toBe(true);
  }, 300_000);

  it.each([
    ['VIGIE_SEARCH_INDEX', 'later', 'VIGIE_SEARCH_INDEX is "later"; expected "in-build"'],
    ['VIGIE_SEARCH_INDEX_PART_PAGES', 'many', 'VIGIE_SEARCH_INDEX_PART_PAGES is "many"; expected a whole number of pages per Pagefind process'],
  ])('fails a build at once when %s is "%s"', async (variable, value, message) => {
    const run = await runAstro('build', { name: `bad-${variable.toLowerCase()}`, env: { [variable]: value } });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(message);
    // Before any page: the value is read when the configuration is done.
    expect(run.output).not.toContain('generating static routes');
  }, 120_000);

  it('takes no arguments, which could send the site where the index would not follow', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--outDir', 'elsewhere'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run build takes no arguments (got: --outDir elsewhere)');
    expect(existsSync(join(ROOT, 'elsewhere'))).toBe(false);
  });

  it('reads the step from the environment, in-build by default', () => {
    expect(searchIndexStep({})).toBe('in-build');
    expect(searchIndexStep({ VIGIE_SEARCH_INDEX: ' after-build ' })).toBe('after-build');
    expect(searchIndexStep({ VIGIE_SEARCH_INDEX: '' })).toBe('in-build');
    expect(() => searchIndexStep({ VIGIE_SEARCH_INDEX: 'none' })).toThrow(/expected "in-build" .* or "after-build"/);
  });
});

describe('writeSearchIndex, the one index step of both ways', () => {
  const article = (slug: string, date: string | undefined, text: string): BuiltPage => ({
    file: '',
    pathname: `articles/${slug}/`,
    html: `<html lang="fr"><body><header>Navigation</header><article class="article" data-pagefind-body><h1 data-pagefind-meta="title">${slug}</h1>${date ? `<time data-pagefind-meta="date:${date}">${date}</time>` : ''}<p>${text}</p></article></body></html>`,
  });
  const listing: BuiltPage = { file: '', pathname: 'themes/', html: '<html lang="fr"><body><h1>Thèmes</h1><p>Cybersécurité</p></body></html>' };
  async function* each(...pages: BuiltPage[]) {
    yield* pages;
  }
  const fresh = (name: string) => {
    const dir = join(OUTPUT, 'write-search-index', name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  it('indexes the article pages only, orders them by date, and drops Pagefind\'s own UIs', async () => {
    const dir = fresh('two');
    const logged: string[] = [];
    await writeSearchIndex(dir, each(article('ancien', '2024-03-01', 'Le règlement s’applique.'), listing, article('recent', '2025-06-01', 'La directive est transposée.')), (message) => logged.push(message));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Indexed 2 article page\(s\) in \d+ ms/);
    // Pagefind's chunk bounds are rewritten (pagefind-chunk-bounds.ts, tested in tests/search/chunk-bounds.test.ts).
    expect(logged[0]).toMatch(/chunk bounds of 1 chunk\(s\) \d+ ms/);
    expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toHaveLength(2);
    // Newest first: the ids are Pagefind's fragment names.
    const ranks = parseDateOrder(JSON.parse(readFileSync(join(dir, 'pagefind', DATE_ORDER_FILE), 'utf8')));
    const urlOf = (id: string) => readFragment(join(dir, 'pagefind'), id).url;
    expect([...ranks.keys()].map(urlOf)).toEqual(['/articles/recent/', '/articles/ancien/']);
    for (const unused of ['pagefind-ui.js', 'pagefind-modular-ui.js', 'pagefind-highlight.js']) expect(existsSync(join(dir, 'pagefind', unused)), unused).toBe(false);
  });

  it('writes a working, empty index for a site without a published article', async () => {
    const dir = fresh('none');
    const logged: string[] = [];
    await writeSearchIndex(dir, each(listing), (message) => logged.push(message));
    expect(logged[0]).toMatch(/^Indexed 0 article page\(s\).*chunk bounds of 0 chunk\(s\)/);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind', DATE_ORDER_FILE))).toBe(true);
  });

  it('fails, naming the page and the field, when an article page has no date', async () => {
    const dir = fresh('undated');
    await expect(writeSearchIndex(dir, each(article('sans-date', undefined, 'Texte.')), () => undefined)).rejects.toThrow(/\/articles\/sans-date\/\): meta "date" is undefined, expected YYYY-MM-DD/);
  });
});
