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

/** A form as a pattern source; inner spaces match any white space, and "NIS 2" also "NIS2". */
function formSource(form: string): string {
  const words = plain(form).trim().split(' ').map(escapeRegExp);
  return words.reduce((joined, word, i) => (i === 0 ? word : `${joined}${/^\d/.test(word) ? ' ?' : ' '}${word}`), '');
}

interface Scanner {
  /** Every form, in order; `entry` is its acronym's index. */
  forms: { form: string; entry: number }[];
  /** Short forms as written, long forms whatever their capitals: one pass each, a group per form. */
  passes: { pattern: RegExp; first: number }[];
}

/** The list's forms as two whole-word patterns, compiled once per list (every indexed page is scanned). */
const scanners = new WeakMap<readonly Acronym[], Scanner>();

function scanner(acronyms: readonly Acronym[]): Scanner {
  let scan = scanners.get(acronyms);
  if (scan) return scan;
  const short = acronyms.flatMap((acronym, entry) => acronym.short.map((form) => ({ form, entry })));
  const long = acronyms.flatMap((acronym, entry) => acronym.long.map((form) => ({ form, entry })));
  const pass = (forms: { form: string }[], flags: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(({ form }) => `(${formSource(form)})`).join('|')})(?![\\p{L}\\p{N}])`, flags);
  scan = {
    forms: [...short, ...long],
    passes: [
      ...(short.length ? [{ pattern: pass(short, 'gu'), first: 0 }] : []),
      ...(long.length ? [{ pattern: pass(long, 'giu'), first: short.length }] : []),
    ],
  };
  scanners.set(acronyms, scan);
  return scan;
}

/**
 * The forms an article's search labels add: for each acronym one of whose forms `text` holds, its
 * forms the text does not hold, so that a search for any of them finds the article.
 */
export function acronymEquivalents(text: string, acronyms: readonly Acronym[]): string[] {
  const haystack = plain(text);
  const { forms, passes } = scanner(acronyms);
  const present = new Set<number>();
  for (const { pattern, first } of passes) {
    for (const match of haystack.matchAll(pattern)) {
      const group = match.findIndex((value, i) => i > 0 && value !== undefined);
      present.add(first + group - 1);
    }
  }
  const entries = new Set([...present].map((i) => forms[i]!.entry));
  const added: string[] = [];
  forms.forEach(({ form, entry }, i) => {
    if (entries.has(entry) && !present.has(i) && !added.includes(form)) added.push(form);
  });
  return added;
}
