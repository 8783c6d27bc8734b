/** Astro integration: rewrites `<br/>`-style void elements of the built pages as plain HTML (`<br>`). */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { normalizeVoidElements } from '../lib/html-void-elements.ts';
import { builtHtmlPages } from './built-pages.ts';

export function htmlVoidElements(): AstroIntegration {
  return {
    name: 'vigie-html-void-elements',
    hooks: {
      'astro:build:done': async ({ dir, pages }) => {
        for await (const { file, html } of builtHtmlPages(dir, pages)) {
          const fixed = normalizeVoidElements(html);
          if (fixed !== html) await writeFile(file, fixed);
        }
      },
    },
  };
}
