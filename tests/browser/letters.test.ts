/**
 * The letter's e-mail as a reader's mail client shows it, approximated by Chromium: at 600 px (a
 * desktop client) and 375 px (a phone), nothing wider than the screen, text readable; screenshots
 * in tests/.output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, type ServedSite } from '../helpers/browser.ts';
import { OUTPUT, SITES } from '../helpers/site-build.ts';

const SCREENSHOTS = join(OUTPUT, 'screenshots');
let browser: Browser;
let site: ServedSite;

beforeAll(async () => {
  browser = await launch();
  site = await serve(SITES.fixture);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the letter’s e-mail', () => {
  it.each([600, 375])('fits %i px, its text at a readable size', async (width) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Scripts off, as in mail clients.
    const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false });
    await page.goto(new URL('lettres/2022-01/courriel.html', site.url).href);
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      card: document.querySelector('table.card')!.getBoundingClientRect().width,
      body: Number.parseFloat(getComputedStyle(document.querySelector('td.pad p:not(.meta):not(.cite)') ?? document.body).fontSize),
      title: document.querySelector('h1')?.textContent,
    }));
    expect(layout.scroll).toBeLessThanOrEqual(width);
    expect(layout.card).toBeLessThanOrEqual(600);
    expect(layout.body).toBeGreaterThanOrEqual(15);
    expect(layout.title).toBe('Janvier 2022');
    await page.screenshot({ path: join(SCREENSHOTS, `lettre-courriel-${width}.png`), fullPage: true });
    await page.close();
  });
});
