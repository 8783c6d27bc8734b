/**
 * Newest-first order of the search index's pages, kept beside the index rather than in it.
 * Pagefind can sort by a value stored with every page, but that sort sits in the metadata every
 * search downloads first (25 KB of its 102 KB at 10,000 articles). Here the order is a separate
 * file, `pagefind/vigie-date-order.json`, fetched only when results are listed by date (the
 * "date" sort, or browsing by filters alone).
 */
import { compareNewestFirstKeys } from './sort.ts';

export const DATE_ORDER_FILE = 'vigie-date-order.json';
const FORMAT = 'vigie-date-order/1';

/** What the build knows of each indexed page: Pagefind's page id, its URL, date and title. */
export interface IndexedPage {
  id: string;
  url: string;
  /** Publication day, YYYY-MM-DD. */
  date: string;
  title: string;
}

/** Page ids in the site's order (sort.ts): newest first; same day, by title, then URL (/articles/<slug>/, so by slug). */
export function dateOrder(pages: readonly IndexedPage[]): string[] {
  const keyed = pages.map((page) => ({ id: page.id, keys: { time: Date.parse(page.date), title: page.title, key: page.url } }));
  return keyed.sort((a, b) => compareNewestFirstKeys(a.keys, b.keys)).map((page) => page.id);
}

/** The file's JSON text. */
export function serializeDateOrder(ids: readonly string[]): string {
  return JSON.stringify({ format: FORMAT, ids });
}

/** Rank (0 = newest) of every page id, from the file's JSON; throws on anything else. */
export function parseDateOrder(json: unknown): Map<string, number> {
  const data = json as { format?: unknown; ids?: unknown };
  if (data?.format !== FORMAT || !Array.isArray(data.ids) || !data.ids.every((id) => typeof id === 'string')) {
    throw new Error(`${DATE_ORDER_FILE}: expected {"format":"${FORMAT}","ids":[…page ids…]}`);
  }
  return new Map(data.ids.map((id: string, rank) => [id, rank]));
}

/** Items newest first by their page id; ids missing from the order (a stale file) go last, in their order. */
export function sortByDateRank<T extends { id: string }>(items: readonly T[], ranks: ReadonlyMap<string, number>): T[] {
  const rank = (item: T) => ranks.get(item.id) ?? Number.MAX_SAFE_INTEGER;
  return items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index).map(({ item }) => item);
}

/** Fetches the order from the index folder's URL (ending in `/`); revalidated, as its name never changes. */
export async function loadDateRanks(indexUrl: string): Promise<Map<string, number>> {
  const url = `${indexUrl}${DATE_ORDER_FILE}`;
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseDateOrder(await response.json());
}
