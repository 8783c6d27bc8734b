/** Debian's Chromium against a built site served on 127.0.0.1 (scripts/serve-dist.ts). */
import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveDist, type ServedSite } from '../../scripts/serve-dist.ts';

export type { ServedSite };

export function serve(dist: string, base = '/'): Promise<ServedSite> {
  return serveDist(dist, base);
}

/** A port free on 127.0.0.1 now, for a server the test starts itself (nginx, the dev server). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function launch(): Promise<Browser> {
  return launchChromium();
}

/** Collects console errors and CSP violations of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
