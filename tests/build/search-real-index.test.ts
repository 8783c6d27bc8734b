/**
 * Queries against the real Pagefind index of the real content (built by tests/global-setup.ts),
 * loaded in Node from dist/pagefind/pagefind.js, through the same search logic as the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../helpers/site-build.ts';
import { loadSearchIndex, type NodeSearchIndex } from '../../src/search/node-pagefind.ts';
import { runSearch } from '../../src/search/search-engine.ts';
import { parseSearchState } from '../../src/search/search-query.ts';
import type { ExcerptPart } from '../../src/search/search-excerpt.ts';
import { forDisplay } from '../../src/search/search-text.ts';

const PLAN = '/articles/plan-action-ue-cybersecurite-hopitaux/';
const CNIL = '/articles/cnil-interet-legitime-intelligence-artificielle/';
const EAA = '/articles/european-accessibility-act-entree-en-application/';
const RENNES = '/articles/ca-rennes-obligation-conseil-prestataire-informatique/';
const CASS = '/articles/cass-2e-civ-article-857-cpc-retractation-ordonnance/';

let index: NodeSearchIndex;
beforeAll(async () => {
  index = await loadSearchIndex(SITES.real);
});

async function urls(query: string): Promise<string[]> {
  const outcome = await runSearch(index, parseSearchState(query), { limit: 50 });
  return outcome.hits.map((hit) => hit.url);
}

const q = (text: string, rest = '') => `?q=${encodeURIComponent(text)}${rest}`;

describe('index content', () => {
  it('indexes the article pages only, in French', () => {
    const entry = JSON.parse(readFileSync(join(SITES.real, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    expect(entry.languages.fr.page_count).toBe(5);
  });

  it('has the four filters with every value', async () => {
    const filters = await index.pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['année', 'juridiction', 'thème', 'type']);
    expect(filters.thème).toMatchObject({ cybersecurite: 1, 'sante-numerique': 1, accessibilite: 1, 'procedure-civile': 1 });
    expect(filters.juridiction).toEqual({ ue: 2, france: 3 });
    expect(filters.année).toEqual({ '2024': 1, '2025': 4 });
    expect(filters.type).toEqual({ 'plan-d-action': 1, recommandation: 1, directive: 1, arret: 2 });
  });

  it('carries the result list metadata', async () => {
    const [hit] = (await runSearch(index, parseSearchState(q('rétractation')))).hits;
    expect(hit!.data.meta).toMatchObject({ date: '2025-05-22', juridiction: 'France' });
    expect(hit!.data.meta.title).toContain('Cass. 2e civ., 22 mai 2025');
    expect(hit!.data.meta.summary).toContain('deuxième chambre civile');
  });
});

describe('French queries on the real content', () => {
  it.each([
    // Stemming and plurals
    ['cyberattaque', [PLAN]],
    ['cyberattaques', [PLAN]],
    ['hôpital', [PLAN]],
    ['hôpitaux', [PLAN]],
    ['CYBERATTAQUE', [PLAN]],
    // Accents optional
    ['hopitaux', [PLAN]],
    ['hopital', [PLAN]],
    ['securite', [PLAN]],
    ['retractation', [CASS]],
    ['rétractation', [CASS]],
    ['deuxieme chambre civile', [CASS]],
    // Words that only appear elided
    ['intérêt', [CNIL]],
    ['égalité', [EAA]],
    ['egalite', [EAA]],
    ['ordonnance', [CASS]],
    ['ENISA', [PLAN]],
    // Queries typed with an elision, both apostrophes
    ["l'intérêt légitime", [CNIL]],
    ['l’intérêt légitime', [CNIL]],
    ['l’accessibilité', [EAA]],
    ["l'hôpital", [PLAN]],
    ['d’accès', [EAA]],
    ["l'ENISA", [PLAN]],
    // AND semantics: a word found nowhere gives nothing
    ['agisse', []],
    ['cybersécurité agisse', []],
    ['hôpitaux rétractation', []],
    ['xyzzyq', []],
    // Words next to the no-break spaces of French typography ("fondamentaux :", "« intérêt légitime »")
    ['dissuasion', [PLAN]],
    ['moissonnage', [CNIL]],
    // Phrases
    ['"prestataire informatique"', [RENNES]],
    ['concurrence déloyale', [CASS]],
    ['délai de huit jours', [CASS]],
    ['la directive sur l’accessibilité', [EAA]],
    // Short words and numbers match only themselves: "mai" is not "mais", "CA" not "cadre", "14" not "145"
    ['mai 2025', [CASS]],
    ['CA Rennes', [RENNES]],
    ['article 14', []],
    ['article 857', [CASS]],
    // Ordinals set in superscript ("2<sup>e</sup> civ.") are still one word
    ['2e civ', [CASS]],
    ['1 juin 2025', []],
    ['19 juin 2025', [CNIL]],
    // "contrat" is not "contre" (in the plan article); it finds the article filed under "Contrats
    // informatiques", whose text never says "contrat".
    ['contrat', [RENNES]],
    // Pasted or abbreviated forms: other apostrophes, invisible characters, dates in figures, "n°", "art."
    ['l‘intérêt légitime', [CNIL]],
    ['cyber\u00adsécurité', [PLAN]],
    ['28/06/2025', [EAA]],
    ['2025-05-22', [CASS]],
    ['art. 857', [CASS]],
    ['n° 857', [CASS]],
    // A word typed with a hyphen that the text writes as two words
    ['web-scraping', [CNIL]],
    // A name with a number typed together that the text writes apart ("directive NIS 2")
    ['NIS2', [PLAN]],
    ['nis2', [PLAN]],
    ['directive NIS2', [PLAN]],
    ['NIS 2', [PLAN]],
    // "oeuvre" as typed on a French keyboard, or "œuvre" as written
    ['mise en oeuvre', [PLAN]],
    ['œuvre', [PLAN]],
  ] as const)('%s', async (query, expected) => {
    expect(await urls(q(query))).toEqual(expected);
  });

  it('"intérêt légitime" finds the same pages with or without the article', async () => {
    expect(await urls(q("l'intérêt légitime"))).toEqual(await urls(q('intérêt légitime')));
    expect(await urls(q('l’accessibilité'))).toEqual(await urls(q('accessibilité')));
  });

  it('ranks the exact phrase above pages holding the words apart', async () => {
    expect(await urls(q('prestataire informatique'))).toEqual([RENNES, PLAN]);
  });

  it('reports the unknown word', async () => {
    expect((await runSearch(index, parseSearchState(q('cybersécurité agisse')))).unknownWord).toBe('agisse');
    expect((await runSearch(index, parseSearchState(q('agisse')))).unknownWord).toBe('agisse');
    // A word that occurs, filtered out: no result, but not an unknown word.
    const filtered = await runSearch(index, parseSearchState(q('cyberattaque', '&theme=accessibilite')));
    expect(filtered.hits).toEqual([]);
    expect(filtered.unknownWord).toBeUndefined();
  });
});

describe('filters and sort on the real content', () => {
  it.each([
    ['filter narrows a query', q('cyberattaque', '&theme=cybersecurite'), [PLAN]],
    ['filter excludes everything', q('cyberattaque', '&theme=accessibilite'), []],
    ['filter-only: jurisdiction, by date', '?juridiction=france', [CNIL, CASS, RENNES]],
    ['filter-only: year', '?annee=2024', [RENNES]],
    ['filter-only: type', '?type=arret', [CASS, RENNES]],
    ['two values of one facet are OR', '?theme=accessibilite&theme=procedure-civile', [EAA, CASS]],
    ['two facets are AND', '?juridiction=ue&annee=2025', [EAA, PLAN]],
    ['sort by date', q('directive', '&tri=date'), [EAA, PLAN]],
    ['sort by date with a filter', q('arrêt', '&tri=date&juridiction=france'), [CASS, RENNES]],
  ] as const)('%s', async (_, query, expected) => {
    expect(await urls(query)).toEqual(expected);
  });

  it('gives facet counts for the current query once the filter index is loaded', async () => {
    await index.pagefind.filters();
    const outcome = await runSearch(index, parseSearchState(q('arrêt')));
    expect(outcome.facetCounts.juridiction).toEqual({ france: 2, ue: 0 });
    expect(outcome.facetCounts.thème?.['procedure-civile']).toBe(1);
  });

  it('leaves results found not to match out of the facet counts', async () => {
    await index.pagefind.filters();
    // Pagefind also returns EAA for "également" (its stem meets "égalité"); the search drops it, and its counts too.
    const outcome = await runSearch(index, parseSearchState(q('également')));
    expect(outcome.hits.map((hit) => hit.url)).toEqual([PLAN]);
    expect(outcome.facetCounts.thème?.accessibilite).toBe(0);
    expect(outcome.facetCounts.juridiction).toEqual({ ue: 1, france: 0 });
  });

  it('with neither query nor filter, lists nothing', async () => {
    expect(await urls('')).toEqual([]);
  });

  it('keeps excerpts as written once apostrophes are restored', async () => {
    const [hit] = (await runSearch(index, parseSearchState(q('égalité')))).hits;
    expect(shown(hit!.excerpt)).toContain('l’[égalité] d’accès');
  });
});

/** An excerpt as the page shows it, highlights in [brackets]. */
const shown = (parts: ExcerptPart[]) => parts.map(({ text, mark }) => (mark ? `[${forDisplay(text)}]` : forDisplay(text))).join('');

describe('excerpts', () => {
  it('quote the article, never its title or labels, and highlight the matched word only', async () => {
    const outcome = await runSearch(index, parseSearchState(q('cassation')), { limit: 10 });
    expect(outcome.hits.length).toBeGreaterThan(0);
    for (const hit of outcome.hits) {
      const text = shown(hit.excerpt);
      expect(text).not.toContain(forDisplay(hit.data.meta.title!));
      expect(text).not.toContain('⁂');
      expect(text).not.toMatch(/\[[^\]]*[.,;:]\]/);
    }
    // The Cour de cassation's article names the court only in its labels and citation: its
    // excerpt is its chapeau's first words, not "Cour de cassation. Procédure civile. Cass. …".
    const cass = outcome.hits.find((hit) => hit.url === CASS)!;
    expect(shown(cass.excerpt)).toMatch(/^[A-ZÀ-Ý]/);
  });

  it('say where a sentence is cut', async () => {
    const [hit] = (await runSearch(index, parseSearchState(q('hôpitaux')))).hits;
    const text = shown(hit!.excerpt);
    expect(text).toMatch(/\[hôpitaux\]/);
    expect(text.startsWith('…\u00a0') || /^[A-ZÀ-Ý«]/.test(text)).toBe(true);
    expect(text.endsWith('\u00a0…') || /[.!?»]$/.test(text)).toBe(true);
  });
});

describe('acronyms and long forms find each other', () => {
  it('finds by acronym an article that writes the long form only, and the reverse', async () => {
    for (const [acronym, long] of [
      ['CPC', 'Code de procédure civile'],
      ['CNIL', 'Commission nationale de l’informatique et des libertés'],
    ] as const) {
      const byAcronym = await urls(q(acronym));
      const byLong = await urls(q(long));
      expect(byAcronym.length, acronym).toBeGreaterThan(0);
      expect(new Set(byLong), `${acronym} / ${long}`).toEqual(new Set(byAcronym));
    }
  });
});
