// @ts-check
/**
 * The benchmark's baseline: a bare Astro site over the same corpus as Vigie, one page route per
 * article (title + Content), indexed by Pagefind's Node API at the end of the build, in the same
 * process as Vigie's own index step. Nothing else: no listings, feeds, sitemap, layout or CSS.
 *
 * Driven by scripts/bench/run.ts through the environment:
 * - BENCH_CONTENT_DIR: the corpus folder (articles in `<dir>/articles/`);
 * - BENCH_OUT_DIR, BENCH_CACHE_DIR: where to build;
 * - BENCH_PROCESSOR: `unified` (default; the project's Markdown pipeline: unified + remark-gfm +
 *   the project's rehype plugins) or `satteri` (Astro 7's default processor, no plugins);
 * - BENCH_INDEX: `in-build` (default: the index in `astro:build:done`, as Vigie builds it) or
 *   `after` (no index here: run.ts runs Pagefind's CLI once Astro has exited, as themes do).
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from '../../../src/markdown/markdown-pipeline.ts';
import { quietHeadInjectWarnings } from '../../../src/integrations/quiet-head-inject-warnings.ts';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const processor = process.env.BENCH_PROCESSOR || 'unified';
if (!['unified', 'satteri'].includes(processor)) throw new Error(`BENCH_PROCESSOR is "${processor}"; expected unified or satteri.`);
const indexStep = process.env.BENCH_INDEX || 'in-build';
if (!['in-build', 'after'].includes(indexStep)) throw new Error(`BENCH_INDEX is "${indexStep}"; expected in-build or after.`);
const base = '/';

/** @returns {import('astro').AstroIntegration} */
function pagefindIndex() {
  return {
    name: 'bench-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
          if (!index || errors.length) throw new Error(`pagefind.createIndex failed: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`pagefind addDirectory failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`pagefind writeFiles failed: ${written.errors.join('; ')}`);
          // Same line shape as Vigie's integration, so the runner parses both alike.
          logger.info(`Indexed ${added.page_count} article page(s) in ${Math.round(performance.now() - started)} ms → ${join(outDir, 'pagefind')}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.BENCH_OUT_DIR || './dist',
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  ...(processor === 'unified'
    ? {
        markdown: {
          processor: unified({
            remarkPlugins,
            rehypePlugins: rehypePlugins(base),
            remarkRehype: remarkRehypeOptions,
            smartypants: false,
          }),
        },
      }
    : {}),
  // Vigie's build silences Astro 7.3's per-MDX-file directive warning; so does this one, so that
  // neither pays for printing 10,000 warnings.
  integrations: [quietHeadInjectWarnings(), mdx(), ...(indexStep === 'in-build' ? [pagefindIndex()] : [])],
  devToolbar: { enabled: false },
});
