/**
 * The shipped nginx configuration (deploy/nginx.conf), run by Debian's real nginx over the real
 * site's dist/ on 127.0.0.1: headers on a page, a feed, a calendar, an asset and the search
 * files, a 404, and a search in Chromium through it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launch, watchErrors } from '../helpers/browser.ts';
import { OUTPUT, ROOT, SITES } from '../helpers/site-build.ts';

const NGINX = '/usr/sbin/nginx';
const WORK = join(OUTPUT, 'nginx');
let nginx: ChildProcess;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'logs'), { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The shipped server block, as a deployment would edit it: its own address and dist/.
  const server = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8')
    .replace(/^\s*listen\s+[^;]+;/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*root\s+[^;]+;/m, `    root ${SITES.real};`);
  writeFileSync(join(WORK, 'vigie.conf'), server);
  writeFileSync(
    join(WORK, 'nginx.conf'),
    `daemon off;\npid ${join(WORK, 'nginx.pid')};\nerror_log ${join(WORK, 'logs', 'error.log')};\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${WORK};\n  include ${join(WORK, 'vigie.conf')};\n}\n`,
  );
  nginx = spawn(NGINX, ['-p', WORK, '-c', join(WORK, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  nginx.stderr?.on('data', (chunk) => (output += chunk));
  for (let attempt = 0; ; attempt++) {
    const up = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (attempt > 50 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  nginx?.kill();
});

const SECURITY = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin', 'x-frame-options': 'DENY' };

describe('deploy/nginx.conf, served by nginx', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/articles/plan-action-ue-cybersecurite-hopitaux/', 'text/html; charset=utf-8'],
    ['/rss.xml', 'text/xml; charset=utf-8'],
    // Browsers apply the feeds' stylesheet only when it comes as XML.
    ['/rss.xsl', 'application/xml; charset=utf-8'],
    ['/agenda.ics', 'text/calendar; charset=utf-8'],
    ['/pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    // The editing interface: its page (with its own CSP in a meta tag), its configuration, Decap's bundle.
    ['/admin/', 'text/html; charset=utf-8'],
    ['/admin/config.yml', 'text/yaml; charset=utf-8'],
    ['/admin/decap-cms.js', 'application/javascript; charset=utf-8'],
  ])('%s: its type and every security header', async (path, type) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toBe(type);
    for (const [name, value] of Object.entries(SECURITY)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    expect(response.headers.get('content-security-policy'), path).toBeNull();
  });

  it('caches hashed assets for a year and revalidates the index, with the security headers kept', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    const asset = await fetch(`${origin}${css}`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const index = await fetch(`${origin}/pagefind/pagefind-entry.json`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    for (const response of [asset, index]) for (const [name, value] of Object.entries(SECURITY)) expect(response.headers.get(name), name).toBe(value);
  });

  it("answers an unknown page with the site's 404 page, and hides the hosts' header file", async () => {
    const missing = await fetch(`${origin}/nulle-part/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html lang="fr"');
    expect((await fetch(`${origin}/_headers`)).status).toBe(404);
  });

  it('lets the search page search', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin}/recherche/?q=cyberattaque`);
    await page.waitForFunction(() => /1 résultat pour/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual([
      '/articles/plan-action-ue-cybersecurite-hopitaux/',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
