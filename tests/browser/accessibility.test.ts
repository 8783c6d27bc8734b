/**
 * WCAG 2.2 AA in Chromium: axe-core on every URL of the sitemap plus the search page showing
 * results, in light and dark schemes; reflow at 320 px and 200 % text; keyboard use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SITES } from '../helpers/site-build.ts';
import { launch, serve, type ServedSite } from '../helpers/browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

function sitemapPaths(): string[] {
  const xml = readFileSync(join(SITES.real, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (tags) => {
    // @ts-expect-error: injected by AXE_SOURCE.
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
  return results;
}

describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (colorScheme) => {
  it('no violation on any page of the sitemap, the 404 page or the search results', async () => {
    const context = await browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const violations: string[] = [];
    const paths = [...sitemapPaths(), '/404.html', '/recherche/?q=cyberattaque&theme=cybersecurite'];
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) {
      await page.goto(new URL(path.slice(1), site.url).href);
      if (path.includes('?q=')) await page.waitForSelector('#search-results li');
      for (const violation of await axe(page)) violations.push(`${path} ${violation}`);
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 180_000);
});

describe('reflow and text size', () => {
  it.each(['/', '/articles/plan-action-ue-cybersecurite-hopitaux/', '/themes/cybersecurite/', '/agenda/', '/recherche/?q=arr%C3%AAt'])(
    '%s reflows at 320 px and with text at 200 percent without horizontal scrolling',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
      await page.goto(new URL(path.slice(1), site.url).href);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.close();
    },
  );

  it('respects prefers-reduced-motion: the stylesheet has a rule that applies and stops motion', async () => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    await page.goto(site.url);
    const rule = await page.evaluate(() => {
      for (const sheet of Array.from(document.styleSheets)) {
        for (const r of Array.from(sheet.cssRules)) {
          if (r instanceof CSSMediaRule && r.conditionText.includes('prefers-reduced-motion: reduce'))
            return { applies: matchMedia(r.conditionText).matches, text: r.cssText };
        }
      }
      return null;
    });
    expect(rule?.applies).toBe(true);
    expect(rule?.text).toMatch(/animation[^;]*none[^;]*!important/);
    expect(rule?.text).toMatch(/transition[^;]*none[^;]*!important/);
    await page.close();
  });
});

describe('keyboard', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('articles/plan-action-ue-cybersecurite-hopitaux/', site.url).href);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toMatch(/^-/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#contenu');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    await page.close();
  });

  it('every stop is visible and focus-indicated, in a sensible order, with no trap', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    const stops: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          label: `${el.tagName.toLowerCase()}:${(el.textContent || (el as HTMLInputElement).placeholder || '').trim().slice(0, 30)}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          visible: box.width > 0 && box.height > 0,
        };
      });
      if (!info) break;
      if (stops.length && info.label === stops[0]) break;
      expect(info.outline, info.label).toBe(true);
      expect(info.visible, info.label).toBe(true);
      stops.push(info.label);
    }
    // Header first (skip link, site name, navigation, search), then main content, then footer.
    expect(stops[0]).toBe('a:Aller au contenu');
    expect(stops[1]).toMatch(/^a:§?\s*Vigie/);
    expect(stops.slice(2, 9).map((s) => s.split(':')[1])).toEqual([
      'Thèmes',
      'Autorités et juridictions',
      'Ordres juridiques',
      'Types de documents',
      'Archives',
      'Agenda',
      'Flux',
    ]);
    expect(stops[9]).toBe('input:Rechercher…');
    expect(stops.at(-1)).toMatch(/Plan du site/);
    expect(stops.length).toBeLessThan(200);
    await page.close();
  });
});
