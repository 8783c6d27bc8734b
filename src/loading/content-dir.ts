/**
 * Where content lives. `VIGIE_CONTENT_DIR` points the site at another folder (test fixtures, the
 * benchmark corpus) so that they are built by exactly the same code as the real site.
 */
import { isAbsolute, join, resolve } from 'node:path';

export interface ContentDirs {
  root: string;
  articles: string;
  taxonomy: string;
  /** Authors of articles, one `<slug>.json` each. */
  authors: string;
  /** Editorial introductions of the letter's issues (`<period>.mdx`). */
  letters: string;
  /** The built-in taxonomy, used for any taxonomy file the content folder does not provide. */
  fallbackTaxonomy: string;
  /** The built-in letter folder, whose settings serve a content folder without its own. */
  fallbackLetters: string;
}

/**
 * `cwd` is the project root: the repository's own `content/` folder is resolved from it (npm
 * scripts and Astro run from the project root), not from this module's URL, which moves when
 * Astro bundles it.
 */
export function contentDirs(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): ContentDirs {
  const builtIn = resolve(cwd, 'content');
  const configured = env.VIGIE_CONTENT_DIR?.trim();
  const root = configured ? (isAbsolute(configured) ? configured : resolve(cwd, configured)) : builtIn;
  return {
    root,
    articles: join(root, 'articles'),
    taxonomy: join(root, 'taxonomy'),
    authors: join(root, 'authors'),
    letters: join(root, 'lettres'),
    fallbackTaxonomy: join(builtIn, 'taxonomy'),
    fallbackLetters: join(builtIn, 'lettres'),
  };
}
