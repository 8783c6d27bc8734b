/**
 * Reader journeys in Chromium on the fixture site, at the root and under /veille: browse, read,
 * follow related articles, archives, feeds, the 404 page; every request stays on the site's origin.
 * Also writes the screenshots (light/dark, 375/1280 px) to tests/.output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OUTPUT, SITES } from '../helpers/site-build.ts';
import { launch, serve, watchErrors, type ServedSite } from '../helpers/browser.ts';

const SCREENSHOTS = join(OUTPUT, 'screenshots');
let browser: Browser;
const served: Record<string, ServedSite> = {};

beforeAll(async () => {
  browser = await launch();
  served.root = await serve(SITES.fixture);
  served.veille = await serve(SITES.fixtureBased, '/veille/');
  served.real = await serve(SITES.real);
});
afterAll(async () => {
  await browser?.close();
  for (const site of Object.values(served)) await site.close();
});

/** Records every request's origin, to prove nothing leaves the site. */
function recordOrigins(page: Page): Set<string> {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  return origins;
}

describe.each([
  ['root', ''],
  ['veille', '/veille'],
] as const)('journeys on the site at %s', (name, prefix) => {
  it('home → topic → article → related article', async () => {
    const site = served[name]!;
    const page = await browser.newPage();
    const origins = recordOrigins(page);
    const errors = watchErrors(page);
    await page.goto(site.url);
    await page.click('.home__browse a[href$="/themes/cybersecurite/"]');
    await expect(page.title()).resolves.toMatch(/^Thème : Cybersécurité — Vigie$/);
    expect(new URL(page.url()).pathname).toBe(`${prefix}/themes/cybersecurite/`);
    await page.click('.article-card__title a >> nth=0');
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${prefix}/articles/[a-z0-9-]+/$`));
    const first = await page.textContent('h1');
    await page.click('.related .article-card__title a >> nth=0');
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${prefix}/articles/[a-z0-9-]+/$`));
    expect(await page.textContent('h1')).not.toBe(first);
    expect(await page.$$eval('.tags a[href*="/themes/cybersecurite/"]', (links) => links.length)).toBeGreaterThan(0);
    expect([...origins]).toEqual([new URL(site.url).origin]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('archives by year', async () => {
    const site = served[name]!;
    const page = await browser.newPage();
    await page.goto(new URL('archives/', site.url).href);
    await page.click('h2 a >> text=2024');
    expect(new URL(page.url()).pathname).toBe(`${prefix}/archives/2024/`);
    const months = await page.$$eval('.archive-month h2', (headings) => headings.map((h) => h.textContent));
    expect(months.length).toBeGreaterThan(1);
    expect(months.every((m) => /2024$/.test(m ?? ''))).toBe(true);
    await page.close();
  });

  it('every link of the feeds page answers', async () => {
    const site = served[name]!;
    const page = await browser.newPage();
    await page.goto(new URL('flux/', site.url).href);
    const links = await page.$$eval('main a', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(10);
    // Each calendar: a webcal:// subscription on the configured site, beside its download link.
    const webcal = links.filter((link) => link.startsWith('webcal:'));
    expect(webcal.length).toBeGreaterThan(1);
    const downloads = links.filter((link) => link.startsWith('http') && link.endsWith('.ics')).map((link) => new URL(link).pathname);
    expect(webcal.map((link) => new URL(link.replace(/^webcal:/, 'https:')).pathname)).toEqual(downloads);
    for (const link of links.filter((l) => !l.startsWith('webcal:'))) {
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
      expect(response.headers()['content-type'], link).toMatch(/xml|calendar|html/);
    }
    await page.close();
  });

  it('a feed opened in the browser reads as a French page that says how to subscribe', async () => {
    const site = served[name]!;
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(new URL('rss.xml', site.url).href);
    expect(response?.headers()['content-type']).toMatch(/xml/);
    // The XSL stylesheet turned the feed into HTML.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.textContent('h1')).toContain('Vigie');
    expect(await page.textContent('#abonnement')).toContain('comment s’abonner');
    expect(await page.textContent('.address')).toMatch(new RegExp(`${prefix}/rss\\.xml$`));
    const items = await page.$$eval('li.item h3 a', (anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(items.length).toBeGreaterThan(0);
    for (const path of items) expect(path.startsWith(`${prefix}/articles/`), path).toBe(true);
    expect(await page.textContent('li.item .date')).toMatch(/^(1er|\d{1,2}) [a-zéû]+ \d{4}$/);
    // Links go to the configured site (https://veille.example.org, unreachable here): its favicon
    // is the one request that fails.
    expect(await page.getAttribute('link[rel="icon"]', 'href')).toBe(`https://veille.example.org${prefix}/favicon.svg`);
    expect(errors.filter((error) => !error.includes('ERR_NAME_NOT_RESOLVED'))).toEqual([]);
    await page.close();
  });

  it('an unknown URL shows the French 404 page', async () => {
    const site = served[name]!;
    const page = await browser.newPage();
    const response = await page.goto(new URL('articles/nexiste-pas/', site.url).href);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('Page introuvable');
    expect(await page.getAttribute('a[href$="/recherche/"] >> nth=0', 'href')).toBe(`${prefix}/recherche/`);
    await page.close();
  });
});

describe('screenshots', () => {
  it('home, an article, a topic and search results, light and dark, 375 and 1280 px', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pages = {
      accueil: '',
      article: 'articles/plan-action-ue-cybersecurite-hopitaux/',
      theme: 'themes/cybersecurite/',
      recherche: 'recherche/?q=cyberattaque',
    };
    let count = 0;
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        for (const [label, path] of Object.entries(pages)) {
          await page.goto(new URL(path, served.real!.url).href);
          if (label === 'recherche') await page.waitForSelector('#search-results li');
          await page.screenshot({ path: join(SCREENSHOTS, `${label}-${colorScheme}-${width}.png`), fullPage: true });
          count++;
        }
        await context.close();
      }
    }
    expect(count).toBe(16);
  }, 120_000);
});
