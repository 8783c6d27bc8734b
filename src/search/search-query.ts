import { formatDateFr, parseIsoDay } from '../domain/french-date.ts';
import { foldWord } from '../domain/fold-word.ts';
import { spaceCodeArticles, unligature } from './search-text.ts';

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

/** Apostrophe look-alikes readers type or paste (’ ‘ ʼ ´ ` ′): all read as the index's ASCII one (before NFKC, which splits "´"). */
const APOSTROPHES = /[\u2018\u2019\u02bc\u00b4\u0060\u2032]/g;
/** Invisible characters pasted from PDFs and word processors (soft hyphen, zero-width spaces, BOM). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Dates typed in figures ("28/06/2025", "28.06.2025", "2025-06-28") as the site writes them
 * ("28 juin 2025", "1er juin 2025"); impossible dates are left as typed.
 */
function spellNumericDates(text: string): string {
  const spell = (match: string, day: string, month: string, year: string) => {
    const date = parseIsoDay(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
    return date ? formatDateFr(date) : match;
  };
  return text
    .replace(/(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/gu, (match, year: string, month: string, day: string) => spell(match, day, month, year))
    .replace(/(?<![\p{L}\p{N}/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}])/gu, (match, day: string, _sep: string, month: string, year: string) =>
      spell(match, day, month, year),
    );
}

/**
 * The query as Pagefind should get it: compatibility forms folded (ligatures "ﬁ", and "œ" as the
 * index has it: "oe"), invisible characters removed, apostrophes made ASCII and code articles
 * spaced ("L 161-1"), as in the index; dates in figures spelled out; elisions removed from every
 * word; "art." spelled out and "n°" dropped before a number; quoted phrases kept; spacing
 * collapsed.
 */
export function normalizeQuery(raw: string): string {
  return (
    spaceCodeArticles(spellNumericDates(unligature(raw.replace(INVISIBLE, '').replace(APOSTROPHES, "'").normalize('NFKC'))))
      .replace(/[«“]\s*/g, '"')
      .replace(/\s*[»”]/g, '"')
      // "art. 857", "art.857": the text writes "article 857".
      .replace(/(?<![\p{L}\p{N}])art\.?\s*(?=\d)/giu, 'article ')
      // "n° 857", "n°857": the number is what the text holds.
      .replace(/(?<![\p{L}\p{N}])n[°º]\s*(?=\d)/giu, '')
      .replace(/(?<![\p{L}\p{N}])n[°º](?![\p{L}\p{N}])/giu, '')
      .split(/\s+/)
      .map((word) => {
        const quote = word.startsWith('"') ? '"' : '';
        return quote + stripElision(word.slice(quote.length));
      })
      .filter((word) => word !== '' && word !== '"')
      .join(' ')
      .trim()
  );
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
  'a',
  'à',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'en',
  'et',
  'il',
  'la',
  'le',
  'les',
  'leur',
  'ne',
  'ni',
  'ou',
  'où',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'un',
  'une',
  'y',
]);

/**
 * Whether a query word is a function word. Typed in capitals it is an acronym, not a function
 * word: "CE" (Conseil d'État, Communauté européenne) is searched, "ce" is not.
 */
export function isStopWord(term: string): boolean {
  if ([...term].length >= 2 && inCapitals(term)) return false;
  return FRENCH_STOP_WORDS.has(term.toLowerCase());
}

/** Typed in capitals: has letters, none of them lowercase. */
function inCapitals(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The words a result must contain: the query's words without function words (unless that leaves none). */
export function significantTerms(terms: readonly string[]): string[] {
  const kept = terms.filter((term) => !isStopWord(term));
  return kept.length ? kept : [...terms];
}

/**
 * Plural endings folded for comparison: "hôpitaux" → "hôpital", "réseaux" → "réseau", "lieux" →
 * "lieu", "contrats" → "contrat" (an "x" only after "u": "CELEX" keeps it).
 */
function lightStem(folded: string): string {
  if (NOT_PLURALS.has(folded)) return folded;
  return folded
    .replace(/eaux$/, 'eau')
    .replace(/aux$/, 'al')
    .replace(/(?<=..)s$|(?<=u)x$/, '');
}

/**
 * Words ending in "s" that are not plurals, some of them beside a word their singular would be
 * ("fois" is not "foi", "cours" not "cour", "fonds" not "fond", "mois" not "moi").
 */
const NOT_PLURALS = new Set([
  'mais',
  'cass',
  'plus',
  'tous',
  'nous',
  'vous',
  'sans',
  'lors',
  'puis',
  'sous',
  'dans',
  'pays',
  'gens',
  'fois',
  'mois',
  'cours',
  'fonds',
  'bois',
  'alors',
  'jadis',
]);

/**
 * What may follow a shared stem on either side: inflections of one word ("déclaré" ~ "déclarer"
 * ~ "déclarées", "notifiant", "porterait"), not derivations into other words ("directive" is not
 * "directeur", "publié" not "publication") nor arbitrary letters ("contrat" is not "contre",
 * "jour" not "journal", "égalité" not "également").
 */
const INFLECTION = /^(?:e|ee?s?|ere?s?|ez|r|ent|ante?s?|ai[st]?|aient|ons|ie?s?|i[rt]|r?ai[st]|r?aient|ra)?$/;

/** A stem shared over at least this many letters (shorter ones join unrelated words: "dec" of "décès" and "décret"). */
const MIN_STEM = 4;
/** Past this length, a word typed whole is rarely the start of an unrelated one ("professionnel" ~ "professionnelle"). */
const LONG_WORD = 10;

/**
 * Whether an indexed word is a genuine match for a query term: the same word up to accents,
 * plural or gender ("hôpital" ~ "hôpitaux", "cyberattaque" ~ "cyberattaques"), or another form
 * of the same word ("mentionner" ~ "mentionnée", "déclarée" ~ "déclarer"). Numbers, codes with
 * digits ("162-5", "L161-1"), acronyms typed in capitals and words of one to three letters match
 * only themselves ("14" is not "145", "mai" not "mais", "CELEX" not "celles"; "loi" still finds
 * "lois"). Rejects Pagefind's prefix fallback ("agisse" ~ "a") and loose stem collisions
 * ("égalité" ~ "également", "décès" ~ "décembre").
 */
export function isGenuineMatch(term: string, indexedWord: string): boolean {
  const bare = stripElision(term);
  const plain = foldWord(bare).replace(/[^\p{L}\p{N}]/gu, '');
  if (!plain) return false;
  const letters = [...plain].length;
  const acronym = isAcronym(bare, letters);
  const exactOnly = isMatchedExactly(bare, plain, letters);
  const a = exactOnly ? plain : lightStem(plain);
  // An indexed token may be a compound ("non-professionnel", "l'intérêt"): any part may match.
  const token = foldWord(stripElision(indexedWord));
  const candidates = [token.replace(/[^\p{L}\p{N}]/gu, ''), ...token.split(/[^\p{L}\p{N}]+/u)];
  return candidates.some((candidate) => {
    if (!candidate) return false;
    // A three-letter word or an acronym keeps its plural ("loi" ~ "lois", "NOR" ~ "NORs"), but not through words that only look like one ("mais", "Cass.").
    if (exactOnly)
      return (
        candidate === a ||
        ((letters === 3 || acronym) && /^\p{L}+$/u.test(a) && candidate === `${a}s` && !NOT_PLURALS.has(candidate)) ||
        (letters === 3 && candidate === `${a}x`)
      );
    const b = lightStem(candidate);
    if (b.startsWith(a)) return a.length >= LONG_WORD || INFLECTION.test(b.slice(a.length));
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return common >= MIN_STEM && INFLECTION.test(a.slice(common)) && INFLECTION.test(b.slice(common));
  });
}

/** Two to six capitals: an acronym (a longer word in capitals is a word typed with caps lock). */
function isAcronym(bare: string, letters: number): boolean {
  return letters >= 2 && letters <= 6 && inCapitals(bare);
}

/** Numbers, codes with digits, acronyms and words of one to three letters match only themselves (and the plural of the last two). */
function isMatchedExactly(bare: string, plain: string, letters: number): boolean {
  return /\p{N}/u.test(plain) || letters <= 3 || isAcronym(bare, letters);
}

/**
 * Endings after which Pagefind's stemming misses other forms of the word, measured on the
 * benchmark corpus (over 1,500 words, the root's search added articles for 44 of 51 words in
 * "-ée", 43 of 46 in "-ées"; rarely for other endings, where it would also bring words that only
 * look like a form: "retraite" → "retrait"): participles "-ée(s)", "-és", "-us", "-ue(s)" (not
 * "-que", "-gue": "politique", "langue"), "-crite(s)", "-dite(s)", "-uite(s)", verbs "-iant",
 * "-ier", and "-ère(s)". Not "-ent" (34 of 95 words gained, but verbs in "-ent" are seldom
 * typed, and the nouns' roots can cost much: at 10,000 articles "accident" → "accid" downloaded
 * 317 KB more for nothing).
 */
const NARROW_ENDING = /(?:ées?|és|us|(?<![gq])ues?|(?:cr|d|u)ites?|iant|ier|ères?)$/u;

/** Fewest letters a broader form keeps: shorter roots start too many unrelated words. */
const MIN_ROOT = MIN_STEM + 1;

/**
 * The word without its plural and inflection ("assurées" → "assuré", "lois" → "loi", "notifier"
 * → "notifi", "prévus" → "prévu"), for asking Pagefind a second time: its own stemming finds only
 * some forms of a word from another ("calculée" finds the 6 articles writing "calculée(s)", not the
 * 37 writing only "calcul", "calculé" or "calculer"; "lois" none of those writing only "loi"),
 * while `isGenuineMatch` accepts them all; and "NIS2" → "NIS 2" (`lettersAndNumber`). Accents
 * are kept, as Pagefind wants them. Undefined when the word is matched exactly, is not plain
 * letters, does not end in a `NARROW_ENDING` (nor is a plural of a three-letter word), or is its
 * own root.
 */
export function broaderForm(term: string): string | undefined {
  // "NIS2" is also written "NIS 2", its official name: the second search asks it apart.
  const compound = lettersAndNumber(term);
  if (compound) return `${compound.letters} ${compound.number}`;
  const typed = stripElision(term);
  // French letters are one UTF-16 unit each once normalised (NFKC): lengths count letters.
  const bare = typed.toLowerCase();
  if (!/^\p{L}+$/u.test(bare)) return undefined;
  // As typed: capitals make an acronym ("PRÉVUS" is matched exactly).
  if (isMatchedExactly(typed, bare, bare.length)) return undefined;
  const shortPlural = bare.length === 4 && bare.endsWith('s') && !NOT_PLURALS.has(foldWord(bare));
  if (!shortPlural && !NARROW_ENDING.test(bare)) return undefined;
  // A participle keeps its "é": "retraités" → "retraité", not "retrait", another word.
  const participle = bare.replace(/(?:ées?|és)$/, 'é');
  if (participle !== bare) return participle;
  let root = lightStem(bare);
  for (let keep = MIN_ROOT; keep < root.length; keep++) {
    if (INFLECTION.test(foldWord(root.slice(keep)))) {
      root = root.slice(0, keep);
      break;
    }
  }
  return root !== bare ? root : undefined;
}

/**
 * A name made of letters then a number, which texts write together or apart: "NIS2" / "NIS 2",
 * "DAC7", "PSD2", "eIDAS2". Its two parts, or undefined (a code with a hyphen, "L161-1", is not one).
 */
export function lettersAndNumber(term: string): { letters: string; number: string } | undefined {
  const match = /^(\p{L}{2,})(\p{N}{1,5})$/u.exec(stripElision(term));
  return match ? { letters: match[1]!, number: match[2]! } : undefined;
}

/**
 * "NIS" then "2", typed apart: the name written together ("NIS2"), or undefined. Only for a name
 * typed with capitals: "juin 2025" or "article 857" are not names to join.
 */
export function joinedName(letters: string, number: string | undefined): string | undefined {
  if (number === undefined || !/^\p{N}+$/u.test(number)) return undefined;
  if ((stripElision(letters).match(/\p{Lu}/gu) ?? []).length < 2) return undefined;
  const joined = `${stripElision(letters)}${number}`;
  return lettersAndNumber(joined) ? joined : undefined;
}

/** "web-scraping" → ["web", "scraping"]; a term with digits is one code, not parts. */
export function wordParts(term: string): string[] {
  return /\p{N}/u.test(term) ? [term] : term.split(/[^\p{L}']+/u).filter(Boolean);
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
    filters[param] = [
      ...new Set(
        params
          .getAll(param)
          .flatMap((value) => value.split(','))
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
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
