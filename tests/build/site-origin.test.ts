/** A build without a site URL says so: its canonical URLs, feeds and citations name localhost. */
import { describe, expect, it } from 'vitest';
import { pageExists, readPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { runAstro, OUTPUT } from '../helpers/site-build.ts';
import { siteOriginWarning } from '../../src/integrations/site-origin-warning.ts';
import { join } from 'node:path';

type ConfigHook = (options: { config: { site?: string } }) => void;
type StartHook = (options: { logger: { warn(message: string): void } }) => void;
const warningsOf = (site: string | undefined) => {
  const warnings: string[] = [];
  const { hooks } = siteOriginWarning('http://localhost:4321');
  (hooks['astro:config:done'] as unknown as ConfigHook)({ config: { site } });
  (hooks['astro:build:start'] as unknown as StartHook)({ logger: { warn: (message) => warnings.push(message) } });
  return warnings;
};

describe('public origin', () => {
  it('warns only when no site URL is set', () => {
    expect(warningsOf('https://www.cabinet.example')).toEqual([]);
    expect(warningsOf(undefined)).toEqual([expect.stringContaining('No site URL is set')]);
  });

  it("a real build without it prints that warning and the sitemap's, no other, and names localhost in canonical URLs", async () => {
    const run = await runAstro('build', { name: 'no-site', site: '' });
    expect(run.code, run.output).toBe(0);
    // Astro 7.3's per-MDX-file "use astro:head-inject" directive warning is silenced
    // (src/integrations/quiet-head-inject-warnings.ts): it would print one per article.
    expect(run.output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([
      expect.stringMatching(/No site URL is set: canonical URLs, feeds, the sitemap and citations will name http:\/\/localhost:4321/),
      expect.stringMatching(/\[@astrojs\/sitemap\] The Sitemap integration requires the `site` astro.config option. Skipping./),
    ]);
    const dist = join(OUTPUT, 'no-site', 'dist');
    expect(readPage(dist, '/')).toContain('<link rel="canonical" href="http://localhost:4321/"');
    // No sitemap is written, so no page links to one; every other internal link resolves.
    expect(pageExists(dist, '/sitemap-index.xml')).toBe(false);
    expect(readPage(dist, '/')).not.toContain('sitemap-index.xml');
    expect(brokenLinks(dist, '/', 'http://localhost:4321')).toEqual([]);
  }, 300_000);
});
