/**
 * Makes Pagefind download one word-index chunk per word looked up, instead of up to several
 * hundred kilobytes of chunks that cannot hold it.
 *
 * Pagefind splits its word index into chunks and lists, in the `.pf_meta` file, each chunk's
 * bounds as shortened prefixes of its first and last words ("acced" … "acci" for a chunk ending
 * with "accident" and "accis"). A search looks a word up (and its stem) among these bounds; a word
 * past the shortened last bound ("accident" > "acci") is inside no chunk, and Pagefind then loads
 * every chunk whose bounds, cut to the word's length, could hold it, among them the chunks ending
 * with a short, frequent word, the largest of all ("a": 338 KB at 10,000 articles; "de": 594 KB).
 * About 3 % of the words of the benchmark's French legal text fall there ("application",
 * "applicable", "contentieux", "auprès"): at 10,000 articles their lookups downloaded 125 KB on
 * average, 54 KB with the bounds below; 169 typical queries found the same articles, and 10 of 60
 * such words more ("concernant": 4,586 instead of 3,790), none fewer.
 *
 * The rewrite gives each chunk the bounds of the words it holds, end to end: from just after the
 * previous chunk's last word to its own last word, the first from "" and the last to the highest
 * character. Every word then falls inside exactly one chunk, the one where its extensions begin.
 * Chunk files are not touched; the `.pf_meta` file keeps its name (it follows from Pagefind's
 * output, which the rewrite follows from too).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CborReader, decodeCbor, encodeCbor, pagefindFile, pagefindPayload, type CborValue } from './pagefind-cbor.ts';

/** The index format this rewrite was checked against; another version is left as Pagefind wrote it. */
const CHECKED_FORMAT = /^1\.6\./;
/** Above every character: the last chunk's upper bound. */
const HIGHEST = '\u{10FFFF}';

export type ChunkBoundsOutcome = { chunks: number } | { skipped: string };

/** Rewrites the chunk bounds of every language's `.pf_meta` file in a Pagefind output folder. */
export async function tightenChunkBounds(pagefindDir: string): Promise<ChunkBoundsOutcome> {
  const entryFile = join(pagefindDir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { version?: string; languages?: Record<string, { hash?: string }> };
  if (!entry.version || !CHECKED_FORMAT.test(entry.version)) {
    return { skipped: `${entryFile}: Pagefind ${entry.version ?? '(no version)'}; the chunk bounds rewrite (pagefind-chunk-bounds.ts) is checked against 1.6 only` };
  }
  let chunks = 0;
  for (const [language, { hash } = {}] of Object.entries(entry.languages ?? {})) {
    if (!hash) throw new Error(`${entryFile}: language "${language}" has no "hash"`);
    chunks += await tightenMetaFile(pagefindDir, join(pagefindDir, `pagefind.${hash}.pf_meta`));
  }
  return { chunks };
}

/** Returns the number of chunks whose bounds were written. */
async function tightenMetaFile(pagefindDir: string, metaFile: string): Promise<number> {
  const payload = pagefindPayload(await readFile(metaFile), metaFile);
  const meta = decodeCbor(payload, metaFile);
  // Everything else in the file must come back byte for byte.
  if (!encodeCbor(meta).equals(payload)) throw new Error(`${metaFile}: re-encoding does not give Pagefind's bytes back; its format has changed`);
  const chunkList = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunkList) || !chunkList.every(isChunkEntry)) {
    throw new Error(`${metaFile}: field 2 is not a list of [from, to, hash] chunk entries`);
  }
  const chunks = chunkList as [string, string, string][];
  const words: { first: Buffer; last: Buffer }[] = [];
  // A few dozen files at a time: fast, without holding every chunk in memory at once.
  for (let start = 0; start < chunks.length; start += 32) {
    const batch = chunks.slice(start, start + 32);
    words.push(...(await Promise.all(batch.map(([, , hash]) => firstAndLastWord(join(pagefindDir, 'index', `${hash}.pf_index`))))));
  }
  for (let i = 1; i < words.length; i++) {
    if (Buffer.compare(words[i - 1]!.last, words[i]!.first) >= 0) {
      throw new Error(`${metaFile}: chunk ${chunks[i]![2]} starts with "${words[i]!.first}", not after "${words[i - 1]!.last}" where the previous chunk ends`);
    }
  }
  chunks.forEach((chunk, i) => {
    chunk[0] = i === 0 ? '' : `${words[i - 1]!.last.toString('utf8')}\u0000`;
    chunk[1] = i === chunks.length - 1 ? HIGHEST : words[i]!.last.toString('utf8');
  });
  await writeFile(metaFile, pagefindFile(encodeCbor(meta)));
  return chunks.length;
}

function isChunkEntry(value: CborValue): boolean {
  return Array.isArray(value) && value.length === 3 && value.every((field) => typeof field === 'string');
}

/**
 * A chunk file is [[word entry, …], …], each word entry starting with its word, in byte order:
 * its first and last words (UTF-8), read without building the positions that follow each word.
 */
async function firstAndLastWord(file: string): Promise<{ first: Buffer; last: Buffer }> {
  if (!existsSync(file)) throw new Error(`${file}: chunk listed in the index metadata but missing`);
  const reader = new CborReader(pagefindPayload(await readFile(file), file), file);
  const fields = reader.arrayLength();
  const count = fields > 0 ? reader.arrayLength() : 0;
  if (count === 0) throw new Error(`${file}: a chunk without words`);
  let first: Buffer | undefined;
  let last: Buffer | undefined;
  for (let i = 0; i < count; i++) {
    const entryLength = reader.arrayLength();
    if (entryLength === 0) throw new Error(`${file}: word entry ${i} is empty`);
    const word = reader.textBytes();
    if (last && Buffer.compare(last, word) >= 0) throw new Error(`${file}: word "${word}" is not after "${last}"; expected the words in byte order`);
    first ??= word;
    last = word;
    for (let rest = 1; rest < entryLength; rest++) reader.skip();
  }
  for (let rest = 1; rest < fields; rest++) reader.skip();
  if (!reader.done) throw new Error(`${file}: data after the word list`);
  return { first: first!, last: last! };
}
