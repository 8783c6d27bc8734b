/** The local preview server (scripts/serve-dist.ts) on a small folder: what it serves, and what it refuses. */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedSite, serveDist } from '../../scripts/serve-dist.ts';
import { OUTPUT } from '../helpers/site-build.ts';

const WORK = join(OUTPUT, 'serve-dist');
const DIST = join(WORK, 'dist');
let site: ServedSite;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(DIST, 'articles', 'a'), { recursive: true });
  writeFileSync(join(DIST, 'index.html'), '<!doctype html><title>Accueil</title>');
  writeFileSync(join(DIST, 'articles', 'a', 'index.html'), '<!doctype html><title>Article</title>');
  writeFileSync(join(DIST, '404.html'), '<!doctype html><title>Page introuvable</title>');
  writeFileSync(join(WORK, 'secret.txt'), 'SECRET');
  mkdirSync(join(WORK, 'outside'), { recursive: true });
  writeFileSync(join(WORK, 'outside', 'index.html'), 'SECRET PAGE');
  symlinkSync(join(WORK, 'secret.txt'), join(DIST, 'secret.txt'));
  symlinkSync(join(WORK, 'outside'), join(DIST, 'outside'));
  symlinkSync(join(DIST, 'articles', 'a', 'index.html'), join(DIST, 'alias.html'));
  site = await serveDist(DIST);
});
afterAll(async () => {
  await site?.close();
});

describe('serveDist', () => {
  it('serves pages as folders, and the 404 page for the rest', async () => {
    expect(await (await fetch(site.url)).text()).toContain('Accueil');
    expect(await (await fetch(`${site.url}articles/a/`)).text()).toContain('Article');
    const missing = await fetch(`${site.url}nulle-part/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page introuvable');
  });

  it('never follows a symbolic link out of dist/, and still follows one inside it', async () => {
    for (const path of ['secret.txt', 'outside/', 'outside/index.html', 'outside']) {
      const response = await fetch(`${site.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('SECRET');
    }
    expect(await (await fetch(`${site.url}alias.html`)).text()).toContain('Article');
  });

  it('answers 405 to methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(site.url, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow'), method).toBe('GET, HEAD');
    }
    expect((await fetch(site.url, { method: 'HEAD' })).status).toBe(200);
  });
});
