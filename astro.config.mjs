// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownPipeline } from './src/markdown/markdown-integration.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { requireSiteOrigin } from './src/integrations/require-site-origin.ts';
import { quietHeadInjectWarnings } from './src/integrations/quiet-head-inject-warnings.ts';
import { decapFiles } from './src/integrations/decap-files.ts';
import { LOCAL_ORIGIN } from './src/domain/urls.ts';

/**
 * The public origin and the base path are Astro's own `site` and `base`: set them here for your
 * deployment, or per build with `astro build --site https://… --base /veille` (the CLI wins).
 * A build without a site stops; `npm start` builds its local preview with --site LOCAL_ORIGIN.
 */
export default defineConfig({
  // site: 'https://veille.example.org',
  base: '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Order matters: the Markdown pipeline before MDX, which extends it; the search index last.
  integrations: [
    requireSiteOrigin(LOCAL_ORIGIN),
    quietHeadInjectWarnings(),
    markdownPipeline(),
    mdx(),
    // Neither the 404 page nor the editing interface is a page to list.
    sitemap({ filter: (page) => !/\/(?:404|admin)\/?$/.test(page) }),
    decapFiles(),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  // Scripts stay files: Astro inlines small ones, which the pages' CSP (script-src 'self') blocks.
  vite: { build: { assetsInlineLimit: 0 } },
});
