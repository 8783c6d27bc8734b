/**
 * French text as Pagefind must see it. Pagefind splits words on the ASCII apostrophe but not on
 * the typographic one, so "l’intérêt" would be one unfindable word; and it does not split on the
 * no-break spaces of French typography ("fondamentaux :"), which would glue words to punctuation
 * and shift word positions. The indexed copy of a page uses ASCII apostrophes and plain spaces;
 * the search page restores ’ in excerpts (`restoreApostrophes`).
 */

const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02bc]/g;
const NO_BREAK_SPACES = /[\u00a0\u202f\u2007\u2060]|&nbsp;|&#160;|&#xa0;/gi;

/** The HTML handed to the indexer: ASCII apostrophes and plain spaces, nothing else changed. */
export function htmlForIndex(html: string): string {
  return html.replace(TYPOGRAPHIC_APOSTROPHES, "'").replace(NO_BREAK_SPACES, ' ');
}

/** Excerpts come from the indexed copy; show them with the typographic apostrophe as written. */
export function restoreApostrophes(text: string): string {
  return text.replace(/'/g, '\u2019');
}
