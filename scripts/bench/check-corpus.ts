/**
 * Fast syntax check of a generated corpus, without building it: compiles every article body with
 * @mdx-js/mdx and remark-gfm (the parser behind Vigie's unified pipeline), so that a text the
 * escaping misses is found in seconds rather than minutes into a 10,000-article build.
 *
 *   node scripts/bench/check-corpus.ts --articles 10000 [--seed 7]   # generates into a temp folder
 *   node scripts/bench/check-corpus.ts --dir path/to/corpus           # checks an existing corpus
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { generateCorpus, DEFAULT_SEED } from './generate-corpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string' }, dir: { type: 'string' }, seed: { type: 'string', default: String(DEFAULT_SEED) } } });
if (!values.dir && !values.articles) {
  console.error('usage: node scripts/bench/check-corpus.ts (--articles N [--seed S] | --dir CORPUS)');
  process.exit(2);
}
const temporary = values.dir ? undefined : mkdtempSync(join(tmpdir(), 'vigie-corpus-'));
const dir = values.dir ?? temporary!;
try {
  if (temporary) generateCorpus({ articles: Number(values.articles), dir, seed: Number(values.seed) });
  const articles = join(dir, 'articles');
  const files = readdirSync(articles)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const failures: string[] = [];
  const started = performance.now();
  for (const name of files) {
    const source = readFileSync(join(articles, name), 'utf8');
    const body = source.slice(source.indexOf('\n---\n', 4) + 5);
    try {
      await compile(body, { remarkPlugins: [remarkGfm] });
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  }
  console.log(`${files.length} articles compiled in ${Math.round(performance.now() - started)} ms; ${failures.length} failure(s)`);
  for (const failure of failures.slice(0, 20)) console.log(`- ${failure}`);
  process.exitCode = failures.length ? 1 : 0;
} finally {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}
