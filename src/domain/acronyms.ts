/**
 * Legal acronyms and the long forms they stand for ("RGPD" / "règlement général sur la protection
 * des données"), so that either finds the articles that write the other. The list is data that
 * editors extend (`content/taxonomy/acronyms.json`, read by src/loading/acronyms.ts); this module
 * only decides which equivalents a text lacks.
 */

/** One acronym and its equivalents: any form found in an article makes every other form find it. */
export interface Acronym {
  /** Acronyms and short names, matched as written, capitals included ("RGPD", "GDPR", "NIS 2"). */
  short: string[];
  /** Long forms, matched whatever their capitals ("règlement général sur la protection des données"). */
  long: string[];
}

/** Apostrophes, no-break spaces and runs of white space as one form, so that a text matches however it is typeset. */
function plain(text: string): string {
  return text.replace(/[\u2019\u02bc]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A form as a whole-word pattern; inner spaces match any white space, "NIS 2" also "NIS2". */
function formPattern(form: string, caseSensitive: boolean): RegExp {
  const words = plain(form).trim().split(' ').map(escapeRegExp);
  const source = words.reduce((joined, word, i) => (i === 0 ? word : `${joined}${/^\d/.test(word) ? ' ?' : ' '}${word}`), '');
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
}

/**
 * The forms an article's search labels add: for each acronym one of whose forms `text` holds, its
 * forms the text does not hold, so that a search for any of them finds the article.
 */
export function acronymEquivalents(text: string, acronyms: readonly Acronym[]): string[] {
  const haystack = plain(text);
  const added: string[] = [];
  for (const acronym of acronyms) {
    const forms = [
      ...acronym.short.map((form) => ({ form, found: formPattern(form, true).test(haystack) })),
      ...acronym.long.map((form) => ({ form, found: formPattern(form, false).test(haystack) })),
    ];
    if (!forms.some((f) => f.found)) continue;
    for (const { form, found } of forms) if (!found && !added.includes(form)) added.push(form);
  }
  return added;
}
