/**
 * Time from typing a query to the result list on the search page, in Debian's Chromium, on a
 * built site served on 127.0.0.1 (includes the page's 100 ms typing debounce). Skipped, with a
 * reason, when /usr/bin/chromium is missing.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM, launchChromium } from '../chromium.ts';
import { serveDist } from '../serve-dist.ts';

export interface BrowserLatency {
  /** First query after the page loaded (Pagefind's script, wasm and first chunks not yet cached). */
  firstMs: number;
  /** Median over the following queries. */
  medianMs: number;
  queries: { query: string; ms: number }[];
  skipped?: string;
}

export async function measureBrowserLatency(dist: string, queries: readonly string[]): Promise<BrowserLatency> {
  if (!existsSync(CHROMIUM)) return { firstMs: 0, medianMs: 0, queries: [], skipped: `${CHROMIUM} not installed` };
  const site = await serveDist(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(new URL('recherche/', site.url).href);
    await page.waitForFunction(() => /Saisissez/.test(document.getElementById('search-status')?.textContent ?? ''));
    const timed: { query: string; ms: number }[] = [];
    for (const query of queries) {
      const started = performance.now();
      await page.fill('#recherche', query);
      // The page puts the query in its URL and says "Recherche en cours…" in the same task, then
      // replaces that with the outcome, which does not always quote the query ("le mot « x » ne
      // figure dans aucun article").
      await page.waitForFunction(
        (q) => {
          const text = document.getElementById('search-status')?.textContent ?? '';
          return new URLSearchParams(location.search).get('q') === q && !text.startsWith('Recherche en cours');
        },
        query,
        { polling: 'raf' },
      );
      timed.push({ query, ms: Math.round(performance.now() - started) });
    }
    const rest = timed
      .slice(1)
      .map((t) => t.ms)
      .sort((a, b) => a - b);
    return { firstMs: timed[0]?.ms ?? 0, medianMs: rest[Math.floor(rest.length / 2)] ?? 0, queries: timed };
  } finally {
    await browser.close();
    await site.close();
  }
}
