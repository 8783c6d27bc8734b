/**
 * French text as Pagefind must see it. Pagefind splits words on the ASCII apostrophe but not on
 * the typographic one, so "l’intérêt" would be one unfindable word; and it does not split on the
 * no-break spaces of French typography ("fondamentaux :"), which would glue words to punctuation
 * and shift word positions. Readers type "oeuvre" (French keyboards have no œ key) where the
 * text writes "œuvre", and "L161-1" where it writes "L. 161-1". The indexed copy of a page uses
 * ASCII apostrophes, plain spaces, "oe", "ae" for the ligatures and one spelling of code
 * articles; the search page shows titles and excerpts with ’ and the usual ligatures again
 * (`forDisplay`).
 */
import { acronymEquivalents, type Acronym } from '../domain/acronyms.ts';
import { escapeXml } from '../domain/feed-items.ts';
import { LABELS_MARK } from './search-excerpt.ts';

const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02bc]/g;
const NO_BREAK_SPACES = /[\u00a0\u202f\u2007\u2060]|&nbsp;|&#160;|&#xa0;/gi;

/**
 * The HTML handed to the indexer: only the page's `<article>` element (title, chapeau, meta line
 * with the filters, body, search labels), since Pagefind reads nothing else of it, with ASCII
 * apostrophes and plain spaces. Less HTML to parse makes indexing faster on large sites.
 */
export function htmlForIndex(html: string, acronyms: readonly Acronym[] = []): string {
  // The article element's class list starts with "article" ("article article--toc").
  const start = html.search(/<article class="article[\s"]/);
  const end = start < 0 ? -1 : html.indexOf('</article>', start);
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'fr';
  const article = start >= 0 && end > start ? `<html lang="${lang}"><body>${html.slice(start, end + '</article>'.length)}</body></html>` : html;
  const withLabels = indexLabels(article, acronymEquivalents(textOf(article), acronyms));
  return spaceCodeArticles(unligature(separateCells(withLabels).replace(TYPOGRAPHIC_APOSTROPHES, "'").replace(NO_BREAK_SPACES, ' ')));
}

/**
 * The article's search labels (SearchLabels.astro: an inert template in the page), and the
 * acronyms or long forms equivalent to those it writes ("RGPD" for "règlement général sur la
 * protection des données"), become indexed text after the article's own, behind `LABELS_MARK`, so
 * that they find the article but excerpts leave them out.
 */
function indexLabels(html: string, equivalents: readonly string[]): string {
  const extra = equivalents.map((form) => `<p>${escapeXml(form)}</p>`).join('');
  const labels = /<template data-search-labels(?:="")?>([\s\S]*?)<\/template>/;
  const block = (inner: string) => `<div data-pagefind-body><p>${LABELS_MARK}</p>${inner}${extra}</div>`;
  if (labels.test(html)) return html.replace(labels, (_, inner: string) => block(inner));
  return extra ? html.replace('</article>', `${block('')}</article>`) : html;
}

/** The text of some HTML, roughly: enough to look words up in it. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(NO_BREAK_SPACES, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Closing tags of elements whose text ends a word, though HTML may write the next one right after. */
const CELL_ENDS = /<\/(?:th|td|li|dt|dd|caption)>/g;

/**
 * MDX writes table cells and list items without whitespace between them, and Pagefind would read
 * `<th>Catégorie</th><th>Montant</th>` as one word "CatégorieMontant": a space after each keeps
 * the words apart.
 */
function separateCells(html: string): string {
  return html.replace(CELL_ENDS, '$& ');
}

/**
 * Code articles are cited "L. 161-1" or "L161-1" (legislative, regulatory, décret and arrêté
 * parts: L, R, D, A; a hyphenated number): both are indexed, and searched, as "L 161-1", so
 * that either spelling, or the number alone, finds both. "annexe A. 2" is left alone.
 */
export function spaceCodeArticles(text: string): string {
  return text.replace(codeArticle(String.raw`\.?\s?`), '$1 ');
}

/** A code article's part letter, `separator`, then its hyphenated number (not followed by a letter). */
function codeArticle(separator: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])([LRDA])${separator}(?=\d+(?:-\d+)+(?![\p{L}]))`, 'gu');
}

/** "œuvre" → "oeuvre", "Æ" → "AE": as readers type them (the search query is folded the same way). */
export function unligature(text: string): string {
  return text.replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE');
}

/** French words written with "œ" whose "oe" comes back in display: (man)œuvre, cœur, sœur, vœu, nœud, bœuf, mœurs, œil, œuf. */
const OE_WORDS = /(?<![\p{L}])(man|dés|c|s|v|n|b|m)?([Oo])e(?=u|il)/gu;

/**
 * Titles and excerpts come from the indexed copy: shown with the typographic apostrophe and the
 * usual ligatures ("mise en œuvre"), as the articles write them, and code articles as cited ("L. 161-1").
 */
export function forDisplay(text: string): string {
  return text
    .replace(/'/g, '\u2019')
    .replace(OE_WORDS, (_, before: string | undefined, o: string) => `${before ?? ''}${o === 'O' ? 'Œ' : 'œ'}`)
    .replace(codeArticle(' '), '$1.\u00a0');
}
