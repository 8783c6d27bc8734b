/**
 * The merged index's chunk rule (src/integrations/pagefind-chunk-cut.ts) on word lists written
 * for each case; the rule on a real index is checked in tests/search/chunk-bounds.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CHUNK_LIMIT, CHUNK_TARGET, ChunkCut, LARGE_WORD } from '../../src/integrations/pagefind-chunk-cut.ts';

/** Cuts `[word, positions]` pairs as the merge does; returns the chunks' words. */
function chunksOf(words: [string, number][]): string[][] {
  const cut = new ChunkCut();
  const chunks: string[][] = [[]];
  for (const [word, positions] of words) {
    const bytes = Buffer.from(word, 'utf8');
    if (cut.closesBefore(bytes, positions)) {
      cut.close();
      chunks.push([]);
    }
    cut.add(bytes, positions);
    chunks.at(-1)!.push(word);
  }
  return chunks;
}

describe('where the merged index cuts its words into chunks', () => {
  it('closes a chunk once it holds the target number of positions', () => {
    const words = Array.from({ length: 12 }, (_, i): [string, number] => [`m${String(i).padStart(2, '0')}`, CHUNK_TARGET / 4]);
    expect(chunksOf(words).map((chunk) => chunk.length)).toEqual([4, 4, 4]);
  });

  it('starts a chunk with a large word, then closes it as any other', () => {
    expect(chunksOf([['abri', 10], ['acte', 10], ['article', LARGE_WORD], ['aucun', 10]])).toEqual([['abri', 'acte'], ['article', 'aucun']]);
    expect(chunksOf([['abri', 10], ['acte', LARGE_WORD - 1]])).toEqual([['abri', 'acte']]);
    // A large word first in its chunk starts nothing new.
    expect(chunksOf([['article', LARGE_WORD], ['aucun', LARGE_WORD]])).toEqual([['article'], ['aucun']]);
  });

  it('keeps a word of four letters or more with the words that extend it, even past the target', () => {
    const chunks = chunksOf([['exclu', CHUNK_TARGET], ['exclue', 10], ['exclues', 10], ['exclus', LARGE_WORD], ['exclusion', 10], ['exercice', 10]]);
    expect(chunks).toEqual([['exclu', 'exclue', 'exclues', 'exclus', 'exclusion'], ['exercice']]);
  });

  it('follows only the stems the last word begins with', () => {
    // "salari" is not a prefix of "sanction": "salarial" no longer holds the chunk open.
    expect(chunksOf([['salar', CHUNK_TARGET], ['salarial', 10], ['sanction', 10]])).toEqual([['salar', 'salarial'], ['sanction']]);
    // "actes" does not begin with "acteur": only "acte" keeps it.
    expect(chunksOf([['acte', 10], ['acteur', CHUNK_TARGET], ['actes', 10]])).toEqual([['acte', 'acteur', 'actes']]);
  });

  it('lets words of three letters or fewer go', () => {
    expect(chunksOf([['loi', CHUNK_TARGET], ['lois', 10]])).toEqual([['loi'], ['lois']]);
    // Letters, not bytes: "été" is three letters in five bytes.
    expect(chunksOf([['été', CHUNK_TARGET], ['étés', 10]])).toEqual([['été'], ['étés']]);
  });

  it('closes at Pagefind\'s own limit whatever comes next', () => {
    const chunks = chunksOf([['contr', CHUNK_LIMIT - 1], ['contrat', 1], ['contrats', 10], ['contre', 10]]);
    expect(chunks).toEqual([['contr', 'contrat'], ['contrats', 'contre']]);
  });
});
