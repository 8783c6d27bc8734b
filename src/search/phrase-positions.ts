/**
 * Phrase ranking from word positions. Pagefind gives each result the positions of the words it
 * matched; a page holds the query as a phrase when those positions repeat the query's spacing
 * ("pension de retraite": a match, then another two words later). This needs no second search and
 * never downloads the index of function words ("de" is in every page: hundreds of kilobytes at
 * 10,000 articles), which Pagefind's own quoted search would.
 */
import { isStopWord } from './search-query.ts';

/**
 * Where each searched word sits in the query, counted from the first: function words are not
 * searched but keep their place ("pension de retraite" → [0, 2]). When the query holds only
 * function words, they are all searched.
 */
export function phraseOffsets(terms: readonly string[]): number[] {
  const kept = terms.flatMap((term, index) => (isStopWord(term) ? [] : [index]));
  const offsets = kept.length ? kept : terms.map((_, index) => index);
  return offsets.map((offset) => offset - offsets[0]!);
}

/** Whether matched positions contain the phrase's spacing somewhere (a single word always does). */
export function holdsPhrase(positions: readonly number[], offsets: readonly number[]): boolean {
  if (offsets.length < 2) return positions.length > 0;
  const matched = new Set(positions);
  return positions.some((start) => offsets.every((offset) => matched.has(start + offset)));
}
