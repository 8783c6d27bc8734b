/**
 * Merges Pagefind indexes written over consecutive parts of a site's pages into one index of all
 * of them, cut into chunks by Vigie's rule (pagefind-chunk-cut.ts); an index in one part goes
 * through it too, for the chunks.
 *
 * Why: Pagefind holds everything it indexes in memory until it writes its files, about 0.3 GB per
 * 1,000 article pages (1.59 GB for 5,000, 3.0 GB for 10,000), so on a large site its process was
 * the build's peak. Indexed in parts of a few thousand pages, one Pagefind process after the
 * other, then merged here a chunk at a time, the index step stays well below the build's own peak.
 * And Pagefind's chunks of 20,000 positions made every word of a query cost 20,000 positions of
 * other words: the merge writes smaller ones, where they keep Pagefind's answers.
 *
 * What Pagefind 1.6 writes, per language (every number checked on reading, every other field kept):
 * - `pagefind.<hash>.pf_meta`: [version, pages, word chunks, filters, sorts, meta keys], where
 *   pages are [fragment hash, word count, …] in page-number order, chunks [from, to, hash], filters
 *   [name, hash];
 * - `index/<hash>.pf_index`: [[word, postings, variants], …] in byte order, a posting being [page
 *   number, word locations, meta locations] with each page number given as the difference from
 *   the previous posting's (the first from 0), a variant [word, postings] (an accented form);
 * - `filter/<hash>.pf_filter`: [name, [[value, [page number, …]], …]];
 * - `fragment/<hash>.pf_fragment`: one page's JSON, which names no page number.
 * Parts are merged in order, so part n's page k becomes page k + (pages of the parts before n),
 * and each posting list stays in page order. The bounds are the chunks' first and last words,
 * which pagefind-chunk-bounds.ts then tiles. Two parts' different fragments may share
 * a short hash (its 7 characters are a prefix of the content's hash): the later one gets a longer
 * name of its own. Files are named, as Pagefind names them, after a hash of their content.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChunkCut } from './pagefind-chunk-cut.ts';
import { arrayHead, CborReader, decodeCbor, encodeCbor, pagefindFile, pagefindPayload, textItem, unsignedItem, type CborValue } from './pagefind-cbor.ts';

/** The index format this merge was checked against. */
const CHECKED_FORMAT = /^1\.6\./;
/** What the merge writes itself; every other file of the first part is copied as it is. */
const MERGED_DIRS = new Set(['index', 'filter', 'fragment']);

interface Entry {
  version?: string;
  languages?: Record<string, { hash?: string; wasm?: string; page_count?: number }>;
  [field: string]: unknown;
}

export interface MergeOutcome {
  pages: number;
  chunks: number;
  /** Fragments renamed because another part's fragment had the same name. */
  renamed: number;
}

/**
 * Writes into `outDir` (created if needed) the index of every page of `partDirs`, Pagefind output
 * folders written over consecutive parts of one site, in that order. Throws, naming the file,
 * on anything but Pagefind 1.6's format.
 */
export async function mergePagefindIndexes(partDirs: readonly string[], outDir: string): Promise<MergeOutcome> {
  if (!partDirs.length) throw new Error('Merging search indexes: no part to merge');
  const entries = await Promise.all(partDirs.map(readEntry));
  const first = entries[0]!;
  const languages = Object.keys(first.languages ?? {}).sort();
  entries.forEach((entry, i) => {
    const where = join(partDirs[i]!, 'pagefind-entry.json');
    if (entry.version !== first.version) throw new Error(`${where}: Pagefind ${entry.version}, where the first part has ${first.version}`);
    const own = Object.keys(entry.languages ?? {}).sort();
    if (own.join() !== languages.join()) throw new Error(`${where}: languages ${own.join(', ') || '(none)'}, where the first part has ${languages.join(', ') || '(none)'}`);
  });

  await mkdir(join(outDir, 'fragment'), { recursive: true });
  await mkdir(join(outDir, 'index'), { recursive: true });
  await mkdir(join(outDir, 'filter'), { recursive: true });
  // Pagefind's script, worker and WebAssembly files: the same in every part.
  for (const item of await readdir(partDirs[0]!, { withFileTypes: true })) {
    if (item.isFile() && item.name !== 'pagefind-entry.json' && !item.name.endsWith('.pf_meta')) await copyFile(join(partDirs[0]!, item.name), join(outDir, item.name));
    else if (item.isDirectory() && !MERGED_DIRS.has(item.name)) throw new Error(`${join(partDirs[0]!, item.name)}: a folder this merge does not know`);
  }

  const outcome: MergeOutcome = { pages: 0, chunks: 0, renamed: 0 };
  const fragmentNames = new Map<string, string>();
  const merged: Entry = { ...first, languages: {} };
  for (const language of languages) {
    const metaFiles = partDirs.map((dir, i) => {
      const hash = entries[i]!.languages![language]!.hash;
      if (!hash) throw new Error(`${join(dir, 'pagefind-entry.json')}: language "${language}" has no "hash"`);
      return join(dir, `pagefind.${hash}.pf_meta`);
    });
    const metas = await Promise.all(metaFiles.map(readMeta));
    const written = new Set<string>();
    const name = (content: Buffer) => uniqueName(language, content, written);

    // Pages, with their fragments, part after part.
    const pages: CborValue[] = [];
    const offsets: number[] = [];
    for (const [i, meta] of metas.entries()) {
      offsets.push(pages.length);
      const renamed = await copyFragments(partDirs[i]!, metaFiles[i]!, meta.pages, join(outDir, 'fragment'), fragmentNames);
      outcome.renamed += renamed.count;
      pages.push(...meta.pages.map((page, k) => [renamed.names[k]!, ...page.slice(1)]));
    }

    const filters = await mergeFilters(partDirs, metaFiles, metas, offsets, join(outDir, 'filter'), name);
    const chunks = await mergeWords(partDirs, metas, offsets, join(outDir, 'index'), name);
    const metaKeys = [...new Set(metas.flatMap((meta) => meta.metaKeys))].sort(byBytes);
    const meta = encodeCbor([first.version!, pages, chunks, filters, [], metaKeys]);
    const hash = `${language}_${createHash('sha256').update(meta).digest().readUInt32BE(0)}`;
    await writeFile(join(outDir, `pagefind.${hash}.pf_meta`), pagefindFile(meta));
    merged.languages![language] = { ...first.languages![language], hash, page_count: pages.length };
    outcome.pages += pages.length;
    outcome.chunks += chunks.length;
  }
  await writeFile(join(outDir, 'pagefind-entry.json'), JSON.stringify(merged));
  return outcome;
}

async function readEntry(dir: string): Promise<Entry> {
  const file = join(dir, 'pagefind-entry.json');
  if (!existsSync(file)) throw new Error(`${file}: missing; expected a Pagefind output folder`);
  const entry = JSON.parse(await readFile(file, 'utf8')) as Entry;
  if (!entry.version || !CHECKED_FORMAT.test(entry.version)) {
    throw new Error(`${file}: Pagefind ${entry.version ?? '(no version)'}; merging an index written in parts (pagefind-merge.ts) is checked against 1.6 only. Set VIGIE_SEARCH_INDEX_PART_PAGES=0 to index every page in one part.`);
  }
  return entry;
}

interface Meta {
  pages: CborValue[][];
  chunks: string[][];
  filters: string[][];
  metaKeys: string[];
}

async function readMeta(file: string): Promise<Meta> {
  if (!existsSync(file)) throw new Error(`${file}: listed in pagefind-entry.json but missing`);
  const meta = decodeCbor(pagefindPayload(await readFile(file), file), file);
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}; expected Pagefind 1.6's [version, pages, chunks, filters, sorts, meta keys]`);
  };
  if (!Array.isArray(meta) || meta.length !== 6) fail('not a list of six fields');
  const [, pages, chunks, filters, sorts, metaKeys] = meta as CborValue[][];
  if (!Array.isArray(pages) || !pages.every((page) => Array.isArray(page) && typeof page[0] === 'string')) fail('field 1 is not a list of pages');
  if (!Array.isArray(chunks) || !chunks.every((chunk) => isStrings(chunk, 3))) fail('field 2 is not a list of [from, to, hash] chunks');
  if (!Array.isArray(filters) || !filters.every((filter) => isStrings(filter, 2))) fail('field 3 is not a list of [name, hash] filters');
  // Vigie sorts by date with its own file (date-order.ts), never with Pagefind's sorts.
  if (!Array.isArray(sorts) || sorts.length) fail('field 4 lists sorts, which this merge does not handle');
  if (!Array.isArray(metaKeys) || !metaKeys.every((key) => typeof key === 'string')) fail('field 5 is not a list of meta keys');
  return { pages: pages as CborValue[][], chunks: chunks as string[][], filters: filters as string[][], metaKeys: metaKeys as string[] };
}

function isStrings(value: CborValue, length: number): boolean {
  return Array.isArray(value) && value.length === length && value.every((field) => typeof field === 'string');
}

/** Byte order of UTF-8, Pagefind's order of words (UTF-16 order differs above U+FFFF). */
export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** `<language>_` and the first 7 hex digits of the content's hash, more while another file of the language has that name. */
function uniqueName(language: string, content: Buffer, taken: Set<string>): string {
  const digest = createHash('sha256').update(content).digest('hex');
  for (let length = 7; length <= digest.length; length++) {
    const name = `${language}_${digest.slice(0, length)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error(`Merging search indexes: two different files have the same hash ${digest}`);
}

/**
 * Copies a part's fragments; returns the name each page's fragment has in the merged index (its
 * own, or a longer one when another part already wrote a different fragment under it). `written`:
 * each fragment name written so far, with the file it was copied from.
 */
async function copyFragments(partDir: string, metaFile: string, pages: CborValue[][], outDir: string, written: Map<string, string>): Promise<{ names: string[]; count: number }> {
  const names: string[] = [];
  let count = 0;
  // A few hundred files at a time: fast, without opening 10,000 at once.
  for (let start = 0; start < pages.length; start += 256) {
    const batch = pages.slice(start, start + 256).map((page) => page[0] as string);
    const copies: Promise<void>[] = [];
    for (const hash of batch) {
      const file = join(partDir, 'fragment', `${hash}.pf_fragment`);
      if (!existsSync(file)) throw new Error(`${file}: page listed in ${metaFile} but missing`);
      let name = hash;
      if (written.has(name) && !(await sameBytes(written.get(name)!, file))) {
        // The full hash Pagefind cut the name from is not in its output: lengthen with our own.
        const digest = createHash('sha256').update(await readFile(file)).digest('hex');
        let length = 1;
        do name = `${hash}${digest.slice(0, length++)}`;
        while (written.has(name) && !(await sameBytes(written.get(name)!, file)));
        count++;
      }
      if (!written.has(name)) {
        written.set(name, file);
        copies.push(copyFile(file, join(outDir, `${name}.pf_fragment`)));
      }
      names.push(name);
    }
    await Promise.all(copies);
  }
  return { names, count };
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([readFile(a), readFile(b)]);
  return left.equals(right);
}

/** Checks a list of page numbers from a part: whole numbers, ascending, each a page of the part. */
function checkedPages(pages: CborValue, pageCount: number, where: string): number[] {
  if (!Array.isArray(pages) || !pages.every((page, i) => typeof page === 'number' && Number.isSafeInteger(page) && page >= 0 && page < pageCount && (i === 0 || page > (pages[i - 1] as number)))) {
    throw new Error(`${where}: page numbers are not ascending numbers below ${pageCount}`);
  }
  return pages as number[];
}

/** Every filter's values over all parts, each value's pages renumbered; returns the meta's [name, hash] list. */
async function mergeFilters(partDirs: readonly string[], metaFiles: string[], metas: Meta[], offsets: number[], outDir: string, name: (content: Buffer) => string): Promise<string[][]> {
  const filters = new Map<string, Map<string, number[]>>();
  for (const [i, meta] of metas.entries()) {
    for (const [filter, hash] of meta.filters) {
      const file = join(partDirs[i]!, 'filter', `${hash}.pf_filter`);
      if (!existsSync(file)) throw new Error(`${file}: filter "${filter}" listed in ${metaFiles[i]} but missing`);
      const content = decodeCbor(pagefindPayload(await readFile(file), file), file);
      if (!Array.isArray(content) || content.length !== 2 || content[0] !== filter || !Array.isArray(content[1])) {
        throw new Error(`${file}: expected ["${filter}", [[value, pages], …]]`);
      }
      const values = filters.get(filter) ?? new Map<string, number[]>();
      filters.set(filter, values);
      for (const item of content[1]) {
        if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string') throw new Error(`${file}: a value is not [value, pages]`);
        const pages = checkedPages(item[1]!, meta.pages.length, `${file}, value "${item[0]}"`);
        const all = values.get(item[0]) ?? [];
        values.set(item[0], all);
        for (const page of pages) all.push(page + offsets[i]!);
      }
    }
  }
  const list: string[][] = [];
  for (const filter of [...filters.keys()].sort(byBytes)) {
    const values = filters.get(filter)!;
    const content = encodeCbor([filter, [...values.keys()].sort(byBytes).map((value) => [value, values.get(value)!])]);
    const hash = name(content);
    await writeFile(join(outDir, `${hash}.pf_filter`), pagefindFile(content));
    list.push([filter, hash]);
  }
  return list;
}

/** A word's posting list in one part, as bytes: all but the first posting's page number are copied as they are. */
interface PostingList {
  count: number;
  /** The first posting's page number (in its part). */
  first: number;
  /** The first posting after its page number: locations and meta locations. */
  firstRest: Buffer;
  /** Every other posting, whose page numbers are differences and stay as they are. */
  rest: Buffer;
  /** The last posting's page number (in its part). */
  last: number;
  /** Postings and locations, as Pagefind counts them to close a chunk. */
  size: number;
}

interface WordEntry {
  word: Buffer;
  postings: PostingList;
  variants: { word: Buffer; postings: PostingList }[];
}

/**
 * Reads one part's word entries in order, a chunk file at a time, without building the locations:
 * a chunk of 40 MB of CBOR at 10,000 articles takes seconds to decode into values and as long to
 * encode back, and only page numbers change.
 */
class WordCursor {
  private reader: CborReader | undefined;
  private left = 0;
  private next = 0;
  private file = '';
  current: WordEntry | undefined;
  private readonly dir: string;
  private readonly chunks: string[][];
  /** Pages of the parts before this one: added to each of its page numbers. */
  readonly offset: number;
  private readonly pageCount: number;

  constructor(dir: string, chunks: string[][], offset: number, pageCount: number) {
    this.dir = dir;
    this.chunks = chunks;
    this.offset = offset;
    this.pageCount = pageCount;
  }

  /** Moves to the next word; `current` is undefined once every chunk is read. */
  async advance(): Promise<void> {
    while (this.left === 0) {
      if (this.reader && !this.reader.done) throw new Error(`${this.file}: data after the word list`);
      if (this.next >= this.chunks.length) {
        this.current = undefined;
        return;
      }
      this.file = join(this.dir, 'index', `${this.chunks[this.next++]![2]}.pf_index`);
      if (!existsSync(this.file)) throw new Error(`${this.file}: chunk listed in the index metadata but missing`);
      this.reader = new CborReader(pagefindPayload(await readFile(this.file), this.file), this.file);
      if (this.reader.arrayLength() !== 1) throw new Error(`${this.file}: expected [[word entry, …]]`);
      this.left = this.reader.arrayLength();
    }
    this.left--;
    const reader = this.reader!;
    if (reader.arrayLength() !== 3) throw new Error(`${this.file}: a word entry is not [word, postings, variants]`);
    const word = reader.textBytes();
    if (this.current && Buffer.compare(this.current.word, word) >= 0) throw new Error(`${this.file}: word "${word}" is not after "${this.current.word}"; expected the words in byte order`);
    const postings = this.postings();
    const variants: WordEntry['variants'] = [];
    for (let count = reader.arrayLength(); count > 0; count--) {
      if (reader.arrayLength() !== 2) throw new Error(`${this.file}: a variant of "${word}" is not [word, postings]`);
      variants.push({ word: reader.textBytes(), postings: this.postings() });
    }
    this.current = { word, postings, variants };
  }

  private postings(): PostingList {
    const reader = this.reader!;
    const count = reader.arrayLength();
    const list: PostingList = { count, first: 0, firstRest: Buffer.alloc(0), rest: Buffer.alloc(0), last: 0, size: 0 };
    let restStart = reader.offset;
    for (let i = 0; i < count; i++) {
      if (reader.arrayLength() !== 3) throw new Error(`${this.file}: a posting is not [page, locations, meta locations]`);
      const step = reader.unsigned();
      // The first page counts from 0; each next one must come after the previous.
      if (i > 0 && step === 0) throw new Error(`${this.file}: a word lists one page twice`);
      list.last += step;
      if (list.last >= this.pageCount) throw new Error(`${this.file}: page ${list.last} of a part of ${this.pageCount} pages`);
      const locationsStart = reader.offset;
      list.size += reader.integerArrayLength() + reader.integerArrayLength() + 1;
      if (i === 0) {
        list.first = step;
        list.firstRest = reader.slice(locationsStart);
        restStart = reader.offset;
      }
    }
    list.rest = reader.slice(restStart);
    return list;
  }
}

/** Postings of several parts (in part order) as one list's bytes, each first page renumbered. */
function joinPostings(lists: { postings: PostingList; offset: number }[]): { bytes: Buffer[]; size: number } {
  const bytes: Buffer[] = [arrayHead(lists.reduce((sum, { postings }) => sum + postings.count, 0))];
  let size = 0;
  let previous = 0;
  for (const { postings, offset } of lists) {
    if (!postings.count) continue;
    bytes.push(POSTING_HEAD, unsignedItem(postings.first + offset - previous), postings.firstRest, postings.rest);
    previous = postings.last + offset;
    size += postings.size;
  }
  return { bytes, size };
}

const POSTING_HEAD = arrayHead(3);
const ENTRY_HEAD = arrayHead(3);
const VARIANT_HEAD = arrayHead(2);

/** Merges every part's word index, a word at a time, into new chunks; returns the meta's chunk list. */
async function mergeWords(partDirs: readonly string[], metas: Meta[], offsets: number[], outDir: string, name: (content: Buffer) => string): Promise<string[][]> {
  const cursors = metas.map((meta, i) => new WordCursor(partDirs[i]!, meta.chunks, offsets[i]!, meta.pages.length));
  await Promise.all(cursors.map((cursor) => cursor.advance()));
  const chunks: string[][] = [];
  let parts: Buffer[] = [];
  let words = 0;
  let firstWord = '';
  let lastWord = '';
  const cut = new ChunkCut();
  const close = async () => {
    const content = Buffer.concat([arrayHead(1), arrayHead(words), ...parts]);
    const hash = name(content);
    await writeFile(join(outDir, `${hash}.pf_index`), pagefindFile(content));
    chunks.push([firstWord, lastWord, hash]);
    parts = [];
    words = 0;
    cut.close();
  };
  for (;;) {
    let lowest: Buffer | undefined;
    for (const cursor of cursors) if (cursor.current && (!lowest || Buffer.compare(cursor.current.word, lowest) < 0)) lowest = cursor.current.word;
    if (!lowest) break;
    const holding = cursors.filter((cursor) => cursor.current?.word.equals(lowest));
    const main = joinPostings(holding.map((cursor) => ({ postings: cursor.current!.postings, offset: cursor.offset })));
    // Each accented form, in the order the parts first give it.
    const forms = new Map<string, { word: Buffer; lists: { postings: PostingList; offset: number }[] }>();
    for (const cursor of holding) {
      for (const variant of cursor.current!.variants) {
        const key = variant.word.toString('latin1');
        const form = forms.get(key) ?? { word: variant.word, lists: [] };
        forms.set(key, form);
        form.lists.push({ postings: variant.postings, offset: cursor.offset });
      }
    }
    const entry = [ENTRY_HEAD, textItem(lowest), ...main.bytes, arrayHead(forms.size)];
    let positions = main.size;
    for (const { word, lists } of forms.values()) {
      const joined = joinPostings(lists);
      entry.push(VARIANT_HEAD, textItem(word), ...joined.bytes);
      positions += joined.size;
    }
    if (cut.closesBefore(lowest, positions)) await close();
    parts.push(...entry);
    cut.add(lowest, positions);
    if (words++ === 0) firstWord = lowest.toString('utf8');
    lastWord = lowest.toString('utf8');
    await Promise.all(holding.map((cursor) => cursor.advance()));
  }
  if (words) await close();
  return chunks;
}
