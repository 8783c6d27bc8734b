/**
 * French text as Pagefind must see it. Pagefind splits words on the ASCII apostrophe but not on
 * the typographic one, so "l’intérêt" would be one unfindable word; and it does not split on the
 * no-break spaces of French typography ("fondamentaux :"), which would glue words to punctuation
 * and shift word positions. The indexed copy of a page uses ASCII apostrophes and plain spaces;
 * the search page restores ’ in excerpts (`restoreApostrophes`).
 */

const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02bc]/g;
const NO_BREAK_SPACES = /[\u00a0\u202f\u2007\u2060]|&nbsp;|&#160;|&#xa0;/gi;

/**
 * The HTML handed to the indexer: only the page's `<article>` element (title, chapeau, meta line
 * with the filters, body), since Pagefind reads nothing else of it, with ASCII apostrophes and plain
 * spaces. Less HTML to parse makes indexing faster on large sites.
 */
export function htmlForIndex(html: string): string {
  const start = html.indexOf('<article class="article"');
  const end = start < 0 ? -1 : html.indexOf('</article>', start);
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'fr';
  const relevant = start >= 0 && end > start ? `<html lang="${lang}"><body>${html.slice(start, end + '</article>'.length)}</body></html>` : html;
  return relevant.replace(TYPOGRAPHIC_APOSTROPHES, "'").replace(NO_BREAK_SPACES, ' ');
}

/** Excerpts come from the indexed copy; show them with the typographic apostrophe as written. */
export function restoreApostrophes(text: string): string {
  return text.replace(/'/g, '\u2019');
}
