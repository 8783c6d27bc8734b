/**
 * The structure of a raw document's body: section lines become headings, "- " lines lists (an
 * item ending with ":" takes the items after it as its sub-list, as in the seed's four pillars),
 * numbered lines that are not titles ("1. toujours motiver … ;") numbered lists, tab-separated
 * lines tables, other lines paragraphs. serializeBody writes these blocks as MDX.
 */
import { readableText } from './text-links.ts';

/** Emoji or bullet symbols that editors put in front of section titles ("🟠 1 – …"). */
const SECTION_MARK = /^(?:[\p{Extended_Pictographic}\u2022\u25a0-\u25ff\u2192\u27a4]\ufe0f?\s*)+/u;
const NUMBERED_TITLE = /^(?:\d{1,2}|[IVX]{1,5}|[A-H])\s*[.)\u2013\u2014-]\s+\S/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const LIST_ITEM = /^(\s*)[-*•–◦▪‣]\s+/;
const NUMBERED_ITEM = /^\s*(\d{1,3})[.)]\s+(?=\S)/;

export type BodyBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** `start`: the first number of a numbered list; absent for a bulleted one. */
  | { kind: 'list'; start?: number; items: { text: string; children: string[] }[] }
  /** Rows of cells, the first the header: a table pasted from Word or a spreadsheet (tab-separated). */
  | { kind: 'table'; rows: string[][] };

/** The cells of a tab-separated line, if it has two or more. */
function tabCells(line: string): string[] | undefined {
  const cells = line
    .trim()
    .split('\t')
    .map((cell) => cell.trim());
  return cells.length >= 2 ? cells : undefined;
}

function isAllCapsTitle(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  // An identifier's line ("NOR : PRMD2530817D") is no title.
  if (/^(?:NOR|ECLI|CELEX|ELI|RG|N°)(?![\p{L}])/u.test(line.trim())) return false;
  // Letters counted as code points, and at least one capital: a caseless script is never "all caps".
  return (
    [...letters].length >= 6 &&
    line.length <= 100 &&
    /\p{Lu}/u.test(letters) &&
    letters === letters.toUpperCase() &&
    /\s/.test(line.trim()) &&
    !/[.;,]$/.test(line)
  );
}

/** Whether a line is a bulleted list item ("- …", "• …", "◦ …"). */
export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** Whether a line opens with the emoji or symbol editors mark their section titles with ("🟠 1 – …"). */
export function hasSectionMark(line: string): boolean {
  return SECTION_MARK.test(line.trim());
}

/** Whether a line is a section title, and its text without markers. */
export function sectionTitle(line: string): string | undefined {
  const trimmed = line.trim();
  if (MARKDOWN_HEADING.test(trimmed)) return trimmed.replace(MARKDOWN_HEADING, '');
  if (SECTION_MARK.test(trimmed)) {
    const text = trimmed.replace(SECTION_MARK, '').trim();
    return text && !/^[-*•]/.test(text) ? text : undefined;
  }
  // A numbered line is a title when short, without final punctuation, and a single phrase.
  const afterNumber = trimmed.replace(/^\S+\s+/, '');
  if (trimmed.length <= 120 && !/[.;,:]$/.test(trimmed) && NUMBERED_TITLE.test(trimmed) && !/\.\s+\p{Lu}/u.test(afterNumber)) return trimmed;
  if (isAllCapsTitle(trimmed)) return trimmed;
  // An article of a legal text, alone on its line: "Article 1er", "Article 2", "Art. L. 111-7".
  if (/^(?:Article|Art\.)\s+(?:1er|premier|[LRD]\.?\s?)?\d*[\d-]*(?:\s+(?:bis|ter|quater))?$/iu.test(trimmed) && /\d|premier/iu.test(trimmed)) return trimmed;
  return undefined;
}

/** Words before a hyphen that begin a compound: a line break after them keeps the hyphen ("sous-\ntraitant"). */
const COMPOUND_PREFIX =
  /(?<![\p{L}])(?:sous|non|auto|anti|contre|demi|semi|porte|ex|vice|co|inter|intra|multi|post|pré|pro|quasi|extra|mini|micro|super|ultra|bien|mal|grand|après|avant|arrière|haut|bas|mi|néo|pseudo|socio|cyber|e)-$/iu;

/**
 * A line that goes on with the previous one, as text pasted from a PDF or wrapped by an e-mail
 * client does: the previous line ends without closing punctuation and this one starts in lower
 * case. Joined with a space, or without the hyphen of a word cut at the line's end ("informa-" +
 * "tique"; a compound keeps it: "sous-" + "traitant").
 */
export function joinWrapped(previous: string, line: string): string | undefined {
  if (/[.!?:;…»"”)\]]$/u.test(previous) || !/^\p{Ll}/u.test(line)) return undefined;
  if (/\p{L}-$/u.test(previous)) return COMPOUND_PREFIX.test(previous) ? `${previous}${line}` : `${previous.slice(0, -1)}${line}`;
  return `${previous} ${line}`;
}

/** Lines with the wrapped ones joined to the line they go on from (joinWrapped), each with the index of its first line. */
export function unwrapLines(lines: readonly string[]): { index: number; text: string }[] {
  const unwrapped: { index: number; text: string }[] = [];
  lines.forEach((line, index) => {
    const previous = unwrapped.at(-1);
    const joined = previous ? joinWrapped(previous.text, line.trim()) : undefined;
    if (previous && joined !== undefined) previous.text = joined;
    else unwrapped.push({ index, text: line.trim() });
  });
  return unwrapped;
}

/** Document structure from its lines ('' = blank line between paragraphs). */
export function bodyBlocks(lines: readonly string[]): BodyBlock[] {
  const blankSeparated = lines.includes('');
  const blocks: BodyBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.reduce((text, line) => joinWrapped(text, line) ?? `${text} ${line}`) });
    paragraph = [];
  };
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (line === '') {
      flush();
      continue;
    }
    // Two or more lines of as many tab-separated cells: a table.
    const cells = tabCells(line);
    if (cells && tabCells(lines[at + 1] ?? '')?.length === cells.length) {
      flush();
      const rows = [cells];
      while (tabCells(lines[at + 1] ?? '')?.length === cells.length) rows.push(tabCells(lines[++at]!)!);
      blocks.push({ kind: 'table', rows });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    // A wrapped list item goes on on the next line.
    const open = blocks.at(-1);
    if (!item && !paragraph.length && open?.kind === 'list') {
      const last = open.items.at(-1)!;
      const child = last.children.length - 1;
      const joined = joinWrapped(child >= 0 ? last.children[child]! : last.text, line.trim());
      if (joined !== undefined) {
        if (child >= 0) last.children[child] = joined;
        else last.text = joined;
        continue;
      }
    }
    if (item) {
      flush();
      const text = line.slice(item[0].length).trim();
      const indented = item[1]!.length >= 2;
      const last = blocks.at(-1);
      const parent = last?.kind === 'list' ? last.items.at(-1) : undefined;
      // Nested when indented (Markdown), or when the previous top-level item announced a
      // sub-list with a final colon (the seed's "Prévention renforcée :" pillars).
      const groupOpen = parent !== undefined && /:\s*$/.test(parent.text);
      if (parent && (indented || (groupOpen && !/:\s*$/.test(text)))) parent.children.push(text);
      else if (last?.kind === 'list' && last.start === undefined) last.items.push({ text, children: [] });
      else blocks.push({ kind: 'list', items: [{ text, children: [] }] });
      continue;
    }
    const title = sectionTitle(line);
    if (title !== undefined) {
      flush();
      blocks.push({ kind: 'heading', text: title });
      continue;
    }
    const numbered = NUMBERED_ITEM.exec(line);
    if (numbered) {
      flush();
      const text = line.slice(numbered[0].length).trim();
      const last = blocks.at(-1);
      if (last?.kind === 'list' && last.start !== undefined) last.items.push({ text, children: [] });
      else blocks.push({ kind: 'list', start: Number(numbered[1]), items: [{ text, children: [] }] });
      continue;
    }
    const text = line.trim();
    if (blankSeparated) {
      paragraph.push(text);
      continue;
    }
    // One paragraph a line, unless the line goes on from the one before (joinWrapped).
    const last = blocks.at(-1);
    const joined = last?.kind === 'paragraph' ? joinWrapped(last.text, text) : undefined;
    if (last?.kind === 'paragraph' && joined !== undefined) last.text = joined;
    else blocks.push({ kind: 'paragraph', text });
  }
  flush();
  return blocks;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Input lines whose text does not survive, in order, in the body's text as read back
 * (readDraftBody); must be none. A line's addresses are compared as links read (readableText).
 */
export function lostLines(lines: readonly string[], bodyText: string): string[] {
  const plain = fold(bodyText);
  const lost: string[] = [];
  // The body keeps the input order, so one forward scan suffices (linear even for huge files).
  let cursor = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    // A word cut at the line's end may be joined without its hyphen (joinWrapped).
    // The markers bodyBlocks reads, in its order: list item, section title, numbered item.
    const written = isListItem(line) ? line.replace(LIST_ITEM, '') : (sectionTitle(line) ?? line.replace(NUMBERED_ITEM, ''));
    const text = fold(readableText(written)).replace(/(?<=\p{L})-$/u, '');
    const found = plain.indexOf(text, cursor);
    if (found < 0) lost.push(text);
    else cursor = found + text.length;
  }
  return lost;
}
