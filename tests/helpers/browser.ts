/** Debian's Chromium against a built site served on 127.0.0.1 (scripts/serve-dist.ts). */
import { createConnection, createServer } from 'node:net';
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

/** Whether a server accepts connections on 127.0.0.1:`port`. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Waits until `check` holds; the error names what was awaited (a function: read when it times out). */
export async function until(what: string | (() => string), check: () => boolean | Promise<boolean>, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
