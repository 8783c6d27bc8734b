/** The HTML pages of a build: file path, pathname and content (feeds and other files skipped). */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuiltPage {
  file: string;
  pathname: string;
  html: string;
}

/** The pages an `astro:build:done` hook is told about. */
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

/**
 * The directory-style pages (`<path>/index.html`) found in a built site, in path order: what
 * `builtHtmlPages` gives, for a step that runs after `astro build` has exited (scripts/build.ts).
 */
export async function* htmlPagesIn(outDir: string): AsyncGenerator<BuiltPage> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const folder = relative(outDir, join(file, '..'));
    yield { file, pathname: folder ? `${folder.split(sep).join('/')}/` : '', html: await readFile(file, 'utf8') };
  }
}
