/** The search page in Chromium: results, filters, URL state, history, the header box, CSP, base path. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SITES } from '../helpers/site-build.ts';
import { launch, serve, watchErrors, type ServedSite } from '../helpers/browser.ts';

const PLAN = 'plan-action-ue-cybersecurite-hopitaux';
let browser: Browser;
let site: ServedSite;
let based: ServedSite;

beforeAll(async () => {
  browser = await launch();
  site = await serve(SITES.real);
  based = await serve(SITES.based, '/veille/');
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await based?.close();
});

async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function waitForStatus(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById('search-status')?.textContent ?? ''), pattern.source);
}

describe('search page', () => {
  it('opens with the query and filters of the URL applied', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}recherche/?q=cyberattaque&theme=cybersecurite`);
    await waitForStatus(page, /1 résultat pour «\scyberattaque\s»/);
    expect(await resultLinks(page)).toEqual([`/articles/${PLAN}/`]);
    expect(await page.inputValue('#recherche')).toBe('cyberattaque');
    expect(await page.isChecked('#f-theme-cybersecurite')).toBe(true);
    // Arriving with a filter set loads the filter index: counts follow the query.
    await page.waitForFunction(() => document.querySelector('label[for="f-juridiction-ue"] .count')?.textContent === '(1)');
    expect(await page.textContent('label[for="f-theme-cybersecurite"] .count')).toBe('(1)');
    expect(await page.textContent('label[for="f-juridiction-france"] .count')).toBe('(0)');
    expect(await page.$eval('#search-results mark', (m) => m.textContent)).toMatch(/cyberattaques/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('applying a filter updates the results and the URL; back restores both', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent('arrêt')}`);
    await waitForStatus(page, /2 résultats/);
    expect(await resultLinks(page)).toHaveLength(2);
    await page.check('#f-annee-2024');
    await waitForStatus(page, /1 résultat pour/);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('arrêt')}&annee=2024`);
    expect(await resultLinks(page)).toEqual(['/articles/ca-rennes-obligation-conseil-prestataire-informatique/']);
    await page.goBack();
    await waitForStatus(page, /2 résultats/);
    expect(await page.isChecked('#f-annee-2024')).toBe(false);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('arrêt')}`);
    await page.goForward();
    await waitForStatus(page, /1 résultat pour/);
    expect(await page.isChecked('#f-annee-2024')).toBe(true);
    await page.close();
  });

  it('names the filters that emptied the results, and clears them in one click; the title names the query', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent('rétractation')}&juridiction=ue`);
    await waitForStatus(page, /Aucun résultat pour «\srétractation\s» avec le filtre Ordre juridique\s: Union européenne\./);
    expect(await page.title()).toBe('«\u202frétractation\u202f» — Recherche — Vigie');
    expect(await page.isVisible('#search-clear')).toBe(true);
    await page.click('#search-clear');
    await waitForStatus(page, /^1 résultat pour «\srétractation\s», par pertinence\.$/);
    expect(await page.isChecked('#f-juridiction-ue')).toBe(false);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('rétractation')}`);
    expect(await page.isVisible('#search-clear')).toBe(false);
    // A skip link takes keyboard users past the filters to the results.
    await page.focus('#recherche');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller aux résultats');
    await page.keyboard.press('Enter');
    // Following a fragment link updates the URL a moment after the key press.
    await page.waitForURL((url) => url.hash === '#search-status');
    await page.close();
  });

  it('typing updates the URL; sorting by date reorders', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/`);
    await waitForStatus(page, /Saisissez un mot/);
    await page.fill('#recherche', 'directive');
    await waitForStatus(page, /2 résultats pour «\sdirective\s»/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('directive');
    await page.selectOption('#tri', 'date');
    await page.waitForURL(/tri=date/);
    await waitForStatus(page, /2 résultats/);
    expect(await resultLinks(page)).toEqual(['/articles/european-accessibility-act-entree-en-application/', `/articles/${PLAN}/`]);
    await page.close();
  });

  it('shows corpus counts at first, then the counts of the results once they show, marking filters that would empty them', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}recherche/`);
    await waitForStatus(page, /Saisissez un mot/);
    // Printed by the build: every published article.
    expect(await page.textContent('label[for="f-juridiction-france"] .count')).toBe('(3)');
    expect(await page.textContent('label[for="f-annee-2025"] .count')).toBe('(4)');
    // No filter index before a search: a visit that searches nothing downloads none.
    expect(fetched.filter((path) => path.endsWith('.pf_filter'))).toEqual([]);
    await page.fill('#recherche', 'directive');
    await waitForStatus(page, /^2 résultats pour «\sdirective\s», par pertinence\.$/);
    // Without hovering or opening anything, the counts follow the results.
    await page.waitForFunction(() => document.querySelector('label[for="f-juridiction-ue"] .count')?.textContent === '(2)');
    expect(await page.textContent('label[for="f-juridiction-france"] .count')).toBe('(0)');
    expect(await page.$eval('#f-juridiction-france', (box) => box.closest('li')!.classList.contains('facet--empty'))).toBe(true);
    expect(await page.$eval('#f-juridiction-ue', (box) => box.closest('li')!.classList.contains('facet--empty'))).toBe(false);
    await page.fill('#recherche', '');
    await waitForStatus(page, /Saisissez un mot/);
    expect(await page.textContent('label[for="f-juridiction-france"] .count')).toBe('(3)');
    expect(await page.$eval('#f-juridiction-france', (box) => box.closest('li')!.classList.contains('facet--empty'))).toBe(false);
    await page.check('#f-juridiction-france');
    await waitForStatus(page, /3 articles correspondent/);
    await page.close();
  });

  it('the sort menu says what the status says: by date without a query, the chosen order with one', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/?juridiction=france`);
    await waitForStatus(page, /du plus récent au plus ancien/);
    expect(await page.inputValue('#tri')).toBe('date');
    expect(await page.isDisabled('#tri')).toBe(true);
    await page.fill('#recherche', 'arrêt');
    await waitForStatus(page, /pour «\sarrêt\s».*, par pertinence\.$/);
    expect(await page.inputValue('#tri')).toBe('pertinence');
    expect(await page.isDisabled('#tri')).toBe(false);
    await page.selectOption('#tri', 'date');
    await waitForStatus(page, /pour «\sarrêt\s».*, du plus récent au plus ancien\.$/);
    await page.close();
  });

  it('suggests a spelling from the index when a word occurs nowhere, and offers the topics', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent('cybersécruité')}`);
    await waitForStatus(page, /Aucun résultat\s: le mot «\scybersécruité\s»/);
    expect(await page.textContent('#search-suggestion')).toBe('Vouliez-vous dire «\u202fcybersécurité\u202f»\u00a0?');
    expect(await page.isVisible('#search-topics')).toBe(true);
    const topics = await page.$$eval('#search-topics a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(topics).toContain('/themes/cybersecurite/');
    await page.click('#search-suggestion a');
    await waitForStatus(page, /^1 résultat pour «\scybersécurité\s»/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('cybersécurité');
    expect(await page.isVisible('#search-suggestion')).toBe(false);
    expect(await page.isVisible('#search-topics')).toBe(false);
    await page.close();
  });

  it('lists articles by date with filters only', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/?juridiction=france`);
    await waitForStatus(page, /3 articles correspondent/);
    expect(await resultLinks(page)).toEqual([
      '/articles/cnil-interet-legitime-intelligence-artificielle/',
      '/articles/cass-2e-civ-article-857-cpc-retractation-ordonnance/',
      '/articles/ca-rennes-obligation-conseil-prestataire-informatique/',
    ]);
    await page.close();
  });

  it('says so when a word occurs nowhere, and shows excerpts with typographic apostrophes', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/?q=agisse`);
    await waitForStatus(page, /Aucun résultat\s: le mot «\sagisse\s»/);
    expect(await resultLinks(page)).toEqual([]);
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent("l'égalité")}`);
    await waitForStatus(page, /1 résultat/);
    expect(await page.textContent('.search-result__excerpt')).toContain('l’égalité d’accès');
    expect(await page.textContent('.search-result h2')).not.toContain("'");
    await page.close();
  });

  it('the header box of an article leads to the results; a result and back keep them', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}articles/european-accessibility-act-entree-en-application/`);
    // The article loads no search code: its header box is a plain form (its one script copies the citation).
    const scripts = await page.$$eval('script[src]', (tags) => tags.map((tag) => (tag as HTMLScriptElement).src));
    expect(scripts).toEqual([expect.stringMatching(/\/_astro\/CiteArticle[^/]+\.js$/)]);
    await page.fill('#recherche-en-tete', 'hôpital');
    await page.press('#recherche-en-tete', 'Enter');
    await page.waitForURL(/\/recherche\/\?q=h%C3%B4pital$/);
    await waitForStatus(page, /1 résultat pour «\shôpital\s»/);
    await page.click(`#search-results a[href$="/articles/${PLAN}/"]`);
    await page.waitForURL(new RegExp(`/articles/${PLAN}/$`));
    await page.goBack();
    await waitForStatus(page, /1 résultat pour «\shôpital\s»/);
    expect(await page.inputValue('#recherche')).toBe('hôpital');
    await page.close();
  });

  it('focuses the search field with "/"', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/?q=cnil`);
    await waitForStatus(page, /résultat/);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche');
    await page.close();
  });

  it('explains a missing index instead of failing silently (as under `astro dev` before a build)', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${site.url}recherche/?q=cnil`);
    await waitForStatus(page, /npm run build/);
    await page.close();
  });
});

describe('search under /veille with the Content-Security-Policy', () => {
  it('works, loads only same-origin files under the base, and raises no CSP violation', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(`${based.url}recherche/?q=cyberattaque`);
    await waitForStatus(page, /1 résultat/);
    expect(await resultLinks(page)).toEqual([`/veille/articles/${PLAN}/`]);
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'));
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(errors).toEqual([]);
    expect([...origins]).toEqual([new URL(based.url).origin]);
    expect(based.requests.filter((path) => !path.startsWith('/veille/'))).toEqual([]);
    await page.close();
  });
});
