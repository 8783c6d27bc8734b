/**
 * Writes `pagefind/vigie-date-order.json` (see src/lib/date-order.ts) after Pagefind has written
 * its index: the page ids are Pagefind's fragment names, read back with each page's URL, date and
 * title from the fragments themselves, so the order always matches the index it sits beside.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pagefindPayload } from './pagefind-cbor.ts';
import { DATE_ORDER_FILE, dateOrder, serializeDateOrder, type IndexedPage } from '../lib/date-order.ts';

const FRAGMENT = /^(.+)\.pf_fragment$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

async function readFragment(dir: string, name: string, id: string): Promise<IndexedPage> {
  const file = join(dir, name);
  // Fragments hold JSON after Pagefind's signature.
  const fragment = JSON.parse(pagefindPayload(await readFile(file), file).toString('utf8')) as { url?: string; meta?: Record<string, string> };
  const { url = '', meta = {} } = fragment;
  if (!meta.date || !DAY.test(meta.date)) {
    throw new Error(`${file} (${url}): meta "date" is ${JSON.stringify(meta.date)}, expected YYYY-MM-DD (data-pagefind-meta="date:…" on the article page)`);
  }
  return { id, url, date: meta.date, title: meta.title ?? '' };
}

/** Returns the number of pages ordered. */
export async function writeDateOrderFile(pagefindDir: string): Promise<number> {
  const dir = join(pagefindDir, 'fragment');
  // A site with no published article yet has an index without fragments.
  const names = existsSync(dir) ? (await readdir(dir)).filter((name) => FRAGMENT.test(name)).sort() : [];
  const pages: IndexedPage[] = [];
  // A few hundred files at a time: fast, without opening 10,000 at once.
  for (let start = 0; start < names.length; start += 256) {
    const batch = names.slice(start, start + 256);
    pages.push(...(await Promise.all(batch.map((name) => readFragment(dir, name, FRAGMENT.exec(name)![1]!)))));
  }
  await writeFile(join(pagefindDir, DATE_ORDER_FILE), serializeDateOrder(dateOrder(pages)));
  return pages.length;
}
