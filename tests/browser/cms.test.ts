/**
 * The editing interface (/admin/, Decap CMS) as an editor uses it, in Chromium: the real built
 * page and Decap's real local backend (decap-server) writing into a copy of the content folder.
 * An article created through the form is a file the build publishes with every value; saving a
 * seed article or an imported draft changes the edited line only; the form refuses a non-https
 * source; the page calls nothing but the site and the local backend. `npm run cms` itself is
 * tested with the dev server (dev-server.test.ts): two dev servers on one project disturb each other.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_BACKEND_PORT as LOCAL_BACKEND_PORT } from '../../src/admin/local-backend-port.ts';
import { launch, portAnswers, type ServedSite, serve, until, watchErrors } from '../helpers/browser.ts';
import { readPage, textOf } from '../helpers/dist.ts';
import { runImporter } from '../helpers/importer.ts';
import { SEED_FILE } from '../helpers/seed.ts';
import { buildSite, childEnv, OUTPUT, ROOT, SITES } from '../helpers/site-build.ts';

/** A checkout's stand-in: the real content, plus the seed file's imported drafts. */
const WORKTREE = join(OUTPUT, 'cms-worktree');
const ARTICLES = join(WORKTREE, 'content', 'articles');
const SCREENSHOTS = join(OUTPUT, 'screenshots');

let backend: ChildProcess;
let site: ServedSite;
let browser: Browser;
let context: BrowserContext;
/** Every URL the interface requested, and what its pages reported as errors. */
const requests: string[] = [];
const errors: string[][] = [];

/** Decap's local backend, writing into `root`, as `npm run cms` starts it. */
function startBackend(root: string): ChildProcess {
  return spawn(join(ROOT, 'node_modules', '.bin', 'decap-server'), [], {
    env: { ...childEnv(), PORT: String(LOCAL_BACKEND_PORT), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
}

beforeAll(async () => {
  rmSync(WORKTREE, { recursive: true, force: true });
  mkdirSync(WORKTREE, { recursive: true });
  cpSync(join(ROOT, 'content'), join(WORKTREE, 'content'), { recursive: true });
  const imported = runImporter([SEED_FILE, '--out', ARTICLES]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  if (await portAnswers(LOCAL_BACKEND_PORT))
    throw new Error(`port ${LOCAL_BACKEND_PORT} is taken: stop what runs there (another "npm run cms"?) and run the tests again.`);
  backend = startBackend(WORKTREE);
  await until('decap-server', () => portAnswers(LOCAL_BACKEND_PORT));
  // The real site's interface edits content/articles, relative to the backend's folder.
  site = await serve(SITES.real);
  browser = await launch();
  context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  context.on('request', (request) => requests.push(request.url()));
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  backend?.kill();
});

/** The interface at `route` (an entry, a new one), signed in to the local backend (once per context). */
async function openAdmin(route: string): Promise<Page> {
  const page = await context.newPage();
  errors.push(watchErrors(page));
  await page.goto(`${site.url}admin/#/collections/articles/${route}`);
  const signIn = page.getByRole('button', { name: 'Se connecter' });
  await signIn.or(page.getByLabel('Titre')).first().waitFor();
  if (await signIn.isVisible()) {
    await signIn.click();
    await page.goto(`${site.url}admin/#/collections/articles/${route}`);
  }
  await page.getByLabel('Titre').waitFor();
  return page;
}

/** Picks an option of the select labelled `label` (Decap's react-select). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const id = await page.locator(`label:has-text("${label}")`).first().getAttribute('for');
  await page.locator(`[id="${id}"]`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText('Publier maintenant').click();
}

/** The lines of `after` that differ from `before`'s, the files having as many lines. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}

describe('/admin/ with the local backend', () => {
  const slug = 'essai-arret-de-la-chambre-commerciale';

  it('creates an article through the form, which the build publishes with every value', async () => {
    const page = await openAdmin('new');
    await page.getByLabel('Titre').fill('Essai : arrêt de la chambre commerciale');
    await page.getByLabel('Chapeau').fill('Une phrase de chapeau écrite dans le formulaire.');
    await page.getByLabel('Date de publication').fill('2025-03-14');
    await choose(page, 'Ordre juridique', 'France');
    await choose(page, 'Autorité ou juridiction', 'Cour de cassation');
    await choose(page, 'Type de document', 'Arrêt');
    await choose(page, 'Thèmes', 'Procédure civile');
    await choose(page, 'Thèmes', 'Protection des données');
    await page.getByRole('button', { name: /Ajouter date clé/ }).click();
    await page.getByLabel('Date', { exact: true }).fill('2026-09');
    await choose(page, 'Précision', 'Au mois près');
    await choose(page, 'Approximation', 'fin');
    await choose(page, 'Nature', 'Échéance');
    await page.getByLabel('Libellé', { exact: true }).fill('Fin de la période transitoire');
    // The body as Markdown: a paragraph, a list and a link.
    await page.getByRole('switch').last().click();
    await page.locator('[data-slate-editor]').last().click();
    await page.keyboard.insertText(
      'Premier paragraphe du texte.\n\n- premier point\n- second point\n\nVoir [le texte sur Légifrance](https://www.legifrance.gouv.fr/).',
    );
    // The preview is the article in the site's stylesheet.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').textContent()).toBe('Essai : arrêt de la chambre commerciale');
    expect(await preview.locator('.article-meta').textContent()).toContain('14 mars 2025');
    expect(await preview.locator('link[rel="stylesheet"]').getAttribute('href')).toMatch(/^\/_astro\//);
    await page.screenshot({ path: join(SCREENSHOTS, 'cms-new-article-1280.png') });
    await publish(page);
    const file = join(ARTICLES, `${slug}.mdx`);
    await until(file, () => existsSync(file));
    await page.close();
    expect(readFileSync(file, 'utf8')).toBe(
      [
        '---',
        'title: "Essai : arrêt de la chambre commerciale"',
        'summary: "Une phrase de chapeau écrite dans le formulaire."',
        'published: 2025-03-14',
        'jurisdiction: france',
        'authority: cour-de-cassation',
        'type: arret',
        'topics: [procedure-civile, protection-donnees]',
        'keyDates:',
        '  - date: "2026-09"',
        '    precision: month',
        '    qualifier: fin',
        '    kind: echeance',
        '    label: "Fin de la période transitoire"',
        'draft: false',
        '---',
        '',
        'Premier paragraphe du texte.',
        '',
        '- premier point',
        '- second point',
        '',
        'Voir [le texte sur Légifrance](https://www.legifrance.gouv.fr/).',
        '',
      ].join('\n'),
    );

    const dist = await buildSite({ name: 'cms-site', contentDir: join(WORKTREE, 'content') });
    const html = readPage(dist, `/articles/${slug}/`);
    const text = textOf(html);
    for (const value of [
      'Essai : arrêt de la chambre commerciale',
      'Une phrase de chapeau écrite dans le formulaire.',
      '14 mars 2025',
      'France',
      'Cour de cassation',
      'Arrêt',
      'Procédure civile',
      'Protection des données',
      'fin septembre 2026',
      'Fin de la période transitoire',
      'premier point',
      'second point',
    ])
      expect(text.replace(/\s+/g, ' '), value).toContain(value);
    expect(html).toMatch(/<li>premier point<\/li>\s*<li>second point<\/li>/);
    expect(html).toContain('<a href="https://www.legifrance.gouv.fr/">le texte sur Légifrance</a>');
  }, 90_000);

  it.each([
    ['a seed article', 'cass-2e-civ-article-857-cpc-retractation-ordonnance'],
    [
      'an imported draft',
      () =>
        readdirSync(ARTICLES)
          .find((name) => /^\d{4}-\d{2}-\d{2}-.*cnil/.test(name))!
          .replace(/\.mdx$/, ''),
    ],
  ])(
    'saves %s changing its summary line only',
    async (_, entry) => {
      const name = typeof entry === 'function' ? entry() : entry;
      const file = join(ARTICLES, `${name}.mdx`);
      const before = readFileSync(file, 'utf8');
      const page = await openAdmin(`entries/${name}`);
      await page.getByLabel('Chapeau').fill('Un chapeau réécrit dans l’interface : « tout le reste » ne bouge pas.');
      await publish(page);
      await until(`${file} saved`, () => readFileSync(file, 'utf8') !== before);
      await page.close();
      expect(changedLines(before, readFileSync(file, 'utf8'))).toEqual(['summary: "Un chapeau réécrit dans l’interface : « tout le reste » ne bouge pas."']);
    },
    60_000,
  );

  it('refuses a source address that is not https, with the schema’s French message', async () => {
    const page = await openAdmin('new');
    await page.getByLabel('Titre').fill('Essai refusé');
    await page.getByRole('button', { name: /Ajouter source/ }).click();
    await page.getByLabel('Libellé', { exact: true }).fill('Texte officiel');
    await page.getByLabel(/^Adresse/).fill('http://www.legifrance.gouv.fr/');
    await publish(page);
    await page.getByText('Une adresse complète commençant par https:// est attendue', { exact: false }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'cms-refused-source-1280.png') });
    await page.close();
    // Decap rejects the refused save with `undefined`, unhandled (docs/upstream/decap-cms-refused-save-rejection.md).
    expect(errors.pop()!.filter((error) => error !== 'undefined')).toEqual([]);
    expect(readdirSync(ARTICLES).filter((file) => file.startsWith('essai-refuse'))).toEqual([]);
  }, 60_000);

  it('requested nothing but the site and the local backend, and logged no error', () => {
    expect(errors.flat()).toEqual([]);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([new URL(site.url).origin, `http://127.0.0.1:${LOCAL_BACKEND_PORT}`].sort());
  });
});
