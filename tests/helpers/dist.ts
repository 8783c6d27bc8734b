/** Reading a built site: pages, their text, links and ids. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string, ext?: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!ext || name.endsWith(ext)) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

/** The letter's e-mails (`/lettres/<period>/courriel.html`): HTML for mail clients, not site pages (tests/build/letters.test.ts). */
export const isLetterEmail = (file: string) => file.endsWith('/courriel.html');

/** The editing interface (`/admin/`): Decap CMS's page, not a page of the site (tests/build/admin.test.ts). */
export const isAdmin = (file: string) => /[/\\]admin[/\\]index\.html$/.test(file);

/** Every HTML page of the site (the letter's e-mails and the editing interface are not pages). */
export function pageFiles(dist: string): string[] {
  return listFiles(dist, '.html').filter((file) => !isLetterEmail(file) && !isAdmin(file));
}

/** Site paths of every HTML page: '/articles/x/' for dist/articles/x/index.html. */
export function pagePaths(dist: string): string[] {
  return pageFiles(dist).map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, ''));
}

export function readPage(dist: string, path: string): string {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  if (!existsSync(file)) throw new Error(`No page ${path} in ${dist}`);
  return readFileSync(file, 'utf8');
}

export function pageExists(dist: string, path: string): boolean {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return existsSync(file);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0', '#x27': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? match;
  });
}

/** Visible text of an HTML fragment, whitespace folded. */
export function textOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      // Superscripts and subscripts sit inside their word ("2<sup>e</sup>"), as a browser shows them.
      .replace(/<\/?(?:sup|sub)>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The inner HTML of the first element carrying `marker` in its opening tag (e.g. data-pagefind-body). */
export function elementWith(html: string, marker: string): string {
  const start = html.indexOf(marker);
  if (start < 0) throw new Error(`No element with ${marker}`);
  const open = html.lastIndexOf('<', start);
  const tag = /^<([a-z0-9]+)/i.exec(html.slice(open))![1]!;
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = open;
  for (let match = re.exec(html); match; match = re.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(html.indexOf('>', open) + 1, match.index);
  }
  throw new Error(`Unclosed <${tag}>`);
}

export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) => decodeEntities(m[1]!));
}

export function ids(html: string): Set<string> {
  return new Set(attributeValues(html, 'id'));
}
