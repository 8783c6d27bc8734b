/**
 * The chunk bounds rewrite (src/integrations/pagefind-chunk-bounds.ts) on a real Pagefind index
 * of real French legal text (60 articles from the benchmark's generator, several word chunks),
 * queried with Pagefind's own pagefind.js in Node: Pagefind's output as it writes it against the
 * same output with its bounds rewritten; and the same index with the merge's own chunks
 * (pagefind-merge.ts, pagefind-chunk-cut.ts) against Pagefind's.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { decodeCbor, encodeCbor, pagefindFile, pagefindPayload, type CborValue } from '../../src/integrations/pagefind-cbor.ts';
import { tightenChunkBounds, type ChunkBoundsOutcome } from '../../src/integrations/pagefind-chunk-bounds.ts';
import { CHUNK_LIMIT, CHUNK_TARGET, LARGE_WORD, STEM_LETTERS } from '../../src/integrations/pagefind-chunk-cut.ts';
import { mergePagefindIndexes } from '../../src/integrations/pagefind-merge.ts';
import { isGenuineMatch } from '../../src/lib/search-query.ts';
import { SEARCH_LANGUAGE } from '../../src/integrations/pagefind.ts';
import { downloads, openPagefind, type NodePagefind } from '../helpers/pagefind-node.ts';
import { OUTPUT } from '../helpers/site-build.ts';
import { listFiles } from '../helpers/dist.ts';

const DIR = join(OUTPUT, 'chunk-bounds');
const OWN = join(DIR, 'own', 'pagefind');
const TIGHT = join(DIR, 'tight', 'pagefind');
const RECUT = join(DIR, 'recut', 'pagefind');

type Chunk = [from: string, to: string, hash: string];

const metaFile = (dir: string) => join(dir, readdirSync(dir).find((name) => name.endsWith('.pf_meta'))!);
const readMeta = (dir: string) => decodeCbor(pagefindPayload(readFileSync(metaFile(dir)), metaFile(dir)), metaFile(dir)) as CborValue[];
const chunksOf = (dir: string) => readMeta(dir)[2] as Chunk[];
/** The words a chunk file holds, in its order. */
function wordsOf(dir: string, hash: string): string[] {
  const file = join(dir, 'index', `${hash}.pf_index`);
  const [entries] = decodeCbor(pagefindPayload(readFileSync(file), file), file) as [CborValue[][]];
  return entries.map((entry) => entry[0] as string);
}
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let outcome: ChunkBoundsOutcome;
let chunks: Chunk[];
/** Every word of the index, with the chunk holding it. */
let words: { word: string; hash: string }[];

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  const corpus = generateCorpus({ articles: 60, dir: join(DIR, 'corpus') });
  const pagefind = await import('pagefind');
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    for (const article of corpus.articles) {
      const body = readFileSync(join(corpus.articlesDir, `${article.slug}.mdx`), 'utf8').split(/^---$/m)[2]!;
      const added = await index!.addHTMLFile({ url: `/articles/${article.slug}/`, content: `<html lang="fr"><body><h1>${escapeHtml(article.title)}</h1><p>${escapeHtml(body)}</p></body></html>` });
      expect(added.errors).toEqual([]);
    }
    expect((await index!.writeFiles({ outputPath: OWN })).errors).toEqual([]);
  } finally {
    await pagefind.close();
  }
  cpSync(OWN, TIGHT, { recursive: true });
  outcome = await tightenChunkBounds(TIGHT);
  await mergePagefindIndexes([OWN], RECUT);
  await tightenChunkBounds(RECUT);
  chunks = chunksOf(TIGHT);
  words = chunks.flatMap(([, , hash]) => wordsOf(TIGHT, hash).map((word) => ({ word, hash })));
}, 300_000);

/** Words inside no chunk's bounds as Pagefind writes them (past a chunk's shortened last bound). */
function wordsInNoChunk(): { word: string; hash: string }[] {
  const own = chunksOf(OWN);
  return words.filter(({ word }) => !own.some(([from, to]) => Buffer.compare(Buffer.from(from), Buffer.from(word)) <= 0 && Buffer.compare(Buffer.from(word), Buffer.from(to)) <= 0));
}

/** What searching `word` on a first visit downloads (index chunks only) and finds. */
async function firstSearch(dir: string, word: string, instance: string) {
  const pagefind = await openPagefind(dir, instance);
  const mark = downloads.length;
  const found = await pagefind.search(word);
  const chunkFiles = downloads.slice(mark).filter((file) => file.url.endsWith('.pf_index'));
  return {
    chunks: chunkFiles.map((file) => /([^/]+)\.pf_index$/.exec(file.url)![1]!).sort(),
    bytes: chunkFiles.reduce((sum, file) => sum + file.bytes, 0),
    results: found?.results.map((result) => `${result.id} ${result.words.join(',')}`).sort(),
  };
}

describe('tightenChunkBounds on a real Pagefind index', () => {
  it('gives each chunk the bounds of the words it holds, end to end, and changes nothing else', () => {
    expect(outcome).toEqual({ chunks: chunks.length });
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    chunks.forEach(([from, to, hash], i) => {
      const held = wordsOf(TIGHT, hash);
      expect(from).toBe(i === 0 ? '' : `${chunks[i - 1]![1]}\u0000`);
      expect(to).toBe(i === chunks.length - 1 ? '\u{10FFFF}' : held.at(-1));
    });
    // Same chunks, in the same order; the other fields of the metadata and every other file as Pagefind wrote them.
    const own = readMeta(OWN);
    expect(chunks.map(([, , hash]) => hash)).toEqual((own[2] as Chunk[]).map(([, , hash]) => hash));
    expect([...readMeta(TIGHT).slice(0, 2), ...readMeta(TIGHT).slice(3)]).toEqual([...own.slice(0, 2), ...own.slice(3)]);
    for (const file of listFiles(OWN).filter((path) => !path.endsWith('.pf_meta'))) {
      expect(readFileSync(file.replace(OWN, TIGHT)).equals(readFileSync(file)), file).toBe(true);
    }
    expect(metaFile(TIGHT).replace(TIGHT, '')).toBe(metaFile(OWN).replace(OWN, ''));
  });

  it('finds a word past Pagefind’s shortened bound in the chunk holding it', async () => {
    // Pagefind's own bounds leave such words inside no chunk.
    const outside = wordsInNoChunk();
    expect(outside.length).toBeGreaterThan(0);
    for (const [i, { word, hash }] of outside.slice(0, 12).entries()) {
      const own = await firstSearch(OWN, word, `own-${i}`);
      const tight = await firstSearch(TIGHT, word, `tight-${i}`);
      expect(tight.results, word).toEqual(own.results);
      expect(tight.chunks, word).toContain(hash);
      // The word, and its stem when that is another word, each in one chunk.
      expect(tight.chunks.length, word).toBeLessThanOrEqual(2);
      expect(tight.bytes, word).toBeLessThanOrEqual(own.bytes);
    }
  });

  it('no longer downloads a chunk ending with a short word that a searched word starts with', async () => {
    // The case measured at 10,000 articles ("accident" also loaded the 338 KB chunk ending with
    // "a"), built small: "a" and "accident" each fill a chunk, so that Pagefind ends one chunk with
    // "a" and bounds the next by "acci", before "accident".
    const dir = join(DIR, 'short-word', 'pagefind');
    const pagefind = await import('pagefind');
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
      for (let i = 0; i < 25; i++) {
        const text = `${'a '.repeat(1000)} abeille abri ${'accident '.repeat(1000)} accord acte bail`;
        await index!.addHTMLFile({ url: `/p${i}/`, content: `<html lang="fr"><body><p>${text}</p></body></html>` });
      }
      await index!.writeFiles({ outputPath: dir });
    } finally {
      await pagefind.close();
    }
    const own = chunksOf(dir);
    const endingWithA = own.find(([, to]) => to === 'a');
    const holding = own.find(([, , hash]) => wordsOf(dir, hash).includes('accident'));
    expect(endingWithA).toBeDefined();
    expect(holding?.[1]).toBe('acci');
    const before = await firstSearch(dir, 'accident', 'short-own');
    expect(before.chunks).toEqual([endingWithA![2], holding![2]].sort());

    await tightenChunkBounds(dir);
    const after = await firstSearch(dir, 'accident', 'short-tight');
    expect(after.chunks).toEqual([holding![2]]);
    expect(after.results).toEqual(before.results);
    expect(after.results).toHaveLength(25);
  });

  it('finds the same pages at the same positions for every word of the index', async () => {
    const own = await openPagefind(OWN, 'own-all');
    const tight = await openPagefind(TIGHT, 'tight-all');
    const found = async (pagefind: NodePagefind, word: string) => (await pagefind.search(word))?.results.map((result) => `${result.id} ${result.words.join(',')}`).sort();
    const differing: string[] = [];
    for (const { word } of words) if (JSON.stringify(await found(tight, word)) !== JSON.stringify(await found(own, word))) differing.push(word);
    expect(words.length).toBeGreaterThan(1000);
    expect(differing).toEqual([]);
  }, 300_000);

  it('gives the same file when run again', async () => {
    const before = readFileSync(metaFile(TIGHT));
    expect(await tightenChunkBounds(TIGHT)).toEqual({ chunks: chunks.length });
    expect(readFileSync(metaFile(TIGHT)).equals(before)).toBe(true);
  });

  it('leaves an index of another Pagefind version as Pagefind wrote it, saying why', async () => {
    const dir = join(DIR, 'other-version', 'pagefind');
    cpSync(OWN, dir, { recursive: true });
    const entryFile = join(dir, 'pagefind-entry.json');
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/"version":"[^"]+"/, '"version":"1.7.0"'));
    const before = readFileSync(metaFile(dir));
    const result = await tightenChunkBounds(dir);
    expect('skipped' in result && result.skipped).toMatch(/pagefind-entry\.json: Pagefind 1\.7\.0; .* checked against 1\.6 only/);
    expect(readFileSync(metaFile(dir)).equals(before)).toBe(true);
  });

  it('fails naming the file when the metadata is not Pagefind’s or a listed chunk is missing', async () => {
    const broken = join(DIR, 'broken', 'pagefind');
    cpSync(OWN, broken, { recursive: true });
    writeFileSync(metaFile(broken), gzipSync('not an index'));
    await expect(tightenChunkBounds(broken)).rejects.toThrow(/\.pf_meta: not a Pagefind file \(no "pagefind_dcd" signature\)/);

    const missing = join(DIR, 'missing', 'pagefind');
    cpSync(OWN, missing, { recursive: true });
    const [, , hash] = chunksOf(missing)[1]!;
    rmSync(join(missing, 'index', `${hash}.pf_index`));
    await expect(tightenChunkBounds(missing)).rejects.toThrow(new RegExp(`${hash}\\.pf_index: chunk listed in the index metadata but missing`));
    expect(existsSync(metaFile(missing))).toBe(true);
  });
});

/** Each word of an index's chunks with its positions as Pagefind counts them (per posting: locations, meta locations and one), chunk by chunk. */
function chunkWords(dir: string): { word: string; positions: number }[][] {
  return chunksOf(dir).map(([, , hash]) => {
    const file = join(dir, 'index', `${hash}.pf_index`);
    const [entries] = decodeCbor(pagefindPayload(readFileSync(file), file), file) as [[string, CborValue[][], [string, CborValue[][]][]][]];
    const count = (postings: CborValue[][]) => postings.reduce((sum, posting) => sum + (posting[1] as CborValue[]).length + (posting[2] as CborValue[]).length + 1, 0);
    return entries.map(([word, postings, variants]) => ({ word, positions: count(postings) + variants.reduce((sum, [, list]) => sum + count(list), 0) }));
  });
}

/** Whether `next` begins with a word of STEM_LETTERS letters or more among `words[0..at]` that `words[at]` begins with. */
function extendsStem(words: readonly string[], at: number, next: string): boolean {
  return words.slice(0, at + 1).some((stem) => [...stem].length >= STEM_LETTERS && words[at]!.startsWith(stem) && next.startsWith(stem));
}

describe('the merged index’s own chunks, against Pagefind’s', () => {
  it('cuts where the rule says: at the target or before a large word, never inside a stem’s words, always at Pagefind’s limit', () => {
    const chunks = chunkWords(RECUT);
    expect(chunks.length).toBeGreaterThan(chunksOf(OWN).length);
    // The same words as Pagefind's chunks, in the same order.
    expect(chunks.flat().map(({ word }) => word)).toEqual(chunkWords(OWN).flat().map(({ word }) => word));
    let atTarget = 0;
    let beforeLarge = 0;
    for (const [c, chunk] of chunks.entries()) {
      const words = chunk.map(({ word }) => word);
      const closes = (size: number, at: number, next: { word: string; positions: number }) =>
        size >= CHUNK_LIMIT || (!extendsStem(words, at, next.word) && (size >= CHUNK_TARGET || next.positions >= LARGE_WORD));
      let size = 0;
      for (const [i, entry] of chunk.entries()) {
        // Nothing inside a chunk should have closed it…
        if (i > 0) expect(closes(size, i - 1, entry), `${entry.word} in chunk ${c}`).toBe(false);
        size += entry.positions;
      }
      const next = chunks[c + 1]?.[0];
      if (!next) continue;
      // …and something should have closed it before the next chunk's first word.
      expect(closes(size, chunk.length - 1, next), `${next.word} after chunk ${c}`).toBe(true);
      if (size >= CHUNK_TARGET) atTarget++;
      else beforeLarge++;
    }
    // Both reasons to close occur in this index.
    expect(atTarget).toBeGreaterThan(0);
    expect(beforeLarge).toBeGreaterThan(0);
  });

  it('finds, for the words around each of its cuts, every page holding one of the word’s forms that Pagefind’s chunks find, for fewer bytes', async () => {
    // Forms are lost, if anywhere, where a cut separates a word from its extensions.
    const chunks = chunkWords(RECUT).map((chunk) => chunk.map(({ word }) => word).filter((word) => /^\p{L}{3,}$/u.test(word)));
    const sample = [...new Set(chunks.flatMap((chunk, c) => [...(c > 0 ? chunk.slice(0, 3) : []), ...(c < chunks.length - 1 ? chunk.slice(-4) : [])]))];
    expect(sample.length).toBeGreaterThan(40);
    let ownBytes = 0;
    let recutBytes = 0;
    const lost: string[] = [];
    for (const [i, word] of sample.entries()) {
      // A fresh Pagefind each time: matches depend on the chunks loaded so far.
      const [own, recut] = [await openPagefind(TIGHT, `cut-own-${i}`), await openPagefind(RECUT, `cut-recut-${i}`)];
      const mark = downloads.length;
      const ownResults = (await own.search(word))?.results ?? [];
      const middle = downloads.length;
      const recutIds = new Set(((await recut.search(word))?.results ?? []).map((result) => result.id));
      const chunkBytes = (files: typeof downloads) => files.filter((file) => file.url.endsWith('.pf_index')).reduce((sum, file) => sum + file.bytes, 0);
      ownBytes += chunkBytes(downloads.slice(mark, middle));
      recutBytes += chunkBytes(downloads.slice(middle));
      for (const result of ownResults.filter((r) => !recutIds.has(r.id))) {
        const { content } = await result.data();
        if (content.split(/\s+/).some((token) => isGenuineMatch(word, token))) lost.push(`${word}: ${result.id}`);
      }
      await Promise.all([own.destroy?.(), recut.destroy?.()]);
    }
    expect(lost).toEqual([]);
    expect(recutBytes).toBeLessThan(ownBytes * 0.75);
  }, 300_000);
});

describe('the CBOR of Pagefind’s files', () => {
  it('reads and writes integers, text and arrays with the shortest heads', () => {
    const value: CborValue = [0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32, -1, -25, -1000, '', 'délai', ['a', [1, 2]], []];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes, 'test')).toEqual(value);
    expect(encodeCbor(24).toString('hex')).toBe('1818');
    expect(encodeCbor(-25).toString('hex')).toBe('3818');
    expect(encodeCbor('é').toString('hex')).toBe('62c3a9');
    expect(encodeCbor([1, [2]]).toString('hex')).toBe('820181' + '02');
  });

  it('refuses what Pagefind’s index files do not hold, naming the file and the byte', () => {
    expect(() => decodeCbor(Buffer.from('a0', 'hex'), 'x.pf_meta')).toThrow(/^x\.pf_meta: unexpected CBOR at byte 0 \(major type 5\)/);
    expect(() => decodeCbor(Buffer.from('8201', 'hex'), 'x.pf_meta')).toThrow(/byte 2 \(end of data\)/);
    expect(() => decodeCbor(Buffer.from('0101', 'hex'), 'x.pf_meta')).toThrow(/x\.pf_meta: 1 byte\(s\) after the CBOR value/);
    expect(() => encodeCbor(1.5)).toThrow(/1\.5 is not an integer/);
  });

  it('wraps and unwraps Pagefind’s gzip and signature', () => {
    expect(pagefindPayload(pagefindFile(Buffer.from('8100', 'hex')), 'x').toString('hex')).toBe('8100');
  });
});
