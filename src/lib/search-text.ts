/**
 * French text as Pagefind must see it. Pagefind splits words on the ASCII apostrophe but not on
 * the typographic one, so "l’intérêt" would be one unfindable word: the indexed copy of a page uses
 * ASCII apostrophes, and the search page restores ’ in excerpts (`restoreApostrophes`).
 */

const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02bc]/g;

/** The HTML handed to the indexer: typographic apostrophes made ASCII, nothing else changed. */
export function htmlForIndex(html: string): string {
  return html.replace(TYPOGRAPHIC_APOSTROPHES, "'");
}

/** Excerpts come from the indexed copy; show them with the typographic apostrophe as written. */
export function restoreApostrophes(text: string): string {
  return text.replace(/'/g, '\u2019');
}
