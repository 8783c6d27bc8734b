/**
 * What a reader's search costs on a built Vigie site: the bytes the first and a second query
 * download, and query times, measured in Node with the site's real `pagefind/pagefind.js` and the
 * search page's own logic (runSearch: French normalisation, AND of words, verified results).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { downloads, loadSearchIndex } from '../../src/search/node-pagefind.ts';
import { runSearch } from '../../src/search/search-engine.ts';
import { parseSearchState } from '../../src/search/search-query.ts';

/** The first two queries: their downloads are measured. */
export const FIRST_QUERY = 'contrat';
export const SECOND_QUERY = 'délai';
/** Typical French queries whose words occur in the corpus (Code des relations entre le public et l'administration, Code de la sécurité sociale…). */
export const TIMED_QUERIES = [
  'salarié',
  'cotisations sociales',
  'assurance maladie',
  'employeur',
  'pension de retraite',
  'accident du travail',
  'prestations familiales',
  'décision implicite',
  'caisse primaire',
  'médecin traitant',
] as const;

export interface QueryDownloads {
  query: string;
  /** pagefind.js, pagefind-worker.js and the wasm: the same for every site, cached after the first query. */
  fixedBytes: number;
  /** pagefind-entry.json, pf_meta, pf_filter, pf_index chunks and pf_fragment files fetched. */
  indexBytes: number;
  byKind: Record<string, { files: number; bytes: number }>;
  total: number;
}

/** The index's word chunks, as Pagefind writes them (file sizes only): every word a query looks up costs the whole chunk holding it. */
export interface IndexChunks {
  count: number;
  medianBytes: number;
  smallestBytes: number;
  largestBytes: number;
}

export interface SearchMetrics {
  first: QueryDownloads;
  second: QueryDownloads;
  medianMs: number;
  /** `chunkBytes`: pf_index files; `fragmentBytes`: pf_fragment files (one per result shown or checked). */
  queries: { query: string; ms: number; total: number; exact: boolean; bytes: number; chunkBytes: number; fragmentBytes: number }[];
  chunks: IndexChunks;
}

function indexChunks(pagefindDir: string): IndexChunks {
  const dir = join(pagefindDir, 'index');
  const sizes = readdirSync(dir)
    .filter((name) => name.endsWith('.pf_index'))
    .map((name) => statSync(join(dir, name)).size)
    .sort((a, b) => a - b);
  return { count: sizes.length, medianBytes: sizes[sizes.length >> 1] ?? 0, smallestBytes: sizes[0] ?? 0, largestBytes: sizes.at(-1) ?? 0 };
}

const bytesOf = (files: readonly { url: string; bytes: number }[], kind?: string) =>
  files.filter((file) => !kind || kindOf(file.url) === kind).reduce((sum, file) => sum + file.bytes, 0);

function kindOf(fileUrl: string): string {
  const url = fileUrl.split('?')[0]!;
  if (/wasm\.[\w-]+\.pagefind$/.test(url)) return 'wasm';
  if (url.endsWith('pagefind-entry.json')) return 'entry';
  const pf = /\.pf_(meta|index|filter|fragment)$/.exec(url);
  return pf ? `pf_${pf[1]}` : 'other';
}

function summarize(query: string, fetched: readonly { url: string; bytes: number }[], scriptBytes: number, total: number): QueryDownloads {
  const byKind: QueryDownloads['byKind'] = {};
  for (const { url, bytes } of fetched) {
    const kind = kindOf(url);
    byKind[kind] ??= { files: 0, bytes: 0 };
    byKind[kind].files++;
    byKind[kind].bytes += bytes;
  }
  const wasm = byKind.wasm?.bytes ?? 0;
  const all = fetched.reduce((sum, file) => sum + file.bytes, 0);
  return { query, fixedBytes: scriptBytes + wasm, indexBytes: all - wasm, byKind, total };
}

const state = (query: string) => parseSearchState(`?q=${encodeURIComponent(query)}`);

export async function measureSearch(dist: string): Promise<SearchMetrics> {
  const dir = join(dist, 'pagefind');
  // Browsers load these two scripts (the worker runs the wasm); Node imports only pagefind.js.
  const scriptBytes = statSync(join(dir, 'pagefind.js')).size + statSync(join(dir, 'pagefind-worker.js')).size;

  let mark = downloads.length;
  const index = await loadSearchIndex(dist);
  const firstOutcome = await runSearch(index, state(FIRST_QUERY));
  const first = summarize(FIRST_QUERY, downloads.slice(mark), scriptBytes, firstOutcome.total);

  mark = downloads.length;
  const secondOutcome = await runSearch(index, state(SECOND_QUERY));
  const second = summarize(SECOND_QUERY, downloads.slice(mark), 0, secondOutcome.total);

  const queries: SearchMetrics['queries'] = [];
  for (const query of TIMED_QUERIES) {
    mark = downloads.length;
    const started = performance.now();
    const outcome = await runSearch(index, state(query));
    const ms = performance.now() - started;
    const fetched = downloads.slice(mark);
    queries.push({
      query,
      ms,
      total: outcome.total,
      exact: outcome.exact,
      bytes: bytesOf(fetched),
      chunkBytes: bytesOf(fetched, 'pf_index'),
      fragmentBytes: bytesOf(fetched, 'pf_fragment'),
    });
  }
  const sorted = queries.map((q) => q.ms).sort((a, b) => a - b);
  const medianMs = (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
  await index.pagefind.destroy?.();
  return { first, second, medianMs, queries, chunks: indexChunks(dir) };
}
