/**
 * Where the merged search index (pagefind-merge.ts) cuts its word list into chunks.
 *
 * A query downloads, for each word it looks up (the word as typed and its stem), the one chunk
 * whose bounds hold it, whole, and Pagefind matches the stem's extensions only among the words
 * it has loaded. Pagefind closes a chunk once it holds 20,000 postings and locations, so a rare
 * word costs a chunk of 20,000 positions of other words (26.9 KB median at 10,000 articles), and
 * a frequent one drags those before it along ("décision" with "décret" and "déclaration").
 * Here a chunk closes:
 * - at 5,000 positions, and before a word of 2,500 positions or more (which then starts its own
 *   chunk, instead of sitting at the end of a full one);
 * - but never before a word that extends a word of four letters or more the chunk's last word
 *   begins with: a stem stays with its extensions ("exclu", "exclue", "exclues", "exclus"),
 *   which Pagefind would otherwise not match;
 * - at 20,000 positions whatever comes next, Pagefind's own limit ("contr…" alone fills several).
 * Measured on the benchmark's 10,000 articles (README, Benchmark): later queries' median 90.9 →
 * 51.5 KB, the second query 97.6 → 65.1 KB, the first 114.2 → 143.1 KB (its metadata lists 1,692
 * chunks instead of 491), and over 600 words of the corpus no page holding one of the word's
 * forms was lost against Pagefind's own chunks.
 */

/** Positions (postings and locations, as Pagefind counts them) after which a chunk closes where it can. */
export const CHUNK_TARGET = 5_000;
/** A word this large starts a chunk of its own where it can. */
export const LARGE_WORD = 2_500;
/** Words this long keep their extensions in their chunk. */
export const STEM_LETTERS = 4;
/** Pagefind's chunk size: a chunk closes there whatever comes next. */
export const CHUNK_LIMIT = 20_000;

/** The chunk being filled: its size, and the words of its last word's stem chain. */
export class ChunkCut {
  /** Positions in the chunk so far. */
  private size = 0;
  /** Words of the chunk, of STEM_LETTERS or more, that the last word begins with (itself included). */
  private stems: Buffer[] = [];

  /** Whether the chunk closes before `next`, a word of `positions` positions (UTF-8 bytes, in word order). */
  closesBefore(next: Buffer, positions: number): boolean {
    if (this.size === 0) return false;
    if (this.size >= CHUNK_LIMIT) return true;
    if (this.stems.some((stem) => startsWith(next, stem))) return false;
    return this.size >= CHUNK_TARGET || positions >= LARGE_WORD;
  }

  /** Adds a word (after every word before it) to the chunk. */
  add(word: Buffer, positions: number): void {
    this.size += positions;
    this.stems = this.stems.filter((stem) => startsWith(word, stem));
    if ([...word.toString('utf8')].length >= STEM_LETTERS) this.stems.push(word);
  }

  /** Starts the next chunk. */
  close(): void {
    this.size = 0;
    this.stems = [];
  }
}

function startsWith(word: Buffer, prefix: Buffer): boolean {
  return word.length >= prefix.length && word.subarray(0, prefix.length).equals(prefix);
}
