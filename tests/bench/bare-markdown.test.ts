/**
 * The benchmark's floor for themes with Markdown posts: the bare site (scripts/bench/bare/) built
 * with the real Astro CLI over the generated corpus (index in the build) and over its `.md` twin
 * (markdown-corpus.ts; index afterwards by Pagefind's CLI, as such themes do). The twin must hold
 * the same text, and the two builds must write the same article pages (up to how an entity is
 * spelled) and index them all, or the benchmark would compare Vigie with a different site.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type Corpus } from '../../scripts/bench/generate-corpus.ts';
import { writeMarkdownCorpus } from '../../scripts/bench/markdown-corpus.ts';
import { pagefindCliArgs, pagesIndexedByCli } from '../../scripts/bench/pagefind-cli.ts';
import { childEnv, OUTPUT, ROOT } from '../helpers/site-build.ts';

const COUNT = 24;
const WORK = join(OUTPUT, 'bench-bare');
const CORPUS = join(WORK, 'corpus');
const MARKDOWN = join(WORK, 'corpus-md');

let corpus: Corpus;

const run = promisify(execFile);

/** Builds the bare site over `contentDir` into WORK/<name>; returns dist and the build log. */
async function buildBare(name: string, contentDir: string, index: 'in-build' | 'after'): Promise<{ dist: string; log: string }> {
  const dist = join(WORK, name, 'dist');
  rmSync(join(WORK, name), { recursive: true, force: true });
  const { stdout, stderr } = await run(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', join(ROOT, 'scripts', 'bench', 'bare')],
    {
      cwd: ROOT,
      env: {
        ...childEnv(),
        BENCH_CONTENT_DIR: contentDir,
        BENCH_OUT_DIR: dist,
        BENCH_CACHE_DIR: join(WORK, name, 'cache'),
        BENCH_PROCESSOR: 'unified',
        BENCH_INDEX: index,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      maxBuffer: 64 * 2 ** 20,
    },
  );
  return { dist, log: `${stdout}\n${stderr}` };
}

/** An article page with entities spelled one way (the two renderers write `"` and `&quot;` alike). */
const page = (dist: string, slug: string) =>
  readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&#x27;/g, "'");

describe('the bare build over the .md twin of the corpus', () => {
  beforeAll(async () => {
    corpus = generateCorpus({ articles: COUNT, dir: CORPUS });
    // Left by an earlier run: the twin is written into an emptied folder.
    mkdirSync(join(MARKDOWN, 'articles'), { recursive: true });
    writeFileSync(join(MARKDOWN, 'articles', 'stale.md'), '# Stale\n');
  }, 300_000);

  it('holds every article under a .md name, byte for byte, and nothing else', () => {
    expect(writeMarkdownCorpus(CORPUS, MARKDOWN)).toBe(COUNT);
    const names = readdirSync(join(MARKDOWN, 'articles')).sort();
    expect(names).toEqual(corpus.articles.map((article) => `${article.slug}.md`).sort());
    for (const article of corpus.articles) {
      const twin = join(MARKDOWN, 'articles', `${article.slug}.md`);
      expect(readFileSync(twin, 'utf8'), article.slug).toBe(readFileSync(join(corpus.articlesDir, `${article.slug}.mdx`), 'utf8'));
    }
    // The .mdx originals are still there.
    expect(readdirSync(corpus.articlesDir).filter((name) => name.endsWith('.mdx'))).toHaveLength(COUNT);
  });

  it('names the folder when it has no .mdx article, and leaves the target alone', () => {
    const source = join(WORK, 'no-mdx');
    const target = join(WORK, 'kept');
    for (const [dir, name] of [
      [source, 'already.md'],
      [target, 'kept.md'],
    ] as const) {
      mkdirSync(join(dir, 'articles'), { recursive: true });
      writeFileSync(join(dir, 'articles', name), '# Texte\n');
    }
    expect(() => writeMarkdownCorpus(source, target)).toThrow(`${join(source, 'articles')}: no .mdx article to turn into Markdown files.`);
    expect(readdirSync(join(target, 'articles'))).toEqual(['kept.md']);
  });

  it('writes the same article pages as the MDX build, and indexes them all', async () => {
    writeMarkdownCorpus(CORPUS, MARKDOWN);
    const mdx = await buildBare('mdx', CORPUS, 'in-build');
    const md = await buildBare('md', MARKDOWN, 'after');
    expect(mdx.log).toContain(`Indexed ${COUNT} article page(s)`);
    expect(md.log).not.toContain('Indexed');
    expect(existsSync(join(md.dist, 'pagefind'))).toBe(false);
    for (const article of corpus.articles) {
      const fromMdx = page(mdx.dist, article.slug);
      expect(fromMdx, article.slug).toContain('<h2 id=');
      expect(page(md.dist, article.slug), article.slug).toBe(fromMdx);
    }
    // Pagefind's CLI, as the benchmark runs it once Astro has exited.
    const { stdout } = await run(process.execPath, pagefindCliArgs(md.dist), { cwd: ROOT });
    expect(pagesIndexedByCli(stdout)).toBe(COUNT);
    expect(statSync(join(md.dist, 'pagefind', 'pagefind-entry.json')).isFile()).toBe(true);
  }, 300_000);
});
