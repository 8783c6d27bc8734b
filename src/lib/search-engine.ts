/**
 * The search logic shared by the search page and the Node test harness, on top of Pagefind's JS
 * API. Pagefind alone gives wrong answers in French; this layer makes them right:
 * - elisions are stripped from the query (the index is built with ASCII apostrophes);
 * - every query word must really occur (AND): Pagefind falls back to any indexed prefix of an
 *   unknown word ("agisse" → "a"), so each word is checked against the words it matched;
 * - results whose matches are only loose stem collisions are dropped;
 * - for several words, pages holding them as a phrase rank first;
 * - with no query, filters alone list matching articles by date.
 */
import { isGenuineMatch, normalizeQuery, queryTerms, significantTerms, SEARCH_FACETS, FACET_PARAMS, type SearchState } from './search-query.ts';

/** The subset of Pagefind's browser API used here. */
export interface PagefindApi {
  /** Loads every filter's index and returns the counts over all pages. */
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  locations: number[];
}

export interface SearchHit {
  url: string;
  data: PagefindData;
}

export interface SearchOutcome {
  /** Pagefind's query after French normalisation ('' for filter-only browsing). */
  query: string;
  /** Verified results, in display order. */
  hits: SearchHit[];
  /** Number of results; exact when `exact`, otherwise Pagefind's count (an upper bound). */
  total: number;
  exact: boolean;
  /** Counts per facet value for the current query and filters (Pagefind's). */
  facetCounts: Record<string, Record<string, number>>;
  /** True when a query word occurs in no article (the answer is then empty). */
  unknownWord?: string;
}

export interface SearchOptions {
  /** Results to verify and return (a page). */
  limit?: number;
  /** Up to this many raw results, all are verified and the count is exact. */
  verifyAllUpTo?: number;
}

const EMPTY: Omit<SearchOutcome, 'query'> = { hits: [], total: 0, exact: true, facetCounts: {} };

/** Pagefind filters for the state: OR within a facet, AND across facets. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const param of FACET_PARAMS) if (state.filters[param].length) filters[SEARCH_FACETS[param]] = { any: state.filters[param] };
  return filters;
}

/** Does this result really contain every query word (not just a fallback prefix or stem)? */
function matchesAllTerms(data: PagefindData, terms: readonly string[]): boolean {
  const words = data.content.split(/\s+/);
  const matched = data.locations.map((location) => words[location] ?? '');
  return terms.every((term) => matched.some((word) => isGenuineMatch(term, word)));
}

/** A term exists when one of its top results really contains it (usually the first one). */
async function termExists(pagefind: PagefindApi, term: string): Promise<boolean> {
  const search = await pagefind.search(term);
  if (!search?.results.length) return false;
  if (matchesAllTerms(await search.results[0]!.data(), [term])) return true;
  const next = await Promise.all(search.results.slice(1, 5).map((result) => result.data()));
  return next.some((data) => matchesAllTerms(data, [term]));
}

/** Pagefind reports facet counts only for filters whose index it has loaded: load them all once. */
const filtersLoaded = new WeakSet<PagefindApi>();

export async function runSearch(pagefind: PagefindApi, state: SearchState, options: SearchOptions = {}): Promise<SearchOutcome> {
  if (!filtersLoaded.has(pagefind)) {
    await pagefind.filters();
    filtersLoaded.add(pagefind);
  }
  const limit = options.limit ?? 10;
  const verifyAllUpTo = options.verifyAllUpTo ?? 40;
  const query = normalizeQuery(state.q);
  const filters = pagefindFilters(state);
  const byDate = { date: 'desc' } as const;

  if (!query) {
    if (!Object.keys(filters).length) return { query, ...EMPTY };
    const search = await pagefind.search(null, { filters, sort: byDate });
    if (!search) return { query, ...EMPTY };
    const hits = await Promise.all(search.results.slice(0, limit).map(async (r) => ({ url: '', data: await r.data() })));
    return { query, hits: hits.map((h) => ({ ...h, url: h.data.url })), total: search.results.length, exact: true, facetCounts: search.filters };
  }

  const allTerms = queryTerms(query);
  if (!allTerms.length) return { query, ...EMPTY };
  const terms = significantTerms(allTerms);
  const sort = state.sort === 'date' ? byDate : undefined;
  const wantPhrase = !sort && allTerms.length > 1 && !query.includes('"');
  // Pagefind's searches share one WebAssembly instance: they run one after the other (concurrent
  // calls interfere); fragment downloads (`data()`) run in parallel.
  for (const term of new Set(terms)) {
    if (!(await termExists(pagefind, term))) return { query, ...EMPTY, unknownWord: term };
  }
  // Without quotes, function words are left out of the search itself (phrases keep them).
  const main = await pagefind.search(query.includes('"') ? query : terms.join(' '), { filters, ...(sort ? { sort } : {}) });
  if (!main) return { query, ...EMPTY };
  const phrase = wantPhrase ? await pagefind.search(`"${allTerms.join(' ')}"`, { filters }) : null;
  let ordered = main.results;
  // Phrase first: pages holding the words together outrank pages holding them apart.
  const first = new Set(phrase?.results.map((r) => r.id));
  if (first.size) ordered = [...ordered.filter((r) => first.has(r.id)), ...ordered.filter((r) => !first.has(r.id))];

  const exact = ordered.length <= verifyAllUpTo;
  const hits: SearchHit[] = [];
  const batch = Math.max(limit, 10);
  for (let start = 0; start < ordered.length && (exact || hits.length < limit); start += batch) {
    const datas = await Promise.all(ordered.slice(start, start + batch).map((r) => r.data()));
    for (const data of datas) if (matchesAllTerms(data, terms)) hits.push({ url: data.url, data });
  }
  return {
    query,
    hits: hits.slice(0, exact ? hits.length : limit),
    total: exact ? hits.length : ordered.length,
    exact,
    facetCounts: main.filters,
  };
}
