/**
 * public/_headers under the two ways hosts merge the rules that match a path: Netlify keeps the
 * most specific rule's value of a header, Cloudflare Pages joins every value with a comma. Under
 * both, every response gets the security headers once, calendars their type, and nothing puts a
 * page's Content Security Policy on the search worker's files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Rule {
  pattern: string;
  headers: [string, string][];
}

function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:\w+/g, '[^/]+')}$`,
  ).test(path);

/** Specificity as Netlify ranks rules: the longer literal part wins. */
const specificity = (pattern: string) => pattern.replace(/\*|:\w+/g, '').length;

function merged(rules: Rule[], path: string, rule: 'netlify' | 'cloudflare'): Map<string, string> {
  const headers = new Map<string, string>();
  const matching = rules.filter((r) => matches(r.pattern, path));
  if (rule === 'netlify') matching.sort((a, b) => specificity(a.pattern) - specificity(b.pattern));
  for (const r of matching) {
    for (const [name, value] of r.headers) {
      headers.set(name, rule === 'cloudflare' && headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
  }
  return headers;
}

const RULES = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
const PATHS = [
  '/',
  '/articles/x/',
  '/recherche/',
  '/rss.xml',
  '/_astro/Base.css',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-worker.js',
  '/pagefind/wasm.fr.pagefind',
  '/agenda.ics',
  '/themes/cybersecurite/agenda.ics',
  '/rss.xsl',
  '/admin/',
  '/admin/config.yml',
];

describe('public/_headers', () => {
  it.each(['netlify', 'cloudflare'] as const)('under %s rules, sends each security header once on every path', (rule) => {
    for (const path of PATHS) {
      const headers = merged(RULES, path, rule);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it.each(['netlify', 'cloudflare'] as const)('under %s rules, never holds the search files to a policy without WebAssembly', (rule) => {
    for (const path of PATHS.filter((p) => p.startsWith('/pagefind/'))) {
      const csp = merged(RULES, path, rule).get('content-security-policy');
      if (csp !== undefined) expect(csp, path).toContain("'wasm-unsafe-eval'");
    }
  });

  it.each(['netlify', 'cloudflare'] as const)(
    'under %s rules, serves calendars as calendars, the feed stylesheet as XML, the CMS configuration as YAML, and caches hashed assets',
    (rule) => {
      expect(merged(RULES, '/agenda.ics', rule).get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(merged(RULES, '/themes/cybersecurite/agenda.ics', rule).get('content-type')).toBe('text/calendar; charset=utf-8');
      // Browsers apply a feed's XSL stylesheet only when it is served as XML.
      expect(merged(RULES, '/rss.xsl', rule).get('content-type')).toBe('application/xml; charset=utf-8');
      expect(merged(RULES, '/admin/config.yml', rule).get('content-type')).toBe('text/yaml; charset=utf-8');
      expect(merged(RULES, '/_astro/Base.css', rule).get('cache-control')).toContain('immutable');
      expect(merged(RULES, '/pagefind/pagefind.js', rule).get('cache-control')).toBe('no-cache');
    },
  );
});
