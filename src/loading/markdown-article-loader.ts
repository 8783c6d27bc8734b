/**
 * Content loader for the articles whose body reads the same as Markdown (mdx-module-reason.ts):
 * each is validated with the collection's schema and rendered to HTML by Astro's own Markdown
 * renderer (the project's pipeline) while content is synced, through the documented loader API
 * (`parseData`, `renderMarkdown`, `store.set` with `rendered`). Compiling and bundling every article
 * as an MDX module is most of a large site's build time and memory; the other articles are
 * compiled by @astrojs/mdx through Astro's glob() loader (content.config.ts).
 *
 * A stored entry is kept while its file and the Markdown pipeline's code are unchanged.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { slugOfFile } from './article-files.ts';
import { contentError, frontmatterProblems, type FrontmatterSchema } from './frontmatter-problems.ts';

export interface MarkdownArticleOptions {
  /** The article files to load (absolute paths), listed when the collection loads. */
  files: () => readonly string[];
  /** The collection's schema, to locate a field Astro's validation refuses (frontmatter-problems.ts). */
  schema: FrontmatterSchema;
}

export function markdownArticleLoader({ files, schema }: MarkdownArticleOptions): Loader {
  return {
    name: 'vigie-markdown-articles',
    load: async ({ store, parseData, renderMarkdown, generateDigest, logger, config }) => {
      const root = fileURLToPath(config.root);
      const pipeline = pipelineFingerprint(config.root);
      const seen = new Set<string>();
      let rendered = 0;
      for (const file of files()) {
        const id = slugOfFile(file);
        seen.add(id);
        const source = readFileSync(file, 'utf8');
        const digest = generateDigest(`${source}\u0000${pipeline}`);
        if (store.get(id)?.digest === digest) continue;
        const filePath = relative(root, file);
        let parsed: ReturnType<typeof parseFrontmatter>;
        try {
          // Blank lines where the frontmatter was: error lines are the file's own.
          parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
        } catch (error) {
          throw new Error(`${filePath}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}).`);
        }
        let data: Record<string, unknown>;
        try {
          data = await parseData({ id, data: parsed.frontmatter, filePath });
        } catch (error) {
          // The same problems, each at its field's line rather than at "file:0:0".
          const problems = frontmatterProblems(source, schema);
          throw problems.length ? contentError(problems.map((problem) => ({ file, problem }))) : error;
        }
        store.set({ id, data, filePath, digest, rendered: await renderMarkdown(parsed.content, { fileURL: pathToFileURL(file) }) });
        rendered++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${rendered} article(s) rendered as Markdown, ${seen.size - rendered} unchanged since the last build`);
    },
  };
}

/**
 * What a stored rendering depends on besides its file and Astro's configuration: the project's
 * Markdown pipeline and typography code, and the installed packages.
 */
function pipelineFingerprint(root: URL): string {
  const hash = createHash('sha256');
  for (const folder of ['src/markdown/', 'src/domain/']) {
    const dir = new URL(folder, root);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.ts')) hash.update(name).update(readFileSync(new URL(name, dir)));
  }
  const lock = new URL('package-lock.json', root);
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}
