/**
 * A search index written in parts, one Pagefind process each, and merged
 * (src/integrations/pagefind-merge.ts), against the index of the same pages written in one part:
 * real French legal text (60 articles from the benchmark's generator), real Pagefind, queried with
 * its own pagefind.js in Node.
 */
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedArticle } from '../../scripts/bench/generate-corpus.ts';
import type { BuiltPage } from '../../src/integrations/built-pages.ts';
import { decodeCbor, encodeCbor, pagefindFile, pagefindPayload, type CborValue } from '../../src/integrations/pagefind-cbor.ts';
import { mergePagefindIndexes } from '../../src/integrations/pagefind-merge.ts';
import { DEFAULT_PART_PAGES, searchIndexPartPages, writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { DATE_ORDER_FILE } from '../../src/lib/date-order.ts';
import { runSearch, searchIndex } from '../../src/lib/search-engine.ts';
import { emptyFilters, type SearchState } from '../../src/lib/search-query.ts';
import { openPagefind } from '../helpers/pagefind-node.ts';
import { listFiles } from '../helpers/dist.ts';
import { OUTPUT } from '../helpers/site-build.ts';

const DIR = join(OUTPUT, 'index-parts');
const ONE = join(DIR, 'one');
const PARTS = join(DIR, 'parts');
const PART_PAGES = 7;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article page as the site writes it for the index: body, title, date, filters. */
function articlePage(article: GeneratedArticle, body: string): BuiltPage {
  const filters = [`année:${article.published.slice(0, 4)}`, `juridiction:${article.jurisdiction}`, `type:${article.type}`, ...article.topics.map((topic) => `thème:${topic}`)];
  return {
    file: '',
    pathname: `articles/${article.slug}/`,
    html:
      `<html lang="fr"><body><article data-pagefind-body><h1 data-pagefind-meta="title">${escapeHtml(article.title)}</h1>` +
      `<time data-pagefind-meta="date:${article.published}">${article.published}</time>` +
      filters.map((filter) => `<span data-pagefind-filter="${escapeHtml(filter)}"></span>`).join('') +
      `<p>${escapeHtml(body)}</p></article></body></html>`,
  };
}

type Meta = [string, CborValue[][], string[][], string[][], CborValue[], string[]];

const metaFile = (dir: string) => join(dir, readdirSync(dir).find((name) => name.endsWith('.pf_meta'))!);
const decode = (file: string) => decodeCbor(pagefindPayload(readFileSync(file), file), file);
const readMeta = (dir: string) => decode(metaFile(dir)) as Meta;
const fragmentUrl = (dir: string, hash: string) => (JSON.parse(pagefindPayload(readFileSync(join(dir, 'fragment', `${hash}.pf_fragment`)), hash).toString('utf8')) as { url: string }).url;

/** Every word of an index with its postings and accented forms, pages named by URL, in URL order. */
function wordsByUrl(dir: string): Map<string, string> {
  const meta = readMeta(dir);
  const urls = meta[1].map((page) => fragmentUrl(dir, page[0] as string));
  const byUrl = (postings: CborValue[]) => {
    let page = 0;
    return postings.map((posting) => {
      const [step, locations, metaLocations] = posting as [number, number[], number[]];
      page += step;
      return JSON.stringify([urls[page], locations, metaLocations]);
    }).sort();
  };
  const words = new Map<string, string>();
  for (const [, , hash] of meta[2]) {
    const [entries] = decode(join(dir, 'index', `${hash}.pf_index`)) as [[string, CborValue[], [string, CborValue[]][]][]];
    for (const [word, postings, variants] of entries) words.set(word, JSON.stringify([byUrl(postings), variants.map(([form, list]) => [form, byUrl(list)]).sort()]));
  }
  return words;
}

/** Each filter value with the URLs of its pages. */
function filtersByUrl(dir: string): Record<string, string[]> {
  const meta = readMeta(dir);
  const urls = meta[1].map((page) => fragmentUrl(dir, page[0] as string));
  const values: Record<string, string[]> = {};
  for (const [filter, hash] of meta[3]) {
    const [, list] = decode(join(dir, 'filter', `${hash}.pf_filter`)) as [string, [string, number[]][]];
    for (const [value, pages] of list) values[`${filter}:${value}`] = pages.map((page) => urls[page]!).sort();
  }
  return values;
}

let pages: BuiltPage[];
const logged: string[] = [];

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  const corpus = generateCorpus({ articles: 60, dir: join(DIR, 'corpus') });
  pages = corpus.articles.map((article) => articlePage(article, readFileSync(join(corpus.articlesDir, `${article.slug}.mdx`), 'utf8').split(/^---$/m)[2]!));
  async function* each() {
    yield* pages;
  }
  await writeSearchIndex(ONE, each(), (message) => logged.push(message), Infinity);
  await writeSearchIndex(PARTS, each(), (message) => logged.push(message), PART_PAGES);
}, 300_000);

describe('a search index written in parts and merged', () => {
  it('says how many parts it merged', () => {
    // One part is merged too, for its chunks.
    expect(logged[0]).toMatch(/^Indexed 60 article page\(s\) .*, chunks written in \d+ ms \(\d+ chunks\)/);
    expect(logged[0]).not.toContain('parts of');
    expect(logged[1]).toMatch(/^Indexed 60 article page\(s\) .*, 9 parts of up to 7 pages merged in \d+ ms \(\d+ chunks\)/);
  });

  it('is the same index, byte for byte, whatever order the pages come in', async () => {
    async function* reversed() {
      yield* [...pages].reverse();
    }
    const dir = join(DIR, 'reversed');
    await writeSearchIndex(dir, reversed(), () => undefined, PART_PAGES);
    const files = (root: string) => listFiles(root).map((file) => relative(root, file)).sort();
    expect(files(join(dir, 'pagefind'))).toEqual(files(join(PARTS, 'pagefind')));
    for (const file of files(join(PARTS, 'pagefind'))) expect(readFileSync(join(dir, 'pagefind', file)).equals(readFileSync(join(PARTS, 'pagefind', file))), file).toBe(true);
  }, 120_000);

  it('holds every word with the same pages, locations and accented forms as the index written in one part', () => {
    const one = wordsByUrl(join(ONE, 'pagefind'));
    const merged = wordsByUrl(join(PARTS, 'pagefind'));
    expect(one.size).toBeGreaterThan(1000);
    expect([...merged.keys()]).toEqual([...one.keys()]);
    for (const [word, postings] of one) expect(merged.get(word), word).toBe(postings);
    // Some words have accented forms of their own, and some are in several parts.
    expect([...one.values()].some((value) => JSON.parse(value)[1].length > 0)).toBe(true);
  });

  it('has the same pages, word counts, filters and date order, and the same chunks', () => {
    const one = readMeta(join(ONE, 'pagefind'));
    const merged = readMeta(join(PARTS, 'pagefind'));
    const pagesOf = (dir: string, meta: Meta) => meta[1].map((page) => `${fragmentUrl(dir, page[0] as string)} ${page.slice(1).join(' ')}`).sort();
    expect(pagesOf(join(PARTS, 'pagefind'), merged)).toEqual(pagesOf(join(ONE, 'pagefind'), one));
    expect(merged[1]).toHaveLength(60);
    expect(filtersByUrl(join(PARTS, 'pagefind'))).toEqual(filtersByUrl(join(ONE, 'pagefind')));
    expect(merged[5]).toEqual(one[5]);
    // Chunks are cut by the words' order and sizes alone (pagefind-chunk-cut.ts): the same bounds.
    expect(merged[2].map(([from, to]) => `${from} … ${to}`)).toEqual(one[2].map(([from, to]) => `${from} … ${to}`));
    expect(merged[2].length).toBeGreaterThan(2);
    // Fragments are copied as Pagefind wrote them, under the same names.
    expect(readdirSync(join(PARTS, 'pagefind', 'fragment')).sort()).toEqual(readdirSync(join(ONE, 'pagefind', 'fragment')).sort());
    expect(readFileSync(join(PARTS, 'pagefind', DATE_ORDER_FILE), 'utf8')).toBe(readFileSync(join(ONE, 'pagefind', DATE_ORDER_FILE), 'utf8'));
  });

  it('answers queries as the index written in one part does, through the search page’s own logic', async () => {
    const one = searchIndex(await openPagefind(join(ONE, 'pagefind'), 'parts-one'), `${pathToFileURL(join(ONE, 'pagefind')).href}/`);
    const merged = searchIndex(await openPagefind(join(PARTS, 'pagefind'), 'parts-merged'), `${pathToFileURL(join(PARTS, 'pagefind')).href}/`);
    const words = [...wordsByUrl(join(ONE, 'pagefind')).keys()].filter((word) => /^\p{L}{4,}$/u.test(word));
    const queries = [...words.filter((_, i) => i % 40 === 0), 'salarié', 'contrat de travail', 'sécurité sociale', 'décision'];
    expect(queries.length).toBeGreaterThan(20);
    let found = 0;
    for (const q of queries) {
      const state: SearchState = { q, filters: emptyFilters(), sort: 'pertinence' };
      const [a, b] = [await runSearch(one, state, { limit: 100 }), await runSearch(merged, state, { limit: 100 })];
      // Pages of equal score may come in another order: the merged index numbers pages in path order.
      expect(b.hits.map((hit) => hit.url).sort(), q).toEqual(a.hits.map((hit) => hit.url).sort());
      expect(b.total, q).toBe(a.total);
      found += a.hits.length;
      // Pagefind's own scores and match positions, page by page (fragment names are the same).
      const scored = async (index: typeof one) => ((await index.pagefind.search(q))?.results ?? []).map((r) => `${r.id} ${r.score.toFixed(6)} ${r.words.join(',')}`).sort();
      expect(await scored(merged), q).toEqual(await scored(one));
    }
    expect(found).toBeGreaterThan(100);
    // Filters alone, by date.
    const year = Object.keys(filtersByUrl(join(ONE, 'pagefind'))).find((key) => key.startsWith('année:'))!.slice('année:'.length);
    const browse: SearchState = { q: '', filters: { ...emptyFilters(), annee: [year] }, sort: 'date' };
    const [a, b] = [await runSearch(one, browse, { limit: 100 }), await runSearch(merged, browse, { limit: 100 })];
    expect(a.hits.length).toBeGreaterThan(0);
    expect(b.hits.map((hit) => hit.url)).toEqual(a.hits.map((hit) => hit.url));
    expect(b.total).toBe(a.total);
  });

  it('gives a fragment another part already named differently a longer name of its own', async () => {
    // Two parts written by Pagefind; the second's first fragment renamed to the first's first.
    const work = join(DIR, 'collision');
    rmSync(work, { recursive: true, force: true });
    const [first, second] = [0, 1].map((i) => join(work, `part-${i}`));
    async function* slice(from: number, to: number) {
      yield* pages.slice(from, to);
    }
    await writeSearchIndex(join(first!, '..', 'a'), slice(0, 5), () => undefined, Infinity);
    await writeSearchIndex(join(second!, '..', 'b'), slice(5, 10), () => undefined, Infinity);
    cpSync(join(work, 'a', 'pagefind'), first!, { recursive: true });
    cpSync(join(work, 'b', 'pagefind'), second!, { recursive: true });
    const taken = readMeta(first!)[1][0]![0] as string;
    const meta = readMeta(second!);
    const moved = meta[1][0]![0] as string;
    const url = fragmentUrl(second!, moved);
    renameSync(join(second!, 'fragment', `${moved}.pf_fragment`), join(second!, 'fragment', `${taken}.pf_fragment`));
    meta[1][0]![0] = taken;
    writeFileSync(metaFile(second!), pagefindFile(encodeCbor(meta as unknown as CborValue)));

    const out = join(work, 'merged');
    const outcome = await mergePagefindIndexes([first!, second!], out);
    expect(outcome).toMatchObject({ pages: 10, renamed: 1 });
    const merged = readMeta(out);
    const renamed = merged[1][5]![0] as string;
    expect(renamed).not.toBe(taken);
    expect(renamed.startsWith(taken)).toBe(true);
    expect(fragmentUrl(out, renamed)).toBe(url);
    expect(fragmentUrl(out, taken)).toBe(fragmentUrl(first!, taken));
    expect(readdirSync(join(out, 'fragment'))).toHaveLength(10);
  }, 120_000);

  it('refuses, naming the file, what is not Pagefind 1.6’s index', async () => {
    const work = join(DIR, 'broken');
    const part = (name: string) => {
      const dir = join(work, name);
      rmSync(dir, { recursive: true, force: true });
      cpSync(join(ONE, 'pagefind'), dir, { recursive: true });
      return dir;
    };
    const other = part('other-version');
    const entryFile = join(other, 'pagefind-entry.json');
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/"version":"[^"]+"/, '"version":"1.7.0"'));
    await expect(mergePagefindIndexes([part('good'), other], join(work, 'out-1'))).rejects.toThrow(`${entryFile}: Pagefind 1.7.0; merging an index written in parts (pagefind-merge.ts) is checked against 1.6 only`);

    const missing = part('missing-chunk');
    const chunk = readMeta(missing)[2][1]![2];
    rmSync(join(missing, 'index', `${chunk}.pf_index`));
    await expect(mergePagefindIndexes([part('good'), missing], join(work, 'out-2'))).rejects.toThrow(`${join(missing, 'index', `${chunk}.pf_index`)}: chunk listed in the index metadata but missing`);

    const sorted = part('sorts');
    const meta = readMeta(sorted);
    meta[4] = [['date', [0]]];
    writeFileSync(metaFile(sorted), pagefindFile(encodeCbor(meta as unknown as CborValue)));
    await expect(mergePagefindIndexes([sorted], join(work, 'out-3'))).rejects.toThrow(`${metaFile(sorted)}: field 4 lists sorts, which this merge does not handle`);
  }, 60_000);
});

describe('pages per Pagefind process', () => {
  it('reads VIGIE_SEARCH_INDEX_PART_PAGES: a whole number, 0 for one part, 2,500 by default', () => {
    expect(searchIndexPartPages({})).toBe(DEFAULT_PART_PAGES);
    expect(DEFAULT_PART_PAGES).toBe(2500);
    expect(searchIndexPartPages({ VIGIE_SEARCH_INDEX_PART_PAGES: ' 400 ' })).toBe(400);
    expect(searchIndexPartPages({ VIGIE_SEARCH_INDEX_PART_PAGES: '0' })).toBe(Infinity);
    expect(() => searchIndexPartPages({ VIGIE_SEARCH_INDEX_PART_PAGES: '2k' })).toThrow('VIGIE_SEARCH_INDEX_PART_PAGES is "2k"; expected a whole number of pages per Pagefind process (0: every page in one)');
  });
});
