/**
 * Splits a file that holds several documents, by these rules, in order:
 * 1. A separator line (three or more of - * = _ ~ or box-drawing ─ ═, or "* * *") ends a
 *    document, unless it underlines the heading right above it ("COUR DE CASSATION" over
 *    "______", "D E C I D E :" over "-----", as official pages and PDFs print them).
 * 2. Two or more consecutive blank lines end a document (one blank line separates paragraphs).
 *    A piece without prose (headings, labels: no sentence) is no document of its own: it heads
 *    the piece after it, or closes the one before when it comes last (so does a newsletter's
 *    footer: page-furniture.ts). A piece that opens with a PDF's running header or footer (text,
 *    a wide gap, a page number) goes on with the piece before it: a page break.
 * 3. In a part written one paragraph a line with marked sections ("🟠 1 – …"), the paragraphs
 *    before the one that opens the sectioned document are briefs, one document each, and after
 *    its sections a title line followed by prose opens the next document.
 * 4. A "Pour en savoir plus" / "Sources" line closes the document it ends, together with the
 *    source lines that follow it: links, "Source : …" lines and short list items anywhere after
 *    it; or else reference lines ("Décret n° 2025-1187 du 21 novembre 2025", "RGPD, articles 32
 *    à 34": short, no final period) right under it, unless prose follows one at once (then it is
 *    the title of the next document). Between two such blocks lies one document (a newsletter
 *    whose items each end with their sources). A "Référence :" over record fields ("Juridiction :
 *    …", "Numéro(s) : …") is a case-law site's record of the decision, not such a line.
 * 5. Digest rule: after the last such closing block of a part, its remaining paragraphs are
 *    briefs, one document each (newsletters list short items one paragraph after another).
 * 6. Dated item headings: a part with two or more Markdown `##`/`###` headings that each write a
 *    full date ("## Soc., 12 mars 2024, n° 22-18.321") is a digest of dated items, one document
 *    per such heading; what comes before the first (the digest's own title) heads the first item.
 *    So is a part with two or more lines of their own that open with a court's citation and a
 *    full date (`isCitation`: the taxonomy's citation forms), plain, bold ("**Soc., …**") or
 *    numbered ("1. Soc., …"), each over prose and naming distinct rulings; a title line right
 *    above such a line goes with it.
 */

import { FRENCH_MONTHS } from '../domain/french-date.ts';
import { hasSectionMark } from './body-blocks.ts';
import { isPageFurniture, RUNNING_HEAD } from './page-furniture.ts';

export interface RawDocument {
  /** Lines of the document, trimmed at the end; '' marks a blank line between paragraphs. */
  lines: string[];
  /** The closing "sources" block, if any: its heading line and the source lines under it. */
  sourcesBlock?: { heading: string; sources: string[] };
}

const SEPARATOR = /^\s*(?:[-*=_~\u2500-\u257f]\s*){3,}$/u;
/** "Pour en savoir plus / sources :", "Sources :", "Références" — a heading with nothing after it. */
export const SOURCES_HEADING =
  /^\s*(?:pour en savoir plus|pour aller plus loin|sources?|références?|liens?(?: utiles)?)(?:\s*[/,–-]\s*(?:pour en savoir plus|pour aller plus loin|sources?|références?|liens?(?: utiles)?))*\s*:?\s*$/i;
/** A source under such a heading: a link, a "Source : …" line, a line holding an address, or a short list item. */
const SOURCE_LINE = /^\s*(?:(?:[-*•]\s*)?(?:https?:\/\/|www\.|sources?\s*:)|.*https?:\/\/\S|[-*•]\s+.{1,200}$)/i;
/** A reference written as a line of its own: short, with letters, not ending as a sentence does. */
const REFERENCE_LINE = /^(?=.*\p{L}).{1,160}(?<![.!?…:])$/u;
/** Prose: a long line, or one ending as a sentence does. */
const PROSE_LINE = /^(?:.{161,}|.*[.!?…])$/u;
/** A short line in capitals ("COMM.", "SOC. / ELECTIONS"): a court page's chamber mark, not a sentence. */
const CAPITALS_MARK = /^(?=.{1,40}$)[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/** A full date: "25 novembre 2020", "25 nov. 2020", "25/11/2020". */
const FULL_DATE = new RegExp(
  String.raw`\b(?:1er|\d{1,2})\s+(?:${FRENCH_MONTHS.join('|')}|janv|févr|avr|juil|sept|oct|nov|déc)\.?\s+\d{4}|\b\d{1,2}\/\d{1,2}\/\d{4}`,
  'iu',
);
/** A Markdown `##` or `###` heading that writes a full date: one item of a digest of dated items. */
const DATED_ITEM_HEADING = new RegExp(String.raw`^#{2,3}\s+.*(?:${FULL_DATE.source})`, 'iu');

/** A line that is only a ruling's citation: "Soc., 25 novembre 2020, n° 19-60.222", "**3e Civ., …**", "1. Crim., …". */
function citationHeading(line: string, isCitation: (line: string) => boolean): string | undefined {
  // A list item cites a ruling (a sources list, a note's references); it heads nothing.
  if (/^\s*[-*•◦▪‣]\s/.test(line)) return undefined;
  const bare = line
    .trim()
    .replace(/^\d{1,2}[.)]\s+/, '')
    .replace(/^([*_]{2})(.+)\1$/, '$2')
    .trim();
  // Short, dated, and no sentence after it ("Soc., …, n° … : la Cour juge que …" is an item of prose).
  if (bare.length > 160 || !FULL_DATE.test(bare) || /\s:\s+\p{Ll}/u.test(bare) || !isCitation(bare)) return undefined;
  return bare.replace(/[\s.]+$/, '');
}

/** A part cut at its dated item headings (rule 6), or the part itself when it has fewer than two. */
function splitAtDatedHeadings(part: string[], isCitation: (line: string) => boolean): string[][] {
  let headings = part.flatMap((line, i) => (DATED_ITEM_HEADING.test(line) ? [i] : []));
  if (headings.length < 2) {
    // Lines that are only a citation, each over prose before the next, each a ruling of its own.
    const cited = part.flatMap((line, i) => {
      const citation = citationHeading(line, isCitation);
      return citation ? [{ i, citation }] : [];
    });
    const overProse = cited.filter(({ i }, k) => part.slice(i + 1, cited[k + 1]?.i ?? part.length).some((next) => PROSE_LINE.test(next.trim())));
    if (overProse.length < 2 || new Set(overProse.map((c) => c.citation)).size < overProse.length) return [part];
    // A title line right above a citation ("SaaS : la cour d'appel tranche" over "CA Rennes, …") goes with it.
    headings = overProse.map(({ i }) => (i > 0 && part[i - 1]!.trim() !== '' && !PROSE_LINE.test(part[i - 1]!.trim()) ? i - 1 : i));
  }
  return headings.map((start, k) => trimBlankLines(part.slice(k === 0 ? 0 : start, headings[k + 1] ?? part.length)));
}

/** A record's field: "Juridiction : Cour d'appel de Paris", "Numéro(s) : 19/06644"; not a "Source :" line or one holding an address. */
function isFieldLine(line: string): boolean {
  return /^\s*(?!sources?\s*:)\p{L}[\p{L}()'’. -]{0,40}?\s*:\s*\S/iu.test(line) && !/https?:\/\/|www\./i.test(line);
}

/** Whether the four lines right under `part[at]` hold a record's fields (two at least: one may be a title "X : y"). */
function recordUnder(part: readonly string[], at: number): boolean {
  return part.slice(at + 1, at + 5).filter(isFieldLine).length >= 2;
}

/** A heading a separator line right under it underlines: no sentence, no link, no list item. */
function isUnderlined(line: string): boolean {
  return !PROSE_LINE.test(line) && !SOURCE_LINE.test(line) && /\p{L}/u.test(line);
}

/**
 * A court decision's section heading, in capitals ("APRES DÉBATS", "PAR CES MOTIFS"): a separator
 * line above it is the decision's own ornament ("* * * * *"), not the end of a document.
 */
const DECISION_SECTION =
  /^\s*(?:APR[ÈE]S\s+D[ÉE]BATS|D[ÉE]BATS|COMPOSITION\s+DE\s+LA\s+(?:COUR|JURIDICTION)|EXPOS[ÉE]\s+DU\s+LITIGE|FAITS\s+ET\s+PROC[ÉE]DURE|PROC[ÉE]DURE|MOTIFS|PAR\s+CES\s+MOTIFS|DISPOSITIF|PR[ÉE]TENTIONS|MOYENS|SUR\s+CE|LA\s+COUR)(?![\p{L}])/u;

/** `isCitation`: whether a line opens with a court's citation (the importer passes the taxonomy's forms; none by default). */
export function splitDocuments(text: string, isCitation: (line: string) => boolean = () => false): RawDocument[] {
  const pieces: string[][] = [[]];
  let blankRun = 0;
  const raws = text.split('\n');
  for (const [index, raw] of raws.entries()) {
    const line = raw.replace(/\s+$/, '');
    if (SEPARATOR.test(line)) {
      const above = pieces.at(-1)!.at(-1);
      const below = raws.slice(index + 1).find((next) => next.trim() !== '');
      if (!(blankRun === 0 && above && isUnderlined(above)) && !(below && DECISION_SECTION.test(below))) pieces.push([]);
      blankRun = 0;
      continue;
    }
    if (line.trim() === '') {
      blankRun++;
      if (blankRun === 2) pieces.push([]);
      else if (pieces.at(-1)!.length) pieces.at(-1)!.push('');
      continue;
    }
    blankRun = 0;
    pieces.at(-1)!.push(line);
  }
  // A piece without prose heads the next one (or, last, closes the one before). Joined by a
  // blank line only where the text separates its paragraphs so (one paragraph a line otherwise).
  const join = (a: string[], b: string[]) => (a.length && b.length ? [...a, ...(a.includes('') || b.includes('') ? [''] : []), ...b] : [...a, ...b]);
  const parts: string[][] = [];
  let heading: string[] = [];
  for (const piece of pieces.map(trimBlankLines).filter((piece) => piece.length)) {
    if (RUNNING_HEAD.test(piece[0]!) && parts.length && !heading.length) parts.push(join(parts.pop()!, piece));
    else if (!piece.some((line) => PROSE_LINE.test(line.trim()) && !isPageFurniture(line) && !CAPITALS_MARK.test(line.trim()))) heading = join(heading, piece);
    else {
      parts.push(join(heading, piece));
      heading = [];
    }
  }
  if (heading.length) parts.length ? parts.push(join(parts.pop()!, heading)) : parts.push(heading);

  // Documents with marked sections, one paragraph a line: briefs before one are each a part of
  // their own; after its sections, a title line followed by prose opens the next.
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const firstSection = part.findIndex(hasSectionMark);
    if (part.includes('') || firstSection < 0) continue;
    const nextTitle = part.findIndex(
      (line, i) =>
        i > firstSection &&
        !hasSectionMark(line) &&
        !PROSE_LINE.test(line.trim()) &&
        !SOURCE_LINE.test(line) &&
        !SOURCES_HEADING.test(line) &&
        !/:\s*$/.test(line) &&
        PROSE_LINE.test((part[i + 1] ?? '').trim()),
    );
    if (nextTitle > 0) {
      parts.splice(p, 1, part.slice(0, nextTitle), part.slice(nextTitle));
      p--;
      continue;
    }
    if (firstSection < 2 || !part.slice(0, firstSection - 1).every((line) => PROSE_LINE.test(line.trim()))) continue;
    parts.splice(p, 1, ...part.slice(0, firstSection - 1).map((line) => [line]), part.slice(firstSection - 1));
    p += firstSection - 1;
  }

  parts.splice(0, parts.length, ...parts.flatMap((part) => splitAtDatedHeadings(part, isCitation)));

  const documents: RawDocument[] = [];
  for (const part of parts) {
    // A heading over "Juridiction : …", "Numéro(s) : …" lines heads a page's record of the
    // decision, not its sources ("Référence :" on a case-law site).
    const isSourcesHeading = (line: string, at: number) => line !== '' && SOURCES_HEADING.test(line) && line.trim().length < 80 && !recordUnder(part, at);
    const blankSeparated = part.includes('');
    const lastHeading = part.findLastIndex((line, at) => isSourcesHeading(line, at));
    let current: RawDocument = { lines: [] };
    let afterClosing = false;
    for (let i = 0; i < part.length; i++) {
      const line = part[i]!;
      if (isSourcesHeading(line, i) && current.lines.some((l) => l !== '')) {
        const sources: string[] = [];
        let listed = false;
        for (;;) {
          const next = part[i + 1];
          if (next === undefined) break;
          const reference = !listed && part[i] !== '' && REFERENCE_LINE.test(next.trim()) && !PROSE_LINE.test(part[i + 2] ?? '');
          const source = next !== '' && SOURCE_LINE.test(next);
          if (next !== '' && !source && !reference) break;
          listed ||= source;
          i++;
          if (next !== '') sources.push(next.trim());
        }
        current.sourcesBlock = { heading: line.trim(), sources };
        documents.push(current);
        current = { lines: [] };
        afterClosing = i >= lastHeading;
        continue;
      }
      if (afterClosing) {
        // Digest rule: each remaining paragraph is a brief of its own (a line, or a group of
        // lines between blank lines when the text uses blank lines between paragraphs).
        if (line === '') {
          if (current.lines.length) documents.push(current);
          current = { lines: [] };
        } else if (blankSeparated) current.lines.push(line);
        else documents.push({ lines: [line] });
        continue;
      }
      current.lines.push(line);
    }
    if (current.lines.length) documents.push(current);
  }
  return documents.map((doc) => ({ ...doc, lines: trimBlankLines(doc.lines) })).filter((doc) => doc.lines.some((line) => /[\p{L}\p{N}]/u.test(line)));
}

/** The lines without blank lines at either end. */
export function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end);
}
