/** Queries against the real Pagefind index of the fixture content folder. */
import { beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../helpers/site-build.ts';
import { loadPagefind, type NodePagefind } from '../helpers/pagefind-node.ts';
import { runSearch } from '../../src/lib/search-engine.ts';
import { parseSearchState } from '../../src/lib/search-query.ts';

const ELISIONS = '/articles/elisions-et-apostrophes/';
let pagefind: NodePagefind;
beforeAll(async () => {
  pagefind = await loadPagefind(SITES.fixture);
});

async function urls(query: string, limit = 100): Promise<string[]> {
  return (await runSearch(pagefind, parseSearchState(query), { limit })).hits.map((hit) => hit.url);
}
const q = (text: string, rest = '') => `?q=${encodeURIComponent(text)}${rest}`;

describe('elisions (every elided form, indexed with ’)', () => {
  it.each([
    ['antichrèse', "l’"], ['hypothèque', "d’"], ['acquitte', "s’"], ['ordonnancement', "jusqu’"], ['arbitrage', "lorsqu’"],
    ['usufruit', "puisqu’"], ['emphytéose', "qu’"], ['obère', "n’"], ['était', "c’"], ['astreint', "m’"], ['incombe', "t’"], ['atteste', "j’"],
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

  it('never returns a draft', async () => {
    expect(await urls(q('BROUILLONSECRET'))).toEqual([]);
    expect(await urls('?theme=concurrence')).not.toContain('/articles/brouillon-confidentiel/');
  });

  it('filter-only browsing returns every article of a topic, newest first', async () => {
    const outcome = await runSearch(pagefind, parseSearchState('?theme=cybersecurite'), { limit: 100 });
    const filters = await pagefind.filters();
    expect(outcome.total).toBe(filters['thème']!['cybersecurite']);
    const dates = outcome.hits.map((hit) => hit.data.meta.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('finds a generated article by its marker and the GFM article by a table cell', async () => {
    expect(await urls(q('FIXTURE17'))).toEqual(['/articles/fixture-017/']);
    expect(await urls(q('registre des traitements'))).toContain('/articles/tableaux-gfm/');
  });

  it('sorts by date when asked', async () => {
    const hits = (await runSearch(pagefind, parseSearchState(q('article de test', '&tri=date')), { limit: 100 })).hits;
    expect(hits.length).toBeGreaterThan(10);
    const dates = hits.map((hit) => hit.data.meta.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
