/**
 * What wraps the text an editor pastes: an e-mail's header lines ("De :", "Envoyé :", "À :",
 * "Objet :"), greeting ("Bonjour à tous,"), sign-off and signature ("Bien à vous,", "-- ") and a
 * forwarded message's header block, a reply's attribution line ("Le …, Marie a écrit :") and its
 * quote marks; a page's or newsletter's furniture (page-furniture.ts) and a
 * newsletter's table of contents ("Au sommaire" and its list). They stay in the draft's body
 * (nothing is dropped), but inference reads only the text itself: the day an e-mail was sent is
 * not the day of the decision it reports, and "Bonjour à tous," or "Menu" is no chapeau.
 */
import { isListItem } from './body-blocks.ts';
import { isPageFurniture } from './page-furniture.ts';

export interface ContentLine {
  /** The line as inference reads it ('' for a blank line); an "Objet :" line without its label. */
  text: string;
  /** Its index among the document's lines. */
  index: number;
}

/** Header lines of e-mail clients, French and English ("Sujet :", "Pour :", "Copie à :": Thunderbird's forwarded headers). */
const HEADER =
  /^\s*(de|from|expéditeur|envoyé(?:\s+le)?|sent|date|à|a|pour|to|destinataires?|cc|cci|bcc|copie(?:\s+à)?|répondre\s+à|reply-to|objet|sujet|subject|pièces?\s+jointes?|attachments?)\s*:\s*(\S.*)$/iu;
const SUBJECT = /^(?:objet|sujet|subject)$/i;
/** Reply and forward marks an e-mail client puts before a subject: "TR :", "RE:", "Fwd:". */
const FORWARD_MARKS = /^(?:(?:tr|re|fw|fwd|réf)\s*:\s*)+/iu;
const GREETING = /^(?:bonjour|bonsoir|hello|salut|chers?|chères?|madame|monsieur|mesdames|messieurs)(?![\p{L}])[^.!?]{0,60}[,!]?$/iu;
/** "---------- Message transféré ---------" and the like, above a forwarded message's headers. */
const FORWARDED = /^-{2,}\s*(?:message\s+transféré|forwarded\s+message|message\s+d['’]origine|original\s+message|message\s+initial)\s*-{2,}$/iu;
/** A reply's attribution line: "Le 15/12/2020 à 10:04, Marie Dupont a écrit :", "On Tue, Dec 15, 2020 at 10:04 AM Marie <…> wrote:". */
const ATTRIBUTION = /^(?:le\s.{4,60}?\d{4}.{0,80}?\sa\s+écrit|on\s.{4,80}?\d{4}.{0,80}?\swrote)\s*:$/iu;
/** A quoted reply's marks: "> ", "> > ". */
const QUOTE_MARKS = /^(?:[ \t]*>[ \t]?)+/;
/** The signature delimiter: "--" alone on its line. */
const SIGNATURE = /^--\s?$/;
/** A newsletter's table of contents: its heading; the list under it goes with it. */
const CONTENTS = /^(?:au\s+)?sommaire\s*:?$|^dans\s+ce\s+numéro\s*:?$/iu;
const SIGN_OFF =
  /^(?:bien\s+(?:à\s+(?:vous|toi)|cordialement|amicalement)|(?:très\s+)?cordialement|amicalement|bonne\s+(?:journée|lecture|soirée|fin\s+de\s+journée)|belle\s+journée|(?:sincères\s+|meilleures\s+)?salutations|best\s+regards|regards)(?![\p{L}])[^.!?]{0,40}[,.!]?$/iu;

/**
 * The document's lines as inference reads them: without page furniture or a table of contents,
 * without an e-mail's header block (at least two header lines at the top, one of them "De :" or
 * "Objet :"; the subject is kept as a line of text, as is a subject line alone at the top), its
 * greeting, its sign-off or "--" signature and what follows, and without a forwarded message's
 * header block.
 */
export function contentLines(lines: readonly string[]): ContentLine[] {
  // Page furniture, forwarded headers and signatures, wherever they are.
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (isPageFurniture(lines[i]!)) dropped.add(i);
    else if (CONTENTS.test(line)) {
      dropped.add(i);
      for (let j = i + 1; j < lines.length && isListItem(lines[j]!); j++) dropped.add(j);
    } else if (ATTRIBUTION.test(line)) dropped.add(i);
    else if (FORWARDED.test(line)) {
      dropped.add(i);
      for (let j = i + 1; j < lines.length && HEADER.test(lines[j]!); j++) dropped.add(j);
    } else if (SIGNATURE.test(line)) {
      for (let j = i; j < lines.length && !FORWARDED.test(lines[j]!.trim()); j++) dropped.add(j);
    }
  }
  // A quoted message is read without its "> " marks.
  const all = lines.flatMap((text, index) => (dropped.has(index) ? [] : [{ text: text.replace(QUOTE_MARKS, ''), index }]));
  const blank = (at: number) => all[at]!.text.trim() === '';
  let start = 0;
  while (start < all.length && blank(start)) start++;
  let end = start;
  const header: ContentLine[] = [];
  for (; end < all.length && !blank(end); end++) {
    const match = HEADER.exec(all[end]!.text);
    if (!match) break;
    if (SUBJECT.test(match[1]!)) header.push({ text: match[2]!.replace(FORWARD_MARKS, '').trim(), index: all[end]!.index });
  }
  const isEmail =
    end - start >= 2 && all.slice(start, end).some((line) => /^\s*(?:de|from|objet|sujet|subject)\s*:/iu.test(line.text)) && (end === all.length || blank(end));
  let kept = isEmail ? [...header.filter((line) => line.text !== ''), ...all.slice(end)] : all;
  // A subject line alone at the top ("Objet : …") is read without its label too.
  if (!isEmail && start < all.length) {
    const subject = HEADER.exec(all[start]!.text);
    if (subject && SUBJECT.test(subject[1]!))
      kept = kept.map((line, i) => (i === start ? { text: subject[2]!.replace(FORWARD_MARKS, '').trim(), index: line.index } : line));
  }
  // The greeting: the first line of text, when short and followed by more text.
  const first = kept.findIndex((line) => line.text.trim() !== '' && !header.includes(line));
  if (first >= 0 && GREETING.test(kept[first]!.text.trim()) && kept.slice(first + 1).some((line) => line.text.trim() !== '')) {
    kept = kept.filter((_, i) => i !== first);
  }
  // The sign-off: among the last lines, after some text; the signature under it goes with it.
  const text = kept.filter((line) => line.text.trim() !== '');
  const signOff = text.findLastIndex((line, i) => i > 0 && i >= text.length - 8 && SIGN_OFF.test(line.text.trim()));
  if (signOff > 0) kept = kept.filter((line) => line.index < text[signOff]!.index);
  return kept;
}
