/**
 * The editing interface as built (src/pages/admin/, src/integrations/decap-files.ts), at the root
 * and under /veille: Decap's bundle served by the site itself, its configuration generated from
 * the schema, its own CSP and `noindex`, and absent from the sitemap, the feeds and the search.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadSearchIndex } from '../../src/search/node-pagefind.ts';
import { runSearch } from '../../src/search/search-engine.ts';
import { parseSearchState } from '../../src/search/search-query.ts';
import { listFiles, readPage } from '../helpers/dist.ts';
import { SITES } from '../helpers/site-build.ts';

const ORIGIN = 'https://veille.example.org';

describe.each([
  ['/', SITES.real],
  ['/veille/', SITES.based],
])('/admin/ under %s', (base, dist) => {
  const html = readPage(dist, '/admin/');

  it('loads Decap CMS from the site itself, and the site’s stylesheet for its preview', () => {
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts[0]).toBe(`${base}admin/decap-cms.js`);
    for (const src of scripts) {
      expect(src.startsWith(base), src).toBe(true);
      expect(existsSync(join(dist, src.slice(base.length))), src).toBe(true);
    }
    // The bundle's chunks and WebAssembly, which it loads from its own folder.
    const shipped = readdirSync(join(dist, 'admin'));
    expect(shipped.filter((name) => /^\d+\.decap-cms\.js$/.test(name)).length).toBeGreaterThan(20);
    expect(shipped.some((name) => name.endsWith('.wasm'))).toBe(true);
    expect(shipped.filter((name) => name.endsWith('.map'))).toEqual([]);
    const style = /data-preview-style="([^"]+)"/.exec(html)?.[1];
    expect(style).toMatch(new RegExp(`^${base}_astro/.+\\.css$`));
    expect(readFileSync(join(dist, style!.slice(base.length)), 'utf8')).toContain('.article-meta');
  });

  it('is marked noindex and has its own Content-Security-Policy', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:8081;");
    expect(csp).toContain("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'");
    // The site's pages keep theirs, which allows no eval.
    expect(readPage(dist, '/')).toContain("script-src 'self';");
  });

  it('is configured from the schema and the taxonomy, for the articles folder', () => {
    const href = /<link rel="cms-config-url" type="text\/yaml" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBe(`${base}admin/config.yml`);
    const config = load(readFileSync(join(dist, 'admin', 'config.yml'), 'utf8')) as {
      locale: string;
      site_url: string;
      public_folder: string;
      collections: { folder: string; fields: { name: string; label: string; options?: { value: string }[] }[] }[];
    };
    expect(config.locale).toBe('fr');
    expect(config.site_url).toBe(`${ORIGIN}${base}`);
    expect(config.public_folder).toBe(`${base}media`);
    const [articles] = config.collections;
    expect(articles!.folder).toBe('content/articles');
    expect(articles!.fields.map((field) => field.label)).toContain('Chapeau');
    expect(articles!.fields.find((field) => field.name === 'topics')!.options!.map((option) => option.value)).toContain('procedure-civile');
  });

  it('is in no sitemap, feed or search result', async () => {
    for (const file of [...listFiles(dist, '.xml'), ...listFiles(dist, '.ics')]) expect(readFileSync(file, 'utf8'), file).not.toContain('/admin');
    const index = await loadSearchIndex(dist);
    for (const query of ['édition', 'JavaScript', 'interface']) {
      const { hits } = await runSearch(index, parseSearchState(`?q=${encodeURIComponent(query)}`), { limit: 50 });
      expect(
        hits.map((hit) => hit.url).filter((url) => url.includes('/admin/')),
        query,
      ).toEqual([]);
    }
  });
});
