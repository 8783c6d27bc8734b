/**
 * `npm run dev` as an editor uses it: the real dev server on the fixture content, pages styled and
 * free of Content Security Policy errors (the policy is for production builds; Vite injects its
 * styles inline in development), drafts and scheduled articles shown and marked, and a content
 * error shown in the browser's error overlay with its file, line and field. Then `npm run cms`,
 * once that server has stopped (two dev servers on one project disturb each other): the dev
 * server with /admin/ and Decap's local backend, both stopped together.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launch, portAnswers, until, watchErrors } from '../helpers/browser.ts';
import { childEnv, FIXTURE_CONTENT, OUTPUT, ROOT, TEST_TODAY } from '../helpers/site-build.ts';

/** A copy of the fixture content: one test breaks a file while the server runs. */
const CONTENT = join(OUTPUT, 'dev-content');
/**
 * A copy of the project, its node_modules linked: the builds other tests run in the project's own
 * folder rewrite its .astro/ folder for their content, and a dev server there reads it.
 */
const PROJECT = join(OUTPUT, 'dev-project');

let dev: ChildProcess;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  rmSync(CONTENT, { recursive: true, force: true });
  cpSync(FIXTURE_CONTENT, CONTENT, { recursive: true });
  rmSync(PROJECT, { recursive: true, force: true });
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, entry), join(PROJECT, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(PROJECT, 'node_modules'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT,
    env: { ...childEnv(), VIGIE_CONTENT_DIR: CONTENT, VIGIE_TODAY: TEST_TODAY, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));
  for (let attempt = 0; ; attempt++) {
    if (
      await fetch(`${origin}/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    if (attempt > 300 || dev.exitCode !== null) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  dev?.kill();
});

describe('npm run dev', () => {
  it.each(['/', '/articles/tableaux-gfm/', '/recherche/'])('%s is styled, with no CSP error', async (path) => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    // The site's stylesheet applies: the header's layout and the skip link hidden off screen.
    const header = await page.$eval('.site-header', (element) => getComputedStyle(element).borderBottomStyle);
    expect(header, path).not.toBe('none');
    const skip = await page.$eval('.skip-link', (element) => element.getBoundingClientRect().top);
    expect(skip, path).toBeLessThan(0);
    expect(
      errors.filter((message) => /Content Security Policy|CSP/i.test(message)),
      path,
    ).toEqual([]);
    await page.close();
  });

  it('shows drafts and scheduled articles, each marked, on the home page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const badges = await page.$$eval('.article-card', (cards) =>
      cards.map((card) => `${card.querySelector('.article-card__title')?.textContent?.trim()} | ${card.querySelector('.badge')?.textContent ?? ''}`),
    );
    expect(badges).toContain('Article programmé pour une date à venir | Programmé pour le 15 septembre 2025');
    expect(badges).toContain('Brouillon confidentiel à ne jamais publier | Brouillon');
    await page.close();
  });

  it('shows a frontmatter broken while it runs in the error overlay, at the field’s line, and recovers once fixed', async () => {
    const file = join(CONTENT, 'articles', 'tableaux-gfm.mdx');
    const original = readFileSync(file, 'utf8');
    const line = original.split('\n').findIndex((text) => text.startsWith('summary:')) + 1;
    const page = await browser.newPage();
    try {
      writeFileSync(file, original.replace(/^summary: .*$/m, 'summary: ""'));
      const response = await page.goto(`${origin}/articles/tableaux-gfm/`);
      expect(response?.status()).toBe(500);
      await page.waitForSelector('vite-error-overlay');
      const overlay = await page.$eval(
        'vite-error-overlay',
        (element) => element.shadowRoot?.querySelector('#message-content, .message, #message')?.textContent ?? element.shadowRoot?.textContent ?? '',
      );
      expect(overlay).toContain(`tableaux-gfm.mdx:${line} — field "summary": expected a non-empty summary.`);
      const location = await page.$eval('vite-error-overlay', (element) => element.shadowRoot?.textContent ?? '');
      expect(location).toContain(`articles/tableaux-gfm.mdx:${line}:1`);
    } finally {
      writeFileSync(file, original);
    }
    await expect.poll(async () => (await page.goto(`${origin}/articles/tableaux-gfm/`))?.status(), { timeout: 20_000 }).toBe(200);
    await page.close();
  });
});

describe('npm run cms', () => {
  it('starts the dev server with /admin/ and the local backend on VIGIE_CMS_PORT, and stops both', async () => {
    dev.kill();
    await until('the dev server to stop', () => dev.exitCode !== null || dev.signalCode !== null);
    const [port, backendPort] = [await freePort(), await freePort()];
    const cms = spawn(process.execPath, [join(ROOT, 'scripts', 'cms.ts'), '--host', '127.0.0.1', '--port', String(port)], {
      cwd: PROJECT,
      env: {
        ...childEnv(),
        PATH: `${join(PROJECT, 'node_modules', '.bin')}:${process.env.PATH}`,
        VIGIE_CONTENT_DIR: CONTENT,
        VIGIE_CMS_PORT: String(backendPort),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    cms.stdout?.on('data', (chunk) => (output += chunk));
    cms.stderr?.on('data', (chunk) => (output += chunk));
    try {
      await until(
        () => `npm run cms:\n${output}`,
        async () => (await portAnswers(backendPort)) && (await portAnswers(port)),
        60_000,
      );
      const admin = await fetch(`http://127.0.0.1:${port}/admin/`).then((response) => response.text());
      expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
      const config = await fetch(`http://127.0.0.1:${port}/admin/config.yml`).then((response) => response.text());
      // decap-server writes relative to the project's folder (the one `npm run cms` runs in).
      expect(config).toContain('folder: ../dev-content/articles');
      expect(config).toContain(`url: http://127.0.0.1:${backendPort}/api/v1`);
      expect((await fetch(`http://127.0.0.1:${port}/admin/decap-cms.js`)).headers.get('content-type')).toMatch(/javascript/);
    } finally {
      cms.kill('SIGTERM');
    }
    await until('both servers to stop', async () => cms.exitCode !== null && !(await portAnswers(backendPort)) && !(await portAnswers(port)));
  }, 90_000);
});
