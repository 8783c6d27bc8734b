/** The bare site's only collection: every article of `$BENCH_CONTENT_DIR/articles`, frontmatter unchecked. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { join, resolve } from 'node:path';

const contentDir = process.env.BENCH_CONTENT_DIR;
if (!contentDir) throw new Error('BENCH_CONTENT_DIR is not set; run the bare site through scripts/bench/run.ts.');

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: join(resolve(contentDir), 'articles') }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { articles };
