/**
 * The least index data a query's words can cost, whatever the index's chunking: the compressed
 * bytes of the word entries Pagefind matches for them.
 *
 * Why: a query downloads, for each word it looks up, a whole chunk of Pagefind's word index; the
 * entries it uses are those of the chunk beginning with the word's stem (each holds every page and
 * position of one indexed word). Re-cutting the chunks can only remove the other words' entries.
 * Measuring what remains says whether a target on a query's downloads is reachable by chunking
 * at all (see README, Benchmark).
 *
 * Pagefind's stem is not in its output: it is taken as the longest indexed word the folded query
 * word begins with ("salarié" → "salar") whose matched entries hold exactly the pages Pagefind
 * finds for that word alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCbor, encodeCbor, pagefindFile, pagefindPayload, type CborValue } from '../../src/integrations/pagefind-cbor.ts';
import { byBytes } from '../../src/integrations/pagefind-merge.ts';

/** One word of the index: its entry as Pagefind wrote it, and the pages it is on (with its accented forms). */
export interface WordEntry {
  word: string;
  value: CborValue[];
  pages: Set<number>;
}

/** A built site's Pagefind word index, each chunk decoded when first needed. */
export class WordEntries {
  private readonly dir: string;
  private readonly chunks: { from: string; to: string; hash: string }[];
  /** Each page's fragment hash (Pagefind's result id), by page number. */
  private readonly pageIds: string[];
  private readonly decoded = new Map<string, WordEntry[]>();

  /** `pagefindDir`: a built site's `pagefind/` folder (one language). */
  constructor(pagefindDir: string) {
    this.dir = pagefindDir;
    const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const [language] = Object.values(entry.languages);
    if (!language) throw new Error(`${pagefindDir}: no language in pagefind-entry.json`);
    const file = join(pagefindDir, `pagefind.${language.hash}.pf_meta`);
    const meta = decodeCbor(pagefindPayload(readFileSync(file), file), file) as CborValue[][];
    this.chunks = (meta[2] as string[][]).map(([from, to, hash]) => ({ from: from!, to: to!, hash: hash! }));
    this.pageIds = (meta[1] as CborValue[][]).map((page) => page[0] as string);
  }

  /**
   * The entries Pagefind matches for a folded word, given how many pages Pagefind finds for it
   * alone: those of the loaded chunks (the word's and its stem's) that begin with the stem;
   * undefined when no prefix of the word explains that count.
   */
  matched(folded: string, pageCount: number): WordEntry[] | undefined {
    const letters = [...folded];
    for (let length = letters.length; length > 0; length--) {
      const stem = letters.slice(0, length).join('');
      if (!this.chunkEntries(stem).some((entry) => entry.word === stem)) continue;
      // Pagefind reads one chunk per word it looks up (the typed form and the stem): extensions in other chunks are not matched.
      const loaded = new Set([this.chunkIndex(folded), this.chunkIndex(stem)]);
      const family = [...loaded].flatMap((i) => (i < 0 ? [] : this.entriesOf(i))).filter((entry) => entry.word.startsWith(stem));
      const pages = new Set(family.flatMap((entry) => [...entry.pages]));
      if (pages.size === pageCount) return family;
    }
    return undefined;
  }

  /** The result ids (fragment hashes) of the pages these entries are on. */
  resultIds(entries: readonly WordEntry[]): Set<string> {
    return new Set(entries.flatMap((entry) => [...entry.pages].map((page) => this.pageIds[page]!)));
  }

  /** Bytes of a chunk file holding exactly these entries (in word order), compressed as Pagefind compresses its chunks. */
  static bytes(entries: readonly WordEntry[]): number {
    const unique = [...new Map(entries.map((entry) => [entry.word, entry])).values()].sort((a, b) => byBytes(a.word, b.word));
    return pagefindFile(encodeCbor([unique.map((entry) => entry.value)])).length;
  }

  private chunkEntries(word: string): WordEntry[] {
    const i = this.chunkIndex(word);
    return i < 0 ? [] : this.entriesOf(i);
  }

  /** The chunk whose bounds hold the word, as Pagefind looks it up. */
  private chunkIndex(word: string): number {
    return this.chunks.findIndex((chunk) => byBytes(word, chunk.from) >= 0 && byBytes(word, chunk.to) <= 0);
  }

  private entriesOf(i: number): WordEntry[] {
    const { hash } = this.chunks[i]!;
    let entries = this.decoded.get(hash);
    if (!entries) {
      const file = join(this.dir, 'index', `${hash}.pf_index`);
      const [words] = decodeCbor(pagefindPayload(readFileSync(file), file), file) as CborValue[][][];
      entries = words!.map((value) => {
        const [word, postings, variants] = value as [string, CborValue[][], CborValue[][]];
        const pages = new Set<number>();
        for (const list of [postings, ...variants.map((variant) => variant[1] as CborValue[][])]) {
          // Page numbers are differences from the previous posting's.
          let page = 0;
          for (const posting of list) pages.add((page += posting[0] as number));
        }
        return { word, value, pages };
      });
      this.decoded.set(hash, entries);
    }
    return entries;
  }
}
