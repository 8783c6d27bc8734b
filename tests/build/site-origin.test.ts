/** A build without a site URL stops (issue 21, item 8); npm start's local preview sets one. */
import { describe, expect, it } from 'vitest';
import { pageExists, readPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { runAstro, OUTPUT } from '../helpers/site-build.ts';
import { requireSiteOrigin } from '../../src/integrations/require-site-origin.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type ConfigHook = (options: { config: { site?: string } }) => void;
type StartHook = () => void;
const buildStart = (site: string | undefined) => {
  const { hooks } = requireSiteOrigin('http://localhost:4321');
  (hooks['astro:config:done'] as unknown as ConfigHook)({ config: { site } });
  (hooks['astro:build:start'] as unknown as StartHook)();
};

describe('public origin', () => {
  it('is required by a build, and only then', () => {
    expect(() => buildStart('https://www.cabinet.example')).not.toThrow();
    expect(() => buildStart(undefined)).toThrow(/No site URL is set.*astro\.config\.mjs.*--site https:\/\/….*npm start/s);
  });

  it('a real build without it stops with that message, and writes no site', async () => {
    const run = await runAstro('build', { name: 'no-site', site: '' });
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(/No site URL is set/);
    expect(run.output).toMatch(/Set `site: 'https:\/\/…'` in astro\.config\.mjs/);
    expect(pageExists(join(OUTPUT, 'no-site', 'dist'), '/')).toBe(false);
  }, 300_000);

  it('npm start builds its local preview with the local origin, and every link resolves', async () => {
    const start = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start as string;
    const origin = /astro build --site (\S+) /.exec(start)?.[1];
    expect(origin).toBe('http://localhost:4321');
    const run = await runAstro('build', { name: 'local-preview', site: origin });
    expect(run.code, run.output).toBe(0);
    const dist = join(OUTPUT, 'local-preview', 'dist');
    expect(readPage(dist, '/')).toContain('<link rel="canonical" href="http://localhost:4321/"');
    expect(brokenLinks(dist, '/', 'http://localhost:4321')).toEqual([]);
  }, 300_000);
});
