/** Valid HTML (html-validate, recommended preset), https-only external links, and size budgets, on the real builds. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { SITES } from '../helpers/site-build.ts';
import { attributeValues, pageFiles, pagePaths, readPage } from '../helpers/dist.ts';

// `void-style` is a style preference, not validity: MDX's JSX writes task-list checkboxes as
// `<input … />`, which HTML accepts as `<input …>`.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off' } });
const gzip = (text: string | Buffer) => gzipSync(text).length;

describe('html-validate (recommended preset)', () => {
  it.each(Object.entries(SITES))('%s: zero errors on every page', async (_, dist) => {
    const problems: string[] = [];
    for (const file of pageFiles(dist)) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${file.slice(dist.length)}:${message.line} ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('external links', () => {
  it('use https everywhere', () => {
    for (const dist of Object.values(SITES)) {
      for (const path of pagePaths(dist)) {
        const insecure = attributeValues(readPage(dist, path), 'href').filter((href) => href.startsWith('http:') && !href.startsWith('http://localhost'));
        expect(insecure, `${dist}${path}`).toEqual([]);
      }
    }
  });
});

describe('budgets', () => {
  const dist = SITES.real;
  const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'));
  const scripts = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));

  it('one stylesheet of at most 10 KB gzip', () => {
    expect(css).toHaveLength(1);
    expect(gzip(readFileSync(join(dist, '_astro', css[0]!)))).toBeLessThanOrEqual(10 * 1024);
  });

  it('the home page is at most 15 KB gzip, an article page at most 10 KB gzip', () => {
    expect(gzip(readPage(dist, '/'))).toBeLessThanOrEqual(15 * 1024);
    expect(gzip(readPage(dist, '/articles/plan-action-ue-cybersecurite-hopitaux/'))).toBeLessThanOrEqual(10 * 1024);
  });

  /** A script and the shared chunks it imports, as the browser loads them. */
  const withImports = (name: string): string[] => [
    name,
    ...[...readFileSync(join(dist, '_astro', name), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].flatMap((m) => withImports(m[1]!)),
  ];

  it("the search page's script, at most 9 KB gzip beyond Pagefind, the citation copier, at most 1 KB, and the editing interface's", () => {
    const search = scripts.find((name) => name.startsWith('recherche.'))!;
    const copier = scripts.find((name) => name.startsWith('CiteArticle.'))!;
    const admin = /<script type="module" src="\/_astro\/([^"]+)"/.exec(readFileSync(join(dist, 'admin', 'index.html'), 'utf8'))![1]!;
    expect(scripts.sort()).toEqual([...new Set([...withImports(search), ...withImports(copier), ...withImports(admin)])].sort());
    expect(readPage(dist, '/recherche/')).toContain(`/_astro/${search}`);
    expect(gzip(Buffer.concat(withImports(search).map((name) => readFileSync(join(dist, '_astro', name)))))).toBeLessThanOrEqual(9 * 1024);
    expect(withImports(copier)).toEqual([copier]);
    expect(gzip(readFileSync(join(dist, '_astro', copier)))).toBeLessThanOrEqual(1024);
  });

  it('reading pages load no script but the citation copier, no inline script, and a CSP without unsafe-inline; only the search page allows WebAssembly', () => {
    for (const path of pagePaths(dist)) {
      const html = readPage(dist, path);
      const executable = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>/g)].map((m) => m[0]);
      for (const tag of executable) expect(tag, path).toMatch(/ src="\/_astro\//);
      if (path !== '/recherche/') expect(executable.length, path).toBe(path.startsWith('/articles/') ? 1 : 0);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp.includes('wasm-unsafe-eval'), path).toBe(path === '/recherche/');
      expect(html, path).toContain('<meta name="referrer" content="strict-origin-when-cross-origin">');
    }
  });
});
