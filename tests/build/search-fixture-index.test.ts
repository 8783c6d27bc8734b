/** Queries against the real Pagefind index of the fixture content folder. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, ROOT, SITES } from '../helpers/site-build.ts';
import { loadTaxonomy } from '../../src/loading/taxonomy.ts';
import { readPage } from '../helpers/dist.ts';
import { loadSearchIndex, type NodeSearchIndex } from '../../src/search/node-pagefind.ts';
import { runSearch } from '../../src/search/search-engine.ts';
import { parseSearchState } from '../../src/search/search-query.ts';

const ELISIONS = '/articles/elisions-et-apostrophes/';
let index: NodeSearchIndex;
beforeAll(async () => {
  index = await loadSearchIndex(SITES.fixture);
});

async function urls(query: string, limit = 100): Promise<string[]> {
  return (await runSearch(index, parseSearchState(query), { limit })).hits.map((hit) => hit.url);
}
const q = (text: string, rest = '') => `?q=${encodeURIComponent(text)}${rest}`;

describe('elisions (every elided form, indexed with ’)', () => {
  it.each([
    ['antichrèse', 'l’'],
    ['hypothèque', 'd’'],
    ['acquitte', 's’'],
    ['ordonnancement', 'jusqu’'],
    ['arbitrage', 'lorsqu’'],
    ['usufruit', 'puisqu’'],
    ['emphytéose', 'qu’'],
    ['obère', 'n’'],
    ['était', 'c’'],
    ['astreint', 'm’'],
    ['incombe', 't’'],
    ['atteste', 'j’'],
  ])('%s (after %s) is found alone, and with its elision typed either way', async (word, elision) => {
    expect(await urls(q(word))).toEqual([ELISIONS]);
    expect(await urls(q(`${elision}${word}`))).toEqual([ELISIONS]);
    expect(await urls(q(`${elision.replace('’', "'")}${word}`))).toEqual([ELISIONS]);
  });
});

describe('fixture queries', () => {
  it('ranks the exact phrase first even when another page repeats the words more', async () => {
    expect(await urls(q('registre horodaté'))).toEqual(['/articles/registre-horodate-ensemble/', '/articles/registre-et-horodatage-separes/']);
  });

  it('finds a name with a number written together ("DAC7") when typed apart, and as typed', async () => {
    expect(await urls(q('DAC 7'))).toEqual(['/articles/registre-horodate-ensemble/']);
    expect(await urls(q('DAC7'))).toEqual(['/articles/registre-horodate-ensemble/']);
    expect(await urls(q('directive DAC 7'))).toEqual(['/articles/registre-horodate-ensemble/']);
  });

  it('never returns a draft', async () => {
    expect(await urls(q('BROUILLONSECRET'))).toEqual([]);
    expect(await urls('?theme=concurrence')).not.toContain('/articles/brouillon-confidentiel/');
  });

  it('filter-only browsing returns every article of a topic, newest first', async () => {
    const outcome = await runSearch(index, parseSearchState('?theme=cybersecurite'), { limit: 100 });
    const filters = await index.pagefind.filters();
    expect(outcome.total).toBe(filters.thème!.cybersecurite);
    const dates = outcome.hits.map((hit) => hit.data.meta.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('finds an article by its decision number, ECLI or source identifier', async () => {
    for (const query of ['23-12.345', 'n° 23-12.345', 'ECLI:FR:CCASS:2025:CO00123', '32016R0679', 'ECLI:EU:C:2020:559']) {
      expect(await urls(q(query)), query).toEqual(['/articles/tableaux-gfm/']);
    }
  });

  it('finds the articles filed under a topic or an authority by its label, whatever their own words', async () => {
    // The generated articles' text never names their topics.
    const taxonomy = loadTaxonomy(join(ROOT, 'content', 'taxonomy'));
    for (const topic of taxonomy.topics) {
      const filed = (await runSearch(index, parseSearchState(`?theme=${topic.slug}`), { limit: 1000 })).hits.map((hit) => hit.url);
      expect(filed.length, topic.slug).toBeGreaterThan(0);
      const found = await runSearch(index, parseSearchState(q(topic.label)), { limit: 1000, verifyAllUpTo: 1000 });
      expect(
        found.hits.map((hit) => hit.url),
        topic.label,
      ).toEqual(expect.arrayContaining(filed));
    }
    expect(await urls(q('Cour de justice de l’Union européenne'))).toContain('/articles/article-dans-un-dossier/');
    expect(await urls(q('CNIL'))).toEqual(['/articles/tableaux-gfm/']);
  });

  it('finds an article writing "RGPD" by the regulation\'s long form, from the acronyms data file', async () => {
    expect(await urls(q('RGPD'))).toContain('/articles/tableaux-gfm/');
    expect(await urls(q('règlement général sur la protection des données'))).toContain('/articles/tableaux-gfm/');
    expect(await urls(q('GDPR'))).toContain('/articles/tableaux-gfm/');
  });

  it('finds a generated article by its marker and the GFM article by a table cell', async () => {
    expect(await urls(q('FIXTURE17'))).toEqual(['/articles/fixture-017/']);
    expect(await urls(q('registre des traitements'))).toContain('/articles/tableaux-gfm/');
  });

  it("lists filtered articles in the site's order, through Pagefind's sort", async () => {
    const jurisdictions = loadTaxonomy(join(FIXTURE_CONTENT, 'taxonomy'), join(ROOT, 'content', 'taxonomy')).jurisdictions.map((entry) => entry.slug);
    const everything = `?${jurisdictions.map((slug) => `juridiction=${slug}`).join('&')}`;
    const listed = await runSearch(index, parseSearchState(everything), { limit: 1000 });
    // The archives list every published article, newest first, year after year.
    const years = readdirSync(join(SITES.fixture, 'archives'))
      .filter((name) => /^\d{4}$/.test(name))
      .sort()
      .reverse();
    const archiveOrder = years.flatMap((year) => [...new Set(readPage(SITES.fixture, `/archives/${year}/`).match(/\/articles\/[\w-]+\//g) ?? [])]);
    expect(listed.hits.map((hit) => hit.url)).toEqual(archiveOrder);
    expect(archiveOrder.length).toBeGreaterThan(40);
  });

  it('sorts by date when asked', async () => {
    const hits = (await runSearch(index, parseSearchState(q('article de test', '&tri=date')), { limit: 100 })).hits;
    expect(hits.length).toBeGreaterThan(10);
    const dates = hits.map((hit) => hit.data.meta.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
