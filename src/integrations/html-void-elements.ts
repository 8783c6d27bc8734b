/** Astro integration: rewrites `<br/>`-style void elements of the built pages as plain HTML (`<br>`). */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeVoidElements } from '../lib/html-void-elements.ts';

export function htmlVoidElements(): AstroIntegration {
  return {
    name: 'vigie-html-void-elements',
    hooks: {
      'astro:build:done': async ({ dir, pages }) => {
        const outDir = fileURLToPath(dir);
        for (const { pathname } of pages) {
          const file = join(outDir, pathname, 'index.html');
          let html: string;
          try {
            html = await readFile(file, 'utf8');
          } catch {
            continue;
          }
          const fixed = normalizeVoidElements(html);
          if (fixed !== html) await writeFile(file, fixed);
        }
      },
    },
  };
}
