/**
 * The search logic shared by the search page and the Node test harness, on top of Pagefind's JS
 * API. Pagefind alone gives wrong answers in French; this layer makes them right:
 * - elisions are stripped from the query (the index is built with ASCII apostrophes);
 * - every query word must really occur (AND): Pagefind falls back to any indexed prefix of an
 *   unknown word ("agisse" → "a"), so each word is checked against the words it matched;
 * - a word's other forms are also asked through its root ("calculées" → "calculé"), which
 *   Pagefind's stemming does not always reach;
 * - results whose matches are only loose stem collisions are dropped;
 * - for several words, pages holding them as a phrase rank first (from match positions);
 * - with no query, filters alone list matching articles by date (the site's own order, given
 *   to Pagefind as the sort key `SORT_KEY` on every article page).
 */
import { editDistance } from '../domain/closest-match.ts';
import { foldWord } from '../domain/fold-word.ts';
import { holdsPhrase, phraseOffsets } from './phrase-positions.ts';
import { resultExcerpt, type ExcerptPart } from './search-excerpt.ts';
import {
  broaderForm,
  isGenuineMatch,
  joinedName,
  lettersAndNumber,
  normalizeQuery,
  queryTerms,
  significantTerms,
  stripElision,
  wordParts,
  SEARCH_FACETS,
  FACET_PARAMS,
  type SearchState,
} from './search-query.ts';

/** The subset of Pagefind's browser API used here. */
export interface PagefindApi {
  /** Loads every filter's index and returns the counts over all pages. */
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  /** Downloads the index chunks a search for `query` will need, without searching. */
  preload?(query: string, options?: { filters?: Record<string, unknown> }): Promise<void>;
}

/**
 * Pagefind's options, the same for the search page and the Node harness. `termSimilarity` (1 by
 * default) ranks pages holding the typed word itself above pages matched only through a longer
 * word of the same stem ("délai" before "délégation"): the latter are dropped here anyway, so with
 * it the first results need fewer fragments (at 10,000 articles, "délai" read 20 instead of 10).
 * Pagefind's own excerpt is not used (search-excerpt.ts).
 */
export const PAGEFIND_OPTIONS = { ranking: { termSimilarity: 3 } } as const;

/**
 * The key under which every article page gives Pagefind its rank in the site's own order (newest
 * first; same day, by title, then slug: sort.ts), as `data-pagefind-sort` and
 * `data-pagefind-meta`, zero-padded so that text and number order agree. Pagefind sorts by it;
 * the meta lets two sorted result lists be merged.
 */
export const SORT_KEY = 'rank';
const BY_DATE = { sort: { [SORT_KEY]: 'asc' } } as const;

/** An article's sort value: its rank among published articles, newest first (0 = newest). */
export function sortValue(rank: number): string {
  return String(rank).padStart(7, '0');
}

/** What a search runs on. */
export interface SearchIndex {
  pagefind: PagefindApi;
}

export function searchIndex(pagefind: PagefindApi): SearchIndex {
  return { pagefind };
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
  /** Positions (in words) of the query's matches in the page. */
  words: number[];
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  locations: number[];
}

export interface SearchHit {
  url: string;
  data: PagefindData;
  /** What the result page quotes of the article (search-excerpt.ts). */
  excerpt: ExcerptPart[];
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
  /** The index's word closest to `unknownWord`, as the articles write it ("cybersécurité" for "cybersécruité"). */
  suggestion?: string;
}

export interface SearchOptions {
  /** Results to verify and return (a page). */
  limit?: number;
  /** Up to this many raw results, all are verified and the count is exact. */
  verifyAllUpTo?: number;
}

const EMPTY: Omit<SearchOutcome, 'query'> = { hits: [], total: 0, exact: true, facetCounts: {} };

function hitOf(data: PagefindData, terms: readonly string[]): SearchHit {
  return { url: data.url, data, excerpt: resultExcerpt(data.content, data.locations, terms) };
}

/** Pagefind filters for the state: OR within a facet, AND across facets. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const param of FACET_PARAMS) if (state.filters[param].length) filters[SEARCH_FACETS[param]] = { any: state.filters[param] };
  return filters;
}

/**
 * Does this result really contain every query word (not just a fallback prefix or stem)? A word
 * typed with a hyphen ("web-scraping", "e-santé") also counts when the text writes its parts
 * apart ("web scraping"); a code with digits ("162-5") must be found whole. A name with a number
 * counts written together or apart, one word after the other: "NIS2" for "NIS 2" and the reverse.
 */
function matchesAllTerms(data: PagefindData, terms: readonly string[]): boolean {
  const words = data.content.split(/\s+/);
  const matched = data.locations.map((location) => words[location] ?? '');
  const found = (term: string) => matched.some((word) => isGenuineMatch(term, word));
  const bare = (word: string | undefined) => (word ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  return terms.every((term, i) => {
    if (found(term)) return true;
    const compound = lettersAndNumber(term);
    if (compound)
      return data.locations.some((location) => isGenuineMatch(compound.letters, words[location] ?? '') && bare(words[location + 1]) === compound.number);
    const joined = joinedName(term, terms[i + 1]) ?? (i > 0 ? joinedName(terms[i - 1]!, term) : undefined);
    if (joined && found(joined)) return true;
    const parts = wordParts(term);
    return parts.length > 1 && parts.every(found);
  });
}

/**
 * What Pagefind is asked: the significant words, or a quoted query as typed (function words
 * included). Words typed with inner punctuation are asked by their parts ("web-scraping" → "web
 * scraping"): Pagefind would otherwise match only the first part. Codes with digits ("162-5",
 * "23-18.432") are asked whole, as Pagefind indexes them.
 */
function pagefindQuery(normalized: string): string {
  if (normalized.includes('"')) return normalized;
  return significantTerms(queryTerms(normalized))
    .map((term) => wordParts(term).join(' '))
    .join(' ');
}

/**
 * The same query with each word reduced to its root ("calculées" → "calculé"), and a name with a
 * number written the other way ("NIS2" ↔ "NIS 2"), asked second so that pages holding only
 * another form of the word are found too; undefined for a quoted query or when no word has a
 * root of its own.
 */
function broaderPagefindQuery(normalized: string): string | undefined {
  if (normalized.includes('"')) return undefined;
  const terms = significantTerms(queryTerms(normalized));
  const asked: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const joined = joinedName(terms[i]!, terms[i + 1]);
    if (joined) {
      asked.push(joined);
      i++;
    } else asked.push(broaderForm(terms[i]!) ?? wordParts(terms[i]!).join(' '));
  }
  const broader = asked.join(' ');
  return broader !== pagefindQuery(normalized) ? broader : undefined;
}

const MIN_PRELOAD_LETTERS = 3;

/**
 * Starts downloading the index chunks of a query still being typed (the search page calls it on
 * every keystroke, before its debounce), so that the search itself finds them loaded.
 */
export async function preloadSearch(index: SearchIndex, state: SearchState): Promise<void> {
  const query = normalizeQuery(state.q);
  const terms = significantTerms(queryTerms(query));
  // A searched word of one or two letters is a prefix of thousands: its chunks are much of the
  // index, and the reader is most likely still typing it.
  if (!terms.length || terms.some((term) => [...term].length < MIN_PRELOAD_LETTERS)) return;
  // A failed preload only means the search will download the chunks itself.
  const filters = pagefindFilters(state);
  const broader = broaderPagefindQuery(query);
  // One after the other: Pagefind's calls share one WebAssembly instance.
  for (const asked of [pagefindQuery(query), ...(broader ? [broader] : [])]) await index.pagefind.preload?.(asked, { filters }).catch(() => undefined);
}

/** Results read, ten at a time, to decide that a word occurs nowhere (Pagefind may rank longer words of its stem first). */
const EXISTENCE_CHECK = 30;

/** A term exists when one of its best results, asked as typed or by its root, really contains it. */
async function termExists(pagefind: PagefindApi, term: string): Promise<boolean> {
  const root = broaderForm(term);
  for (const asked of [wordParts(term).join(' '), ...(root ? [root] : [])]) {
    const results = (await pagefind.search(asked))?.results ?? [];
    for (let start = 0; start < Math.min(results.length, EXISTENCE_CHECK); start += 10) {
      const datas = await Promise.all(results.slice(start, start + 10).map((result) => result.data()));
      if (datas.some((data) => matchesAllTerms(data, [term]))) return true;
    }
  }
  return false;
}

/** The first query word that occurs in no article, if any (one search per word: only run when a search found nothing). */
async function firstUnknownTerm(pagefind: PagefindApi, terms: readonly string[]): Promise<string | undefined> {
  for (const term of new Set(terms)) if (!(await termExists(pagefind, term))) return term;
  return undefined;
}

/** Results read, ten at a time, for the words a suggestion is chosen from. */
const SUGGESTION_RESULTS = 30;

/**
 * The word of the articles closest to an unknown one, from the index's own words: those that
 * share its first four letters (then three, then two), which Pagefind finds as prefixes, at an edit
 * distance growing with the word's length (1 up to five letters, 2 up to nine, 3 beyond); the
 * most frequent wins a tie. Undefined for numbers and codes, and when nothing is close.
 */
export async function spellingSuggestion(pagefind: PagefindApi, word: string): Promise<string | undefined> {
  const folded = foldWord(stripElision(word)).replace(/[^\p{L}]/gu, '');
  if (folded.length < 4 || /\p{N}/u.test(word)) return undefined;
  const reach = folded.length <= 5 ? 1 : folded.length <= 9 ? 2 : 3;
  for (const length of [4, 3, 2]) {
    // Folded form → how it is written (in lower case when the text ever writes it so) and how often.
    const seen = new Map<string, { written: string; count: number }>();
    const results = (await pagefind.search(folded.slice(0, length)))?.results ?? [];
    for (let start = 0; start < Math.min(results.length, SUGGESTION_RESULTS); start += 10) {
      const datas = await Promise.all(results.slice(start, start + 10).map((result) => result.data()));
      for (const data of datas) {
        const words = data.content.split(/\s+/);
        for (const location of data.locations) {
          const written = stripElision(words[location] ?? '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
          if (!/^\p{L}+(?:-\p{L}+)*$/u.test(written)) continue;
          const key = foldWord(written);
          const entry = seen.get(key);
          // "Cybersécurité" opening a sentence is the word "cybersécurité"; "Rennes" stays a name.
          const lower = written === written.toLowerCase();
          if (!entry) seen.set(key, { written, count: 1 });
          else seen.set(key, { written: lower ? written : entry.written, count: entry.count + 1 });
        }
      }
    }
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [key, { written, count }] of seen) {
      const distance = editDistance(folded, key);
      if (distance === 0 || distance > reach) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: written, distance, count };
    }
    if (best) return best.word;
  }
  return undefined;
}

/**
 * Facet counts come with every search, but only for the filters whose index Pagefind has loaded
 * (the filter being searched, or all of them after `pagefind.filters()`). The search page loads
 * them when the reader turns to the filters: at 10,000 articles they weigh more than a query.
 */
export async function runSearch(index: SearchIndex, state: SearchState, options: SearchOptions = {}): Promise<SearchOutcome> {
  const { pagefind } = index;
  const limit = options.limit ?? 10;
  const verifyAllUpTo = options.verifyAllUpTo ?? 20;
  const query = normalizeQuery(state.q);
  const filters = pagefindFilters(state);

  if (!query) {
    if (!Object.keys(filters).length) return { query, ...EMPTY };
    const search = await pagefind.search(null, { filters, ...BY_DATE });
    if (!search) return { query, ...EMPTY };
    const newest = search.results.slice(0, limit);
    const datas = await Promise.all(newest.map((r) => r.data()));
    return { query, hits: datas.map((data) => hitOf(data, [])), total: search.results.length, exact: true, facetCounts: search.filters };
  }

  const allTerms = queryTerms(query);
  if (!allTerms.length) return { query, ...EMPTY };
  const terms = significantTerms(allTerms);
  const quoted = query.includes('"');
  // One Pagefind search for the query as typed; a second for its words' roots when they have
  // some (pages holding only another form of a word: "calculé" for "calculées"), whose results
  // follow the first one's. The second runs only when it can matter: once the first one's results
  // are all read and either leave the page short or are few enough to count exactly (at 10,000
  // articles "données" already fills its pages, and its root's search would cost 160 ms), or at
  // once for a list by date, where any result may be the newest. Searches share one WebAssembly
  // instance and run one after the other (concurrent calls interfere), each costing time on a
  // large index; fragment downloads (`data()`) run in parallel. Without quotes, function words
  // are left out of the searches; quotes ask Pagefind for the exact phrase, function words
  // included. Listed by date, both searches come sorted by Pagefind and are merged by rank.
  let broader = broaderPagefindQuery(query);
  const byDate = state.sort === 'date';
  const main = await pagefind.search(pagefindQuery(query), { filters, ...(byDate ? BY_DATE : {}) });
  const typed = main?.results ?? [];
  const offsets = !quoted && allTerms.length > 1 ? phraseOffsets(allTerms) : undefined;
  // Phrase first: pages holding the words together outrank pages holding them apart.
  const phraseFirst = (results: PagefindResult[]) => {
    if (!offsets) return results;
    const phrase = new Set(results.filter((r) => holdsPhrase(r.words, offsets)));
    return [...results.filter((r) => phrase.has(r)), ...results.filter((r) => !phrase.has(r))];
  };
  let others: PagefindResult[] = [];
  const fromOthers = new Set<PagefindResult>();
  // Typed results found not to match, by id. One rejected because its matched word was another
  // ("assurent" for "assurée") may hold a genuine form that only the roots' search locates
  // ("assurés"): it is read again from there.
  const rejected = new Map<string, PagefindData>();
  let rootResultById = new Map<string, PagefindResult>();
  let rootOnly = 0;
  const searchRoots = async () => {
    const wide = (await pagefind.search(broader!, { filters, ...(byDate ? BY_DATE : {}) }))?.results ?? [];
    broader = undefined;
    const seen = new Set(typed.map((r) => r.id));
    rootResultById = new Map(wide.map((r) => [r.id, r]));
    const rootOnlyResults = wide.filter((r) => !seen.has(r.id));
    rootOnly = rootOnlyResults.length;
    others = [...wide.filter((r) => rejected.has(r.id)), ...rootOnlyResults];
    for (const r of others) fromOthers.add(r);
  };
  let ordered: PagefindResult[];
  if (byDate) {
    if (broader) await searchRoots();
    ordered = await mergeByRank(typed, others, Math.max(limit * 10, 100));
  } else ordered = phraseFirst(typed);

  // Up to `verifyAllUpTo` results, all are read and the count is exact. Beyond, results are read a
  // page (at least ten) at a time until the page is full, at most `checkLimit` of them: Pagefind
  // usually ranks the typed word first, so genuine results come early (not always: "directive"
  // comes after "direction" and "directeur", its stem-mates); the count is then estimated from
  // the share found genuine (Pagefind's own count also holds loose stem matches: "référer" 200,
  // really 1).
  let verifyAll = ordered.length <= verifyAllUpTo;
  let checkLimit = verifyAll ? ordered.length : Math.max(limit * 10, 100);
  const hits: SearchHit[] = [];
  const foundOnlyByRoot: PagefindData[] = [];
  // Per search (typed words, roots): results read and found genuine, for the estimated count.
  const tally = { typed: { read: 0, genuine: 0 }, others: { read: 0, genuine: 0 } };
  const batch = Math.max(limit, 10);
  let checked = 0;
  const hitIds = new Set<string>();
  const accept = (result: PagefindResult, data: PagefindData, count: { genuine: number }, byRoot: boolean) => {
    hits.push(hitOf(data, terms));
    hitIds.add(result.id);
    count.genuine++;
    if (byRoot) foundOnlyByRoot.push(data);
  };
  for (;;) {
    const wanted = verifyAll || hits.length < limit;
    // Once the roots' results follow, one batch of them is read even for a full page: the count
    // then estimates them from their own share ("informée": 43, not the 89 the typed share gives).
    const sampleRoots = !byDate && rootOnly > 0 && tally.others.read === 0;
    if ((wanted || sampleRoots) && checked < Math.min(ordered.length, checkLimit)) {
      const slice = ordered.slice(checked, checked + batch);
      checked += slice.length;
      const datas = await Promise.all(slice.map((r) => r.data()));
      const genuine = datas.map((data) => matchesAllTerms(data, terms));
      // With the roots' search already run (lists by date), a rejected typed result is read again
      // at once from it, in its place.
      const retries = await Promise.all(slice.map((r, i) => (genuine[i] || fromOthers.has(r) ? undefined : rootResultById.get(r.id)?.data())));
      for (const [i, result] of slice.entries()) {
        const data = datas[i]!;
        if (rejected.has(result.id)) {
          // A rejected typed result, read again from the roots' search.
          if (!hitIds.has(result.id) && genuine[i]) accept(result, data, tally.typed, false);
          continue;
        }
        const byRoot = fromOthers.has(result);
        const count = byRoot ? tally.others : tally.typed;
        count.read++;
        const retry = retries[i];
        if (genuine[i]) accept(result, data, count, byRoot);
        else if (retry && matchesAllTerms(retry, terms)) accept(result, retry, count, false);
        else if (!byRoot) rejected.set(result.id, data);
      }
    } else if (wanted && broader && checked >= ordered.length) {
      // Every typed result read, and the page short or the set small: the roots' turn.
      await searchRoots();
      ordered = [...ordered, ...phraseFirst(others)];
      verifyAll = ordered.length <= verifyAllUpTo;
      checkLimit = verifyAll ? ordered.length : Math.max(limit * 10, 100);
    } else break;
  }
  // Not complete while the roots' search, which may add results, has not run.
  const complete = checked >= ordered.length && !broader;
  // Each search's unread results count at the share found genuine among its read ones (the roots'
  // search mostly brings other words of the stem: "assurance" for "assurée"); when none of the
  // roots' results was read, at the typed words' share, so that the count and the "more" button
  // still promise them ("lois": 13 typed results read, 71 more through "loi").
  const share = ({ read, genuine }: { read: number; genuine: number }) => (read ? genuine / read : undefined);
  const estimated = typed.length * (share(tally.typed) ?? 0) + rootOnly * (share(tally.others) ?? share(tally.typed) ?? 0);
  if (!hits.length) {
    // Nothing genuine: say which word occurs nowhere, when one does. With one word, no filter and
    // every result read, that word is the answer; otherwise each word is looked up (a filter may
    // be what left nothing).
    const unknownWord = complete && terms.length === 1 && !Object.keys(filters).length ? terms[0] : await firstUnknownTerm(pagefind, terms);
    if (unknownWord) {
      const suggestion = await spellingSuggestion(pagefind, unknownWord);
      return { query, ...EMPTY, unknownWord, ...(suggestion ? { suggestion } : {}) };
    }
  }
  return {
    query,
    hits: complete ? hits : hits.slice(0, limit),
    total: complete ? hits.length : Math.max(hits.length, Math.round(estimated)),
    exact: complete,
    // A rejected typed result found genuine from the roots' search is in Pagefind's counts already.
    facetCounts: mendedCounts(
      main?.filters ?? {},
      [...rejected].flatMap(([id, data]) => (hitIds.has(id) ? [] : [data])),
      foundOnlyByRoot,
    ),
  };
}

/**
 * Pagefind's facet counts (of the typed words' search) mended by what the results read showed:
 * minus the results found not to match (stem collisions, prefixes), so that a count never
 * promises articles its filter would not show; plus the genuine results only the roots' search
 * found. Exact when every result was read, an estimate otherwise. A filter Pagefind has not
 * loaded yet has no counts to mend.
 */
function mendedCounts(
  counts: Record<string, Record<string, number>>,
  rejected: readonly PagefindData[],
  added: readonly PagefindData[],
): Record<string, Record<string, number>> {
  if (!rejected.length && !added.length) return counts;
  const mended = Object.fromEntries(Object.entries(counts).map(([facet, values]) => [facet, { ...values }]));
  const shift = (data: PagefindData, step: number) => {
    for (const [facet, values] of Object.entries(data.filters)) {
      const facetCounts = mended[facet];
      if (facetCounts) for (const value of values) facetCounts[value] = Math.max(0, (facetCounts[value] ?? 0) + step);
    }
  };
  for (const data of rejected) shift(data, -1);
  for (const data of added) shift(data, 1);
  return mended;
}

/**
 * Two result lists, each sorted by rank (Pagefind's sort), as one: the first `take` merged by
 * the ranks their pages carry (reading only the results compared), the rest after them unmerged,
 * since nothing past `take` is read. Results in both lists are kept once.
 */
async function mergeByRank(a: readonly PagefindResult[], b: readonly PagefindResult[], take: number): Promise<PagefindResult[]> {
  const inA = new Set(a.map((result) => result.id));
  const rest = b.filter((result) => !inA.has(result.id));
  if (!rest.length) return [...a];
  const rankOf = async (result: PagefindResult) => (await result.data()).meta[SORT_KEY] ?? '';
  const merged: PagefindResult[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < take && i < a.length && j < rest.length) {
    const [left, right] = await Promise.all([rankOf(a[i]!), rankOf(rest[j]!)]);
    merged.push(left <= right ? a[i++]! : rest[j++]!);
  }
  return [...merged, ...a.slice(i), ...rest.slice(j)];
}
