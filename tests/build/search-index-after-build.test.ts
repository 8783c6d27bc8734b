/**
 * `npm run build` (scripts/build.ts) writes the search index once `astro build` has exited, in a
 * process of its own (src/integrations/pagefind.ts, VIGIE_SEARCH_INDEX=after-build). The site it
 * writes must be the very site `astro build` alone writes (index included), from the same pages.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { FIXTURE_CONTENT, OUTPUT, runAstro, runBuildScript, SITES } from '../helpers/site-build.ts';
import { searchIndexStep } from '../../src/integrations/pagefind.ts';

const files = (dir: string) => listFiles(dir).map((file) => relative(dir, file));

describe('the search index written after the build (npm run build)', () => {
  it('gives the same site, byte for byte, as the index written at the end of astro build', async () => {
    const run = await runBuildScript({ name: 'after-build', contentDir: FIXTURE_CONTENT });
    expect(run.code, run.output).toBe(0);
    // Astro finishes first, then the index is written.
    const complete = run.output.indexOf('[build] Complete!');
    expect(run.output.indexOf('Search index left to the step after the build')).toBeGreaterThan(-1);
    expect(run.output.indexOf('Search index left to the step after the build')).toBeLessThan(complete);
    const indexed = /\[vigie-pagefind\] Indexed (\d+) article page\(s\)/.exec(run.output);
    expect(indexed?.index).toBeGreaterThan(complete);
    const dist = join(OUTPUT, 'after-build', 'dist');
    const expected = files(SITES.fixture);
    expect(files(dist)).toEqual(expected);
    expect(expected.filter((file) => file.startsWith('pagefind/fragment/')).length).toBe(Number(indexed![1]));
    for (const file of expected) expect(readFileSync(join(dist, file)).equals(readFileSync(join(SITES.fixture, file))), file).toBe(true);
  }, 300_000);

  it('fails a build at once when VIGIE_SEARCH_INDEX names no step', async () => {
    const run = await runAstro('build', { name: 'bad-index-step', env: { VIGIE_SEARCH_INDEX: 'later' } });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('VIGIE_SEARCH_INDEX is "later"; expected "in-build"');
    // Before any page: the value is read when the configuration is done.
    expect(run.output).not.toContain('generating static routes');
  }, 120_000);

  it('reads the step from the environment, in-build by default', () => {
    expect(searchIndexStep({})).toBe('in-build');
    expect(searchIndexStep({ VIGIE_SEARCH_INDEX: ' after-build ' })).toBe('after-build');
    expect(searchIndexStep({ VIGIE_SEARCH_INDEX: '' })).toBe('in-build');
    expect(() => searchIndexStep({ VIGIE_SEARCH_INDEX: 'none' })).toThrow(/expected "in-build" .* or "after-build"/);
  });
});
