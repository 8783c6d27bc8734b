/**
 * Loads a built site's real `pagefind/pagefind.js` in Node, with a `fetch` shim that reads the
 * index files from disk, so the benchmark and the tests query exactly what browsers download.
 * Never shipped to the browser.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS, searchIndex, type PagefindApi, type SearchIndex } from './search-engine.ts';

let shimmed = false;

/** Bytes read through the shim, per file, so tests and the benchmark can count downloads. */
export const downloads: { url: string; bytes: number }[] = [];

function installFetchShim(): void {
  if (shimmed) return;
  shimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input, init);
    try {
      const data = await readFile(fileURLToPath(url));
      downloads.push({ url, bytes: data.byteLength });
      return new Response(data, { status: 200, headers: { 'content-type': url.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  }) as typeof fetch;
}

export interface NodePagefind extends PagefindApi {
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

export interface NodeSearchIndex extends SearchIndex {
  pagefind: NodePagefind;
}

const loaded = new Map<string, Promise<NodeSearchIndex>>();

/**
 * A Pagefind instance on a `pagefind/` folder, with the search page's options. Each `instance`
 * name gives a separate module, with nothing downloaded yet (a reader's first visit).
 */
export async function openPagefind(pagefindDir: string, instance = ''): Promise<NodePagefind> {
  installFetchShim();
  const module = await import(`${pathToFileURL(join(pagefindDir, 'pagefind.js')).href}${instance ? `?instance=${encodeURIComponent(instance)}` : ''}`);
  // Result URLs are indexed with the site's base already; keep them as they are.
  await module.options({ ...PAGEFIND_OPTIONS, basePath: `${pathToFileURL(pagefindDir).href}/`, baseUrl: '/' });
  await module.init();
  return module as NodePagefind;
}

/** Pagefind on a built site, as the search page loads it (once per site). */
export function loadSearchIndex(dist: string): Promise<NodeSearchIndex> {
  let api = loaded.get(dist);
  if (!api) {
    api = (async () => {
      const dir = join(dist, 'pagefind');
      const pagefind = await openPagefind(dir);
      return { ...searchIndex(pagefind), pagefind };
    })();
    loaded.set(dist, api);
  }
  return api;
}
