/**
 * A search result's excerpt, built from the article's own words. Pagefind's excerpt is centred on
 * any match, including the labels indexed with the article (its title, authority, topics,
 * citation, sources: searchable, but not text to quote), it starts mid-sentence without saying
 * so, and it highlights whole tokens with their punctuation and every word of the same stem
 * ("direct" for "directive"). Here:
 * - the excerpt is taken from the text before `LABELS_MARK` (the chapeau and the body);
 * - only words that really match a query word are highlighted, and only their letters
 *   ("<mark>cassation</mark>.", "l’<mark>égalité</mark>");
 * - it starts at a sentence when one starts shortly before the first match, and a cut sentence
 *   shows "…" at the start or the end.
 */
import { isGenuineMatch, joinedName, lettersAndNumber, wordParts } from './search-query.ts';

/**
 * In the indexed copy of an article (search-text.ts), the word that separates its text (before)
 * from its labels (after). A character no legal text uses, standing alone as a word; Pagefind
 * keeps it in the page's content, which is what the excerpt reads.
 */
export const LABELS_MARK = '⁂';

/** Words in an excerpt. */
export const EXCERPT_WORDS = 30;

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Words a sentence ends with ("cassation.", "?", "fin 2025.»"). */
const SENTENCE_END = /[.!?…][»”")\]]*$/u;
/** An elided article or pronoun before the word itself: "l’", "d’", "qu’", "jusqu’". */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/iu;
/** A code article's part letter, written apart from its number in the index ("L 161-1"). */
const CODE_PART = /^[LRDA]$/;

/** The word positions, among `locations`, that really hold a query word (Pagefind also matches prefixes and stem-mates). */
export function genuineLocations(words: readonly string[], locations: readonly number[], terms: readonly string[]): Set<number> {
  const genuine = new Set<number>();
  const bare = (word: string | undefined) => (word ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  for (const location of locations) {
    const word = words[location] ?? '';
    terms.forEach((term, i) => {
      const parts = wordParts(term);
      const joined = joinedName(term, terms[i + 1]);
      if (isGenuineMatch(term, word) || (parts.length > 1 && parts.some((part) => isGenuineMatch(part, word))) || (joined && isGenuineMatch(joined, word)))
        genuine.add(location);
      const compound = lettersAndNumber(term);
      if (compound && isGenuineMatch(compound.letters, word) && bare(words[location + 1]) === compound.number) {
        genuine.add(location);
        genuine.add(location + 1);
      }
    });
  }
  return genuine;
}

/**
 * The excerpt of a result: `content` and `locations` as Pagefind gives them (words split on
 * white space), `terms` the significant query words (none when listing by filters: the excerpt
 * is then the article's first words).
 */
export function resultExcerpt(content: string, locations: readonly number[], terms: readonly string[], length = EXCERPT_WORDS): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  const mark = words.indexOf(LABELS_MARK);
  const textEnd = mark < 0 ? words.length : mark;
  const genuine = [...genuineLocations(words, locations, terms)].filter((location) => location < textEnd).sort((a, b) => a - b);
  const start = excerptStart(words, genuine, length);
  const end = Math.min(textEnd, start + length);
  const sentenceStart = (i: number) => i === 0 || SENTENCE_END.test(words[i - 1]!);
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === marked) last.text += text;
    else parts.push({ text, mark: marked });
  };
  // No-break spaces: the ellipsis never wraps alone.
  if (!sentenceStart(start)) push('…\u00a0', false);
  const highlighted = new Set(genuine);
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    if (i > start) push(' ', highlighted.has(i) && highlighted.has(i - 1) && /[\p{L}\p{N}]$/u.test(words[i - 1]!) && /^[\p{L}\p{N}]/u.test(word));
    if (highlighted.has(i)) {
      const [before, core, after] = matchedSpan(word, terms);
      // "L 161-1": the code's letter goes with its number.
      const codeLetter = i > start && CODE_PART.test(words[i - 1]!) && /^\d/.test(core) && !highlighted.has(i - 1);
      if (codeLetter) {
        parts.at(-1)!.text = parts.at(-1)!.text.slice(0, -(words[i - 1]!.length + 1));
        if (!parts.at(-1)!.text) parts.pop();
        push(`${words[i - 1]} `, true);
      }
      push(before, false);
      push(core, true);
      push(after, false);
    } else push(word, false);
  }
  if (end < textEnd && !SENTENCE_END.test(words[end - 1] ?? '')) push('\u00a0…', false);
  return parts;
}

/**
 * Where the excerpt starts: at the article's first word without a match; otherwise before the
 * densest run of matches, at a sentence's start when one begins shortly before it.
 */
function excerptStart(words: readonly string[], genuine: readonly number[], length: number): number {
  if (!genuine.length) return 0;
  const reach = Math.floor((length * 2) / 3);
  let first = genuine[0]!;
  let best = 0;
  for (const [i, location] of genuine.entries()) {
    let count = 0;
    for (let j = i; j < genuine.length && genuine[j]! < location + reach; j++) count++;
    if (count > best) {
      best = count;
      first = location;
    }
  }
  for (let i = first; i >= Math.max(0, first - Math.floor(length * 0.6)); i--) if (i === 0 || SENTENCE_END.test(words[i - 1]!)) return i;
  return Math.max(0, first - 4);
}

/**
 * A matched word as [before, highlighted, after]: the punctuation around it and an elided article
 * are not highlighted; in a compound ("non-professionnel"), only the parts that match.
 */
function matchedSpan(word: string, terms: readonly string[]): [string, string, string] {
  const lead = /^[^\p{L}\p{N}]*/u.exec(word)![0];
  const trail = /[^\p{L}\p{N}]*$/u.exec(word.slice(lead.length))![0];
  let core = word.slice(lead.length, word.length - trail.length);
  let before = lead;
  const elided = ELISION.exec(core)?.[0];
  if (elided && core.length > elided.length) {
    before += elided;
    core = core.slice(elided.length);
  }
  const pieces = core.split(/([^\p{L}\p{N}]+)/u);
  const matching = pieces.flatMap((piece, i) => (i % 2 === 0 && terms.some((term) => isGenuineMatch(term, piece)) ? [i] : []));
  if (pieces.length > 1 && matching.length) {
    const from = matching[0]!;
    const to = matching.at(-1)!;
    return [before + pieces.slice(0, from).join(''), pieces.slice(from, to + 1).join(''), pieces.slice(to + 1).join('') + trail];
  }
  return [before, core, trail];
}
