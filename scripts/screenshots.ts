/**
 * Screenshots of key pages in light and dark schemes, at 375 px and 1280 px wide, written to
 * tests/.output/screenshots/ (or the folder given as first argument), from the built dist/.
 * Usage: npm run build && npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { serveDist } from './serve-dist.ts';

const out = process.argv[2] || 'tests/.output/screenshots';
const pages = (process.env.SCREENSHOT_PAGES || '/,/articles/plan-action-ue-cybersecurite-hopitaux/,/themes/cybersecurite/,/recherche/?q=cyberattaque').split(
  ',',
);
mkdirSync(out, { recursive: true });
const server = await serveDist('dist', process.env.SCREENSHOT_BASE || '/');
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const path of pages) {
        await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'accueil'}-${scheme}-${width}.png`;
        await page.screenshot({ path: join(out, name), fullPage: true });
        console.log(join(out, name));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
