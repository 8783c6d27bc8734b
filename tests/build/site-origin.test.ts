/** A build without VIGIE_SITE says so: its canonical URLs, feeds and citations name localhost. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { runAstro, OUTPUT } from '../helpers/site-build.ts';
import { siteOriginWarning } from '../../src/integrations/site-origin-warning.ts';
import { join } from 'node:path';

type StartHook = (options: { logger: { warn(message: string): void } }) => void;
const warningsOf = (configured: string | undefined) => {
  const warnings: string[] = [];
  const hook = siteOriginWarning(configured, 'http://localhost:4321').hooks['astro:build:start'] as unknown as StartHook;
  hook({ logger: { warn: (message) => warnings.push(message) } });
  return warnings;
};

describe('public origin', () => {
  it('warns only when VIGIE_SITE is unset or blank', () => {
    expect(warningsOf('https://www.cabinet.example')).toEqual([]);
    expect(warningsOf(undefined)).toEqual([expect.stringContaining('VIGIE_SITE is not set')]);
    expect(warningsOf('  ')).toHaveLength(1);
  });

  it('a real build without it prints that warning, and no other, and names localhost in canonical URLs', async () => {
    const run = await runAstro('build', { name: 'no-site', site: '' });
    expect(run.code, run.output).toBe(0);
    // Astro 7.3's per-MDX-file "use astro:head-inject" directive warning is silenced
    // (src/integrations/quiet-head-inject-warnings.ts): it would print one per article.
    expect(run.output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([
      expect.stringMatching(/VIGIE_SITE is not set: canonical URLs, feeds, the sitemap and citations will name http:\/\/localhost:4321/),
    ]);
    expect(readPage(join(OUTPUT, 'no-site', 'dist'), '/')).toContain('<link rel="canonical" href="http://localhost:4321/"');
  }, 300_000);
});
