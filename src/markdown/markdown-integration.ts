/**
 * Astro integration: sets the Markdown pipeline (markdown-pipeline.ts) as Astro's processor once
 * the configuration is resolved, so that internal links get the base path the build really uses,
 * whether it comes from astro.config.mjs or from `astro build --base …`. Listed before
 * @astrojs/mdx, which extends this configuration for .mdx files.
 */
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './markdown-pipeline.ts';

export function markdownPipeline(): AstroIntegration {
  return {
    name: 'vigie-markdown',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          markdown: {
            // Astro 7's default processor (Sätteri) runs no remark/rehype plugins; unified() does.
            processor: unified({
              remarkPlugins,
              rehypePlugins: rehypePlugins(config.base),
              remarkRehype: remarkRehypeOptions,
              // French typography is handled by the project, not by English SmartyPants quotes.
              smartypants: false,
            }),
          },
        });
      },
    },
  };
}
