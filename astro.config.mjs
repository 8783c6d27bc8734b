// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './src/lib/markdown-pipeline.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { htmlVoidElements } from './src/integrations/html-void-elements.ts';
import { siteOriginWarning } from './src/integrations/site-origin-warning.ts';
import { quietHeadInjectWarnings } from './src/integrations/quiet-head-inject-warnings.ts';

/**
 * Deployment settings come from the environment so one build can target any host:
 * - VIGIE_SITE: the public origin, used for canonical URLs, feeds and the sitemap;
 * - VIGIE_BASE: a sub-path such as /veille when the site is not served at the root.
 */
const LOCAL_ORIGIN = 'http://localhost:4321';
const site = process.env.VIGIE_SITE || LOCAL_ORIGIN;
const base = process.env.VIGIE_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Four pages rendered at once: page rendering waits on file writes, and overlapping them cut
  // page generation by a third at 2,000 articles (13.5–16.5 s → 8.9–10.6 s) for 3–7 % more memory.
  build: { format: 'directory', concurrency: 4 },
  outDir: process.env.VIGIE_OUT_DIR || './dist',
  // Separate caches let tests build several content folders without sharing a data store.
  ...(process.env.VIGIE_CACHE_DIR ? { cacheDir: process.env.VIGIE_CACHE_DIR } : {}),
  // Astro 7's default processor (Sätteri) runs no remark/rehype plugins; unified() does, and
  // @astrojs/mdx extends this configuration, so .md and .mdx share one pipeline.
  markdown: {
    processor: unified({
      remarkPlugins,
      rehypePlugins: rehypePlugins(base),
      remarkRehype: remarkRehypeOptions,
      // French typography is handled by the project, not by English SmartyPants quotes.
      smartypants: false,
    }),
  },
  // Order matters: pages are finalised before the search index reads them.
  integrations: [siteOriginWarning(process.env.VIGIE_SITE, LOCAL_ORIGIN), quietHeadInjectWarnings(), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), htmlVoidElements(), pagefindIndex()],
  devToolbar: { enabled: false },
});
