/**
 * What an e-mail wraps around the text it forwards: header lines ("De :", "Envoyé :", "À :",
 * "Objet :"), a greeting ("Bonjour à tous,") and a sign-off with the signature under it ("Bien à
 * vous,"). They stay in the draft's body (nothing is dropped), but inference reads only the text
 * itself: the day an e-mail was sent is not the day of the decision it reports, and "Bonjour à
 * tous," is no chapeau.
 */

export interface ContentLine {
  /** The line as inference reads it ('' for a blank line); an "Objet :" line without its label. */
  text: string;
  /** Its index among the document's lines. */
  index: number;
}

const HEADER = /^\s*(de|from|envoyé(?:\s+le)?|sent|date|à|a|to|cc|cci|bcc|objet|subject|pièces?\s+jointes?|attachments?)\s*:\s*(\S.*)$/iu;
const SUBJECT = /^(?:objet|subject)$/i;
/** Reply and forward marks an e-mail client puts before a subject: "TR :", "RE:", "Fwd:". */
const FORWARD_MARKS = /^(?:(?:tr|re|fw|fwd|réf)\s*:\s*)+/iu;
const GREETING = /^(?:bonjour|bonsoir|hello|salut|chers?|chères?|madame|monsieur|mesdames|messieurs)(?![\p{L}])[^.!?]{0,60}[,!]?$/iu;
const SIGN_OFF = /^(?:bien\s+(?:à\s+(?:vous|toi)|cordialement|amicalement)|(?:très\s+)?cordialement|amicalement|bonne\s+(?:journée|lecture|soirée|fin\s+de\s+journée)|belle\s+journée|(?:sincères\s+|meilleures\s+)?salutations|best\s+regards|regards)(?![\p{L}])[^.!?]{0,40}[,.!]?$/iu;

/**
 * The document's lines as inference reads them: without an e-mail's header block (at least two
 * header lines at the top, one of them "De :" or "Objet :"; the subject is kept as a line of
 * text, as is a subject line alone at the top), its greeting, and its sign-off and everything
 * under it.
 */
export function contentLines(lines: readonly string[]): ContentLine[] {
  const numbered = lines.map((text, index) => ({ text, index }));
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  let end = start;
  const header: ContentLine[] = [];
  for (; end < lines.length && lines[end]!.trim() !== ''; end++) {
    const match = HEADER.exec(lines[end]!);
    if (!match) break;
    if (SUBJECT.test(match[1]!)) header.push({ text: match[2]!.replace(FORWARD_MARKS, '').trim(), index: end });
  }
  const headerLines = end - start;
  const isEmail = headerLines >= 2 && lines.slice(start, end).some((line) => /^\s*(?:de|from|objet|subject)\s*:/iu.test(line)) && (end === lines.length || lines[end]!.trim() === '');
  let kept = isEmail ? [...header.filter((line) => line.text !== ''), ...numbered.slice(end)] : numbered;
  // A subject line alone at the top ("Objet : …") is read without its label too.
  if (!isEmail && start < lines.length) {
    const subject = HEADER.exec(lines[start]!);
    if (subject && SUBJECT.test(subject[1]!)) kept = kept.map((line) => (line.index === start ? { text: subject[2]!.replace(FORWARD_MARKS, '').trim(), index: start } : line));
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
