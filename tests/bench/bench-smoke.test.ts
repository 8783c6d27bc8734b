/**
 * Smoke test of the benchmark corpus (scripts/bench/): 200 generated articles of real legal text
 * are deterministic, valid, and built by the production code into the expected site and search
 * index. No timing is asserted. The first run fetches @socialgouv/legi-data into .cache/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, BODY_MAX, BODY_MIN, type Corpus } from '../../scripts/bench/generate-corpus.ts';
import { measureSearch, TIMED_QUERIES } from '../../scripts/bench/search-metrics.ts';
import { buildSite, OUTPUT } from '../helpers/site-build.ts';
import { listFiles, pageExists, pagePaths, readPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { readRss } from '../helpers/read-feeds.ts';
import { downloads, loadSearchIndex } from '../../src/search/node-pagefind.ts';
import { preloadSearch, runSearch } from '../../src/search/search-engine.ts';
import { isGenuineMatch, parseSearchState } from '../../src/search/search-query.ts';
import { PAGE_SIZE } from '../../src/domain/paginate.ts';
import { loadTaxonomy } from '../../src/loading/taxonomy.ts';
import type { TaxonomyKind } from '../../src/domain/taxonomy-entry.ts';

const COUNT = 200;
const CORPUS = join(OUTPUT, 'bench-corpus');
const CORPUS_AGAIN = join(OUTPUT, 'bench-corpus-again');

let corpus: Corpus;
let dist: string;

beforeAll(async () => {
  corpus = generateCorpus({ articles: COUNT, dir: CORPUS });
  dist = await buildSite({ name: 'bench', contentDir: CORPUS });
}, 900_000);

/** What the search indexes of a generated article: title, summary and body (not key date labels). */
function indexedText(slug: string): string {
  const source = readFileSync(join(corpus.articlesDir, `${slug}.mdx`), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter)?.[1] ?? '';
  return `${field('title')}\n${field('summary')}\n${body}`;
}

/** Every file of a folder, by relative path, with its content. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [relative(dir, file), readFileSync(file, 'utf8')]));
}

/** Expected number of published articles per taxonomy entry, from the generator's own record. */
function expectedCounts(kind: TaxonomyKind): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of corpus.articles) {
    const values = kind === 'topics' ? article.topics : [{ jurisdictions: article.jurisdiction, authorities: article.authority, types: article.type }[kind]];
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The counts an index page (/themes/, /types/…) shows, by entry slug. */
function shownCounts(section: string): Map<string, number> {
  const html = readPage(dist, `/${section}/`);
  const cards = [...html.matchAll(/<a href="\/[a-z]+\/([a-z0-9-]+)\/">[^<]*<\/a><\/h2><p class="entry-card__count">(\d+) articles?<\/p>/g)];
  return new Map(cards.map((match) => [match[1]!, Number(match[2])]));
}

const SECTIONS: Record<TaxonomyKind, string> = { topics: 'themes', jurisdictions: 'juridictions', types: 'types', authorities: 'autorites' };

describe('benchmark corpus (200 articles)', () => {
  it('is deterministic: a second generation writes identical files', () => {
    generateCorpus({ articles: COUNT, dir: CORPUS_AGAIN });
    const first = snapshot(CORPUS);
    const second = snapshot(CORPUS_AGAIN);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, text] of first) expect(second.get(path), path).toBe(text);
    expect(first.size).toBe(COUNT + 1); // the articles and corpus.json
  });

  it('writes 4–6 KB bodies of sections and lists, with every taxonomy entry in use', () => {
    const taxonomy = loadTaxonomy(join(process.cwd(), 'content', 'taxonomy'));
    for (const article of corpus.articles) {
      expect(article.bytes, article.slug).toBeGreaterThanOrEqual(BODY_MIN);
      expect(article.bytes, article.slug).toBeLessThanOrEqual(BODY_MAX);
      const text = readFileSync(join(corpus.articlesDir, `${article.slug}.mdx`), 'utf8');
      expect(text).toMatch(/^## /m);
      expect(text).toMatch(/^- /m);
      expect(text).toContain('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI');
    }
    for (const kind of ['topics', 'jurisdictions', 'types', 'authorities'] as const) {
      expect([...expectedCounts(kind).keys()].sort(), kind).toEqual(taxonomy[kind].map((entry) => entry.slug).sort());
    }
    const years = new Set(corpus.articles.map((article) => article.published.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(10);
  });
});

describe('Vigie built from the benchmark corpus', () => {
  it('has one page per article', () => {
    const articles = pagePaths(dist).filter((path) => /^\/articles\/[^/]+\/$/.test(path));
    expect(articles.sort()).toEqual(corpus.articles.map((article) => `/articles/${article.slug}/`).sort());
  });

  it.each(Object.entries(SECTIONS) as [TaxonomyKind, string][])('counts and paginates every %s entry', (kind, section) => {
    const expected = expectedCounts(kind);
    const shown = shownCounts(section);
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(expected));
    const pairs = kind === 'topics' ? corpus.articles.reduce((sum, article) => sum + article.topics.length, 0) : COUNT;
    expect([...shown.values()].reduce((sum, count) => sum + count, 0)).toBe(pairs);
    for (const [slug, count] of expected) {
      const pages = Math.ceil(count / PAGE_SIZE);
      let cards = 0;
      for (let n = 1; n <= pages; n++) {
        const html = readPage(dist, n === 1 ? `/${section}/${slug}/` : `/${section}/${slug}/${n}/`);
        cards += (html.match(/class="article-card"/g) ?? []).length;
      }
      expect(cards, `${section}/${slug}`).toBe(count);
      expect(pageExists(dist, `/${section}/${slug}/${pages + 1}/`), `${section}/${slug}`).toBe(false);
    }
  });

  it('lists the 50 newest articles in the main feed', () => {
    const { channel } = readRss(join(dist, 'rss.xml'));
    expect(channel.item).toHaveLength(50);
    const fiftieth = corpus.articles
      .map((article) => article.published)
      .sort()
      .reverse()[49]!;
    for (const item of channel.item) expect(new Date(item.pubDate).toISOString().slice(0, 10) >= fiftieth, item.link).toBe(true);
  });

  it('resolves every internal link and anchor', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('answers search queries with the expected pages', async () => {
    const index = await loadSearchIndex(dist);
    // A word of the first source article (CRPA L100-2): exactly the articles whose text holds it.
    const withWord = corpus.articles
      .filter((article) => /laïcité/i.test(readFileSync(join(corpus.articlesDir, `${article.slug}.mdx`), 'utf8')))
      .map((article) => `/articles/${article.slug}/`);
    expect(withWord.length).toBeGreaterThan(0);
    const found = await runSearch(index, parseSearchState('?q=la%C3%AFcit%C3%A9'), { limit: 100 });
    expect(found.hits.map((hit) => hit.url).sort()).toEqual(withWord.sort());
    // Filters alone: every article of a topic.
    const topic = corpus.articles[0]!.topics[0]!;
    const byTopic = await runSearch(index, parseSearchState(`?theme=${topic}`), { limit: 1000 });
    expect(byTopic.total).toBe(expectedCounts('topics').get(topic));
  });

  it('finds a word Pagefind ranks below longer words of its stem, and every article holding it', async () => {
    const index = await loadSearchIndex(dist);
    // "directive": Pagefind ranks "directeur", "direction"… first; the page must not call it unknown.
    const holding = corpus.articles
      .filter((article) => /(?<![\p{L}])directives?(?![\p{L}])/iu.test(indexedText(article.slug)))
      .map((article) => `/articles/${article.slug}/`);
    expect(holding.length).toBeGreaterThan(0);
    const page = await runSearch(index, parseSearchState('?q=directive'));
    expect(page.unknownWord).toBeUndefined();
    expect(page.hits.length).toBe(Math.min(10, holding.length));
    const all = await runSearch(index, parseSearchState('?q=directive'), { limit: 1000 });
    expect(all.hits.map((hit) => hit.url).sort()).toEqual(holding.sort());
  });

  it('a feminine or plural form finds the articles writing only another form of the word', async () => {
    const index = await loadSearchIndex(dist);
    // Pagefind alone finds, for "calculées", only the articles writing "calculée(s)"; the site
    // also asks for the root ("calcul") and keeps the forms of the word, not its derivations.
    const forms = (pattern: RegExp) =>
      corpus.articles
        .filter((article) => pattern.test(indexedText(article.slug)))
        .map((article) => `/articles/${article.slug}/`)
        .sort();
    const cases: [string, RegExp, RegExp][] = [
      ['calculées', /(?<![\p{L}])calcul(?:s|ée?s?|és?|er|e|ent|ant)?(?![\p{L}])/iu, /(?<![\p{L}])calculées?(?![\p{L}])/iu],
      ['salariée', /(?<![\p{L}])salarié(?:e?s?)(?![\p{L}])/iu, /(?<![\p{L}])salariées?(?![\p{L}])/iu],
    ];
    for (const [query, anyForm, typedForm] of cases) {
      const holding = forms(anyForm);
      expect(holding.length, query).toBeGreaterThan(forms(typedForm).length);
      const found = await runSearch(index, parseSearchState(`?q=${encodeURIComponent(query)}`), { limit: 1000 });
      expect(found.hits.map((hit) => hit.url).sort(), query).toEqual(holding);
      expect(found.exact, query).toBe(true);
      expect(found.total, query).toBe(holding.length);
    }
  });

  it('finds a code article however it is cited ("L. 161-1" or "L161-1")', async () => {
    const index = await loadSearchIndex(dist);
    const holding = corpus.articles
      .filter((article) => /(?<![\p{L}\p{N}])L\.?\s?161-1(?![\d-])/u.test(indexedText(article.slug)))
      .map((article) => `/articles/${article.slug}/`)
      .sort();
    expect(holding.length).toBeGreaterThan(0);
    for (const query of ['L. 161-1', 'L161-1']) {
      const found = await runSearch(index, parseSearchState(`?q=${encodeURIComponent(query)}`), { limit: 1000 });
      expect(found.hits.map((hit) => hit.url).sort(), query).toEqual(holding);
    }
  });

  it('preloading a query being typed leaves its search only fragments to download', async () => {
    const index = await loadSearchIndex(dist);
    const state = parseSearchState(`?q=${encodeURIComponent('prestations familiales')}`);
    const start = downloads.length;
    // Words still being typed (one or two letters) are not preloaded: they would fetch most chunks.
    await preloadSearch(index, parseSearchState('?q=p'));
    await preloadSearch(index, parseSearchState(`?q=${encodeURIComponent('prestations fa')}`));
    expect(downloads.slice(start)).toEqual([]);
    await preloadSearch(index, state);
    // The preload fetched the words' index chunks (not loaded by the queries above)…
    expect(downloads.slice(start).filter((file) => file.url.endsWith('.pf_index')).length).toBeGreaterThan(0);
    const before = downloads.length;
    const outcome = await runSearch(index, state);
    expect(outcome.hits.length).toBeGreaterThan(0);
    // …so the search itself only reads the results' fragments.
    const fetched = downloads.slice(before).map((file) => file.url);
    expect(fetched.filter((url) => !url.endsWith('.pf_fragment'))).toEqual([]);
    expect(fetched.length).toBeGreaterThan(0);
  });

  it("the search report splits each query's downloads into index chunks and fragments", async () => {
    const metrics = await measureSearch(dist);
    const chunkFiles = readdirSync(join(dist, 'pagefind', 'index')).filter((name) => name.endsWith('.pf_index'));
    expect(metrics.chunks.count).toBe(chunkFiles.length);
    expect(metrics.chunks.smallestBytes).toBeLessThanOrEqual(metrics.chunks.medianBytes);
    expect(metrics.chunks.medianBytes).toBeLessThanOrEqual(metrics.chunks.largestBytes);
    expect(metrics.queries.map((q) => q.query)).toEqual([...TIMED_QUERIES]);
    // Chunks and fragments already read by an earlier query are cached: some queries read none.
    expect(metrics.queries.some((q) => q.fragmentBytes > 0 && q.chunkBytes > 0)).toBe(true);
    for (const q of metrics.queries) expect(q.chunkBytes + q.fragmentBytes, q.query).toBeLessThanOrEqual(q.bytes);
  });

  it('a page rejected for the typed word is read again from the roots, and the count promises what the roots add', async () => {
    const index = await loadSearchIndex(dist);
    const holdingForm = (term: string) =>
      corpus.articles
        .filter((article) =>
          indexedText(article.slug)
            .split(/\s+/)
            .some((token) => isGenuineMatch(term, token)),
        )
        .map((article) => `/articles/${article.slug}/`)
        .sort();
    // Pagefind's search for "assurée" also matches "assurent" in pages that write "assurés"
    // elsewhere: rejected for the first, they are found through the root "assuré".
    for (const state of ["?q=l'assur%C3%A9e", "?q=l'assur%C3%A9e&tri=date"]) {
      const all = await runSearch(index, parseSearchState(state), { limit: 1000, verifyAllUpTo: 1000 });
      // (The search report above set Pagefind's base URL for its own run: compare article paths.)
      expect(all.hits.map((hit) => hit.url.replace(/^.*(?=\/articles\/)/, '')).sort(), state).toEqual(holdingForm('assurée'));
      expect(all.exact, state).toBe(true);
    }
    // "lois": its own results fill the first page; the roots' ("loi") are still counted, so the
    // search page offers them.
    const loi = holdingForm('lois').length;
    const page = await runSearch(index, parseSearchState('?q=lois'));
    expect(page.hits).toHaveLength(10);
    expect(page.exact).toBe(false);
    expect(page.total).toBeGreaterThan(loi / 2);
    // A word found only in another form is not "unknown" when a filter or another word leaves nothing.
    const none = await runSearch(index, parseSearchState(`?q=${encodeURIComponent('élaborées pension')}`));
    expect(holdingForm('élaborées').length).toBeGreaterThan(0);
    expect(none.unknownWord).toBeUndefined();
  });

  // Last: its queries load index chunks that the download counts above must not find cached.
  it('asks for the roots only once the results of the typed word run out or are few', async () => {
    const index = await loadSearchIndex(dist);
    const asked: string[] = [];
    const counting = {
      ...index,
      pagefind: {
        ...index.pagefind,
        search: (query: string | null, options?: { filters?: Record<string, unknown> }) => {
          asked.push(query ?? '');
          return index.pagefind.search(query, options);
        },
      },
    };
    const holding = (pattern: RegExp) => corpus.articles.filter((article) => pattern.test(indexedText(article.slug))).length;
    // "prévues": more than a page of articles write it; the first page needs no second search.
    expect(holding(/(?<![\p{L}])prévues(?![\p{L}])/iu)).toBeGreaterThan(20);
    const page = await runSearch(counting, parseSearchState('?q=pr%C3%A9vues'));
    expect(asked).toEqual(['prévues']);
    expect(page.exact).toBe(false);
    // The whole list reads them all, then the root's results ("prévu", "prévus").
    asked.length = 0;
    const all = await runSearch(counting, parseSearchState('?q=pr%C3%A9vues'), { limit: 1000 });
    expect(asked).toEqual(['prévues', 'prévu']);
    expect(all.exact).toBe(true);
    expect(all.total).toBe(holding(/(?<![\p{L}])prévu(?:e?s?)(?![\p{L}])/iu));
  });
});
