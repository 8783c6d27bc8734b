/**
 * French query handling for the search page (and the Node search harness): elisions stripped in
 * both apostrophe styles, accent-insensitive word comparison, and the search state as it lives in
 * the URL (`/recherche/?q=…&theme=…&juridiction=…&type=…&annee=…&tri=date`).
 */

/** Elided articles and conjunctions: l', d', j', m', n', s', t', c', qu', jusqu', lorsqu', puisqu'. */
const ELISION = /^(?:jusqu|lorsqu|puisqu|qu|[ldjmnstc])['\u2019\u02bc](?=[\p{L}\p{N}])/iu;

/** "l’intérêt" → "intérêt"; other words unchanged. */
export function stripElision(word: string): string {
  return word.replace(ELISION, '');
}

/** Lowercase, accents and ligatures folded, for comparing words: "Hôpitaux" → "hopitaux". */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/**
 * The query as Pagefind should get it: apostrophes made ASCII (as in the index), elisions removed
 * from every word, quoted phrases kept, spacing collapsed.
 */
export function normalizeQuery(raw: string): string {
  return raw
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[«“]\s*/g, '"')
    .replace(/\s*[»”]/g, '"')
    .split(/\s+/)
    .map((word) => {
      const quote = word.startsWith('"') ? '"' : '';
      return quote + stripElision(word.slice(quote.length));
    })
    .filter((word) => word !== '' && word !== '"')
    .join(' ')
    .trim();
}

/** The words of a normalized query that must each be found (letters and digits only). */
export function queryTerms(normalized: string): string[] {
  return normalized
    .replace(/"/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * French function words: in nearly every page, so checking or searching them only costs
 * downloads. They are dropped from the words a page must contain (phrases keep them).
 */
export const FRENCH_STOP_WORDS = new Set([
  'a', 'à', 'au', 'aux', 'avec', 'ce', 'ces', 'dans', 'de', 'des', 'du', 'elle', 'en', 'et', 'il', 'la', 'le', 'les', 'leur',
  'ne', 'ni', 'ou', 'où', 'par', 'pas', 'pour', 'qu', 'que', 'qui', 'sa', 'se', 'ses', 'son', 'sur', 'un', 'une', 'y',
]);

/** The words a result must contain: the query's words without function words (unless that leaves none). */
export function significantTerms(terms: readonly string[]): string[] {
  const kept = terms.filter((term) => !FRENCH_STOP_WORDS.has(term.toLowerCase()));
  return kept.length ? kept : [...terms];
}

/** Plural and gender endings that French stemming conflates: compared on a common base. */
function lightStem(folded: string): string {
  return folded.replace(/aux$/, 'al').replace(/(?<=..)[sx]$/, '');
}

/**
 * Whether an indexed word is a genuine match for a query term: the same word up to accents,
 * plural or gender ("hôpital" ~ "hôpitaux", "cyberattaque" ~ "cyberattaques"), or an extension of
 * it ("accès" ~ "accessibilité"). Rejects Pagefind's prefix fallback ("agisse" ~ "a") and loose
 * stem collisions ("égalité" ~ "également").
 */
export function isGenuineMatch(term: string, indexedWord: string): boolean {
  const a = lightStem(foldWord(stripElision(term)).replace(/[^\p{L}\p{N}]/gu, ''));
  if (!a) return false;
  // An indexed token may be a compound ("non-professionnel", "l'intérêt"): any part may match.
  const token = foldWord(stripElision(indexedWord));
  const candidates = [token.replace(/[^\p{L}\p{N}]/gu, ''), ...token.split(/[^\p{L}\p{N}]+/u)];
  return candidates.some((candidate) => {
    const b = lightStem(candidate);
    if (!b) return false;
    if (b.startsWith(a)) return true;
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return common >= 3 && common >= Math.ceil(a.length * 0.7);
  });
}

/** Facets of the search page: URL parameter → Pagefind filter key. */
export const SEARCH_FACETS = {
  theme: 'thème',
  juridiction: 'juridiction',
  type: 'type',
  annee: 'année',
} as const;
export type FacetParam = keyof typeof SEARCH_FACETS;
export const FACET_PARAMS = Object.keys(SEARCH_FACETS) as FacetParam[];

export type SortOrder = 'pertinence' | 'date';

export interface SearchState {
  q: string;
  filters: Record<FacetParam, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FacetParam, string[]> {
  return { theme: [], juridiction: [], type: [], annee: [] };
}

/** Reads the state from a query string ("?q=cyberattaque&theme=cybersecurite"). */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const param of FACET_PARAMS) {
    filters[param] = [...new Set(params.getAll(param).flatMap((value) => value.split(',')).map((v) => v.trim()).filter(Boolean))];
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('tri') === 'date' ? 'date' : 'pertinence' };
}

/** Writes the state as a query string, stable (same state ⇒ same URL), without empty values. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const param of FACET_PARAMS) for (const value of [...state.filters[param]].sort()) params.append(param, value);
  if (state.sort === 'date') params.set('tri', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FACET_PARAMS.some((param) => state.filters[param].length > 0);
}
