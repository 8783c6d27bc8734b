/** The HTML pages an `astro:build:done` hook sees: file path, pathname and content (feeds and other files skipped). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuiltPage {
  file: string;
  pathname: string;
  html: string;
}

export async function* builtHtmlPages(dir: URL, pages: readonly { pathname: string }[]): AsyncGenerator<BuiltPage> {
  const outDir = fileURLToPath(dir);
  for (const { pathname } of pages) {
    const file = join(outDir, pathname, 'index.html');
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      continue; // Not a directory-style HTML page (rss.xml, agenda.ics, 404.html…).
    }
    yield { file, pathname, html };
  }
}
