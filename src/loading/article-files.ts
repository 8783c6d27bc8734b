/**
 * Checks on article files that the content schema cannot see: the slug comes from the file name
 * (so two files with one name in different folders clash), and YAML silently turns an impossible
 * unquoted date such as 2025-02-30 into 2 March, so dates are checked on the raw text.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseIsoDay } from '../domain/french-date.ts';
import { isValidSlug } from '../domain/slug.ts';
import { mdxModuleReason } from './mdx-module-reason.ts';

export const ARTICLE_EXTENSIONS = ['.mdx', '.md'] as const;

/** Every article file under `dir`, recursively, sorted. */
export function listArticleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      let stats: ReturnType<typeof statSync>;
      try {
        stats = statSync(path);
      } catch (error) {
        if (lstatSync(path).isSymbolicLink())
          throw new Error(`${path}: a symbolic link to a file or folder that does not exist; remove it or point it to an article.`);
        throw error;
      }
      if (stats.isDirectory()) walk(path);
      else if ((ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name))) files.push(path);
    }
  };
  walk(dir);
  return files;
}

/** The slug of an article file: its name without extension, whatever folder it is in. */
export function slugOfFile(file: string): string {
  return basename(file, extname(file));
}

/**
 * A date-shaped value after a key, in block or inline ("{ date: 2026-02-30, … }") YAML. Any key:
 * YAML reads every unquoted YYYY-MM-DD as a date, and rolls impossible ones over.
 */
const DATED_KEY = /(?:^|[\s{,[-])([A-Za-z_][\w-]*)\s*:\s*["']?(\d{4}-\d{1,2}-\d{1,2})(?![\d-])["']?/g;

/** Problems found in one file's raw text, each naming the field and what was expected. */
export function rawFrontmatterProblems(source: string): string[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source.replace(/^\uFEFF/, ''));
  if (!match) return ['no frontmatter found; expected the file to start with a "---" block.'];
  const problems: string[] = [];
  match[1]!.split(/\r?\n/).forEach((line, index) => {
    const text = line.replace(/\s#.*$/, '');
    for (const date of text.matchAll(DATED_KEY)) {
      if (!parseIsoDay(date[2]!)) problems.push(`line ${index + 2}, field "${date[1]}": "${date[2]}" is not a real calendar date; expected YYYY-MM-DD.`);
    }
  });
  return problems;
}

/**
 * Throws one error listing every problem in the folder: invalid or duplicate slugs, impossible
 * dates. `root` only shortens the paths shown.
 */
export function checkArticleFiles(dir: string, root: string = process.cwd()): string[] {
  const files = listArticleFiles(dir);
  const problems: string[] = [];
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const shown = relative(root, file) || file;
    const slug = slugOfFile(file);
    if (!isValidSlug(slug)) {
      problems.push(
        `${shown}: file name "${slug}" is not a valid slug; expected lowercase letters, digits and single hyphens (it becomes the URL /articles/<slug>/).`,
      );
    }
    const previous = bySlug.get(slug);
    if (previous)
      problems.push(`${shown}: duplicate slug "${slug}", already used by ${relative(root, previous) || previous}; file names must be unique across folders.`);
    else bySlug.set(slug, file);
    for (const problem of rawFrontmatterProblems(readFileSync(file, 'utf8'))) problems.push(`${shown}: ${problem}`);
  }
  if (problems.length > 0) {
    throw new Error(`Invalid article files in ${relative(root, dir) || dir}:\n- ${problems.join('\n- ')}`);
  }
  return files;
}

/** Article files by who renders them: Astro's Markdown renderer while syncing, or @astrojs/mdx. */
export interface ArticleFilesByRenderer {
  /** Absolute paths. */
  markdown: string[];
  /** Paths relative to the articles folder, for glob(). */
  mdx: string[];
  /** Articles over `LARGE_ARTICLE_BYTES`, with their size: worth a warning. */
  large: { file: string; bytes: number }[];
}

/**
 * Above this, an article makes heavy pages and feeds (each feed carries its articles whole: a
 * 20 MB article gives a 22 MB rss.xml). README: writing an article.
 */
export const LARGE_ARTICLE_BYTES = 1_000_000;

/**
 * Splits the articles under `dir` by body (mdx-module-reason.ts). With `everyAsMdx` (the dev
 * server, where an edit may add a component to any file), all go to @astrojs/mdx.
 */
export function articleFilesByRenderer(dir: string, everyAsMdx: boolean): ArticleFilesByRenderer {
  const split: ArticleFilesByRenderer = { markdown: [], mdx: [], large: [] };
  for (const file of listArticleFiles(dir)) {
    const source = readFileSync(file, 'utf8');
    if (Buffer.byteLength(source) > LARGE_ARTICLE_BYTES) split.large.push({ file, bytes: Buffer.byteLength(source) });
    const body = source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---/, '');
    if (everyAsMdx || extname(file) !== '.mdx' || mdxModuleReason(body)) split.mdx.push(relative(dir, file).split('\\').join('/'));
    else split.markdown.push(file);
  }
  return split;
}
