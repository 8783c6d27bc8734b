/**
 * The benchmark corpus as Markdown files: each `<corpus>/articles/<slug>.mdx` becomes
 * `<dir>/articles/<slug>.md`, the same bytes under another extension (a hard link when the file
 * system allows one, a copy otherwise). Astro renders `.md` files to HTML while syncing content
 * instead of compiling each into a module, as a theme with Markdown posts (AstroPaper) does: the
 * bare build over this copy is the floor such a theme cannot go under on this corpus.
 *
 * The generated text is valid as both: its MDX escapes (`\{`, `\<`) are CommonMark escapes too, it
 * has no indented code, and the pages differ only in how an entity is spelled (`&quot;` or `"`).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the `.md` twin of the corpus in `corpusDir` into `dir` (emptied first); returns how many articles. */
export function writeMarkdownCorpus(corpusDir: string, dir: string): number {
  const source = join(corpusDir, 'articles');
  const target = join(dir, 'articles');
  const names = readdirSync(source).filter((name) => name.endsWith('.mdx'));
  if (!names.length) throw new Error(`${source}: no .mdx article to turn into Markdown files.`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of names) {
    const from = join(source, name);
    const to = join(target, `${name.slice(0, -'.mdx'.length)}.md`);
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
  return names.length;
}
