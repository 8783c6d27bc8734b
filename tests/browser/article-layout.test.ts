/**
 * The article page as a reader sees it in Chromium (issue 21, item 7), on the real site: a compact
 * header on phones, the table of contents beside the text and sticky on wide screens, a breadcrumb
 * whose current step is no link, titles ending with the site name, printouts carrying the site
 * name and the page's address, French ordinals in superscript, the citation copied in one click.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SITES } from '../helpers/site-build.ts';
import { launch, serve, type ServedSite } from '../helpers/browser.ts';

const ARTICLE = '/articles/plan-action-ue-cybersecurite-hopitaux/';
const DECISION = '/articles/cass-2e-civ-article-857-cpc-retractation-ordonnance/';
let browser: Browser;
let site: ServedSite;

beforeAll(async () => {
  browser = await launch();
  site = await serve(SITES.real);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const open = async (path: string, width: number, scheme: 'light' | 'dark' = 'light') => {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
  await page.goto(new URL(path.slice(1), site.url).href);
  return page;
};

describe('the article page', () => {
  it('on a phone, the first words of the article come early and the whole navigation scrolls on one row', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(ARTICLE, 375, scheme);
      const h1 = await page.$eval('main h1', (h) => h.getBoundingClientRect().top);
      expect(h1).toBeLessThan(170);
      // One row of navigation, every listing in it, reachable by scrolling; nothing wider than the screen.
      const nav = await page.$eval('.site-nav', (n) => ({ height: n.getBoundingClientRect().height, scroll: n.scrollWidth, client: n.clientWidth }));
      expect(nav.height).toBeLessThan(45);
      expect(nav.scroll).toBeGreaterThan(nav.client);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.close();
    }
  });

  it('on a wide screen, the table of contents stays beside the text while the reader scrolls', async () => {
    const page = await open(ARTICLE, 1280);
    const prose = await page.$eval('.prose', (p) => p.getBoundingClientRect());
    const toc = await page.$eval('.toc', (t) => t.getBoundingClientRect());
    expect(toc.left).toBeGreaterThan(prose.right);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const scrolled = await page.$eval('.toc', (t) => t.getBoundingClientRect().top);
    expect(scrolled).toBeGreaterThanOrEqual(0);
    expect(scrolled).toBeLessThan(40);
    await page.close();
    // On a phone it comes before the text, in the flow.
    const phone = await open(ARTICLE, 375);
    const [tocBox, proseBox] = await Promise.all([
      phone.$eval('.toc', (t) => t.getBoundingClientRect()),
      phone.$eval('.prose', (p) => p.getBoundingClientRect()),
    ]);
    expect(tocBox.bottom).toBeLessThanOrEqual(proseBox.top);
    await phone.close();
  });

  it('has a breadcrumb whose current step is the article, not a link', async () => {
    const page = await open(ARTICLE, 1280);
    const steps = await page.$$eval('.breadcrumb li', (items) =>
      items.map((li) => ({ text: li.textContent?.trim(), link: li.querySelector('a')?.getAttribute('href') ?? null })),
    );
    expect(steps[0]).toEqual({ text: 'Accueil', link: '/' });
    expect(steps[1]!.link).toMatch(/^\/themes\/[a-z0-9-]+\/$/);
    expect(steps.at(-1)).toEqual({ text: await page.textContent('h1'), link: null });
    expect(await page.$eval('.breadcrumb [aria-current="page"]', (e) => e.tagName)).toBe('SPAN');
    await page.close();
  });

  it('has a title ending with the site name, and prints the site name and the address', async () => {
    const page = await open(DECISION, 1280);
    const title = await page.title();
    expect(title).toMatch(/ — Vigie$/);
    expect(title.length).toBeLessThanOrEqual(70);
    expect(await page.isVisible('.print-header')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.print-header')).toBe(true);
    expect(await page.textContent('.print-header')).toBe(`Vigie — ${new URL(DECISION, 'https://veille.example.org').href}`);
    expect(await page.isVisible('.site-header')).toBe(false);
    await page.close();
  });

  it('sets French ordinals in superscript, in the title and the citation', async () => {
    const page = await open(DECISION, 1280);
    expect(await page.$eval('main h1', (h) => h.innerHTML)).toContain('2<sup>e</sup> civ.');
    expect(await page.$eval('.legal-reference cite', (c) => c.innerHTML)).toContain('2<sup>e</sup> civ.');
    // Superscript, and the line it sits in does not open up.
    const sup = await page.$eval('main h1 sup', (s) => ({ align: getComputedStyle(s).verticalAlign, lineHeight: getComputedStyle(s).lineHeight }));
    expect(sup).toEqual({ align: 'super', lineHeight: '0px' });
    await page.close();
  });

  it('copies the citation in one click, and keeps the button out of the way without script', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await context.newPage();
    await page.goto(new URL(DECISION.slice(1), site.url).href);
    const citation = await page.textContent('.cite cite');
    await page.click('button[data-copy]');
    await page.waitForFunction(() => document.getElementById('citer-etat')?.textContent === 'Citation copiée.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await context.close();
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(new URL(DECISION.slice(1), site.url).href);
    expect(await plain.isVisible('button[data-copy]')).toBe(false);
    expect(await plain.isVisible('.cite cite')).toBe(true);
    await noScript.close();
  });
});
