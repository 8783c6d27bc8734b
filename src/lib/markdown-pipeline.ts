/**
 * The Markdown pipeline every article goes through, in one place: Astro's `unified()` processor
 * (astro.config.mjs, for articles compiled as MDX modules) and the renderer that turns plain
 * articles into HTML while content is synced (src/loaders/render-plain-mdx.ts) both read it, so
 * both render an article alike. (Only types come from Astro's Markdown package.)
 */
import remarkGfm from 'remark-gfm';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { rehypeBaseLinks, rehypeSecureAutolinks } from './rehype-base-links.ts';
import { rehypeFrenchTypography } from './french-typography.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';

export const remarkPlugins: RemarkPlugins = [remarkGfm];

/** Rehype plugins in order; links inside the site get the deployment's base path. */
export function rehypePlugins(base: string): RehypePlugins {
  return [rehypeHeadingIds, rehypeFrenchTypography, rehypeSecureAutolinks, [rehypeBaseLinks, { base }]];
}

/** GFM footnotes in French: a visible "Notes" heading, French labels for the back links. */
export const remarkRehypeOptions = {
  footnoteLabel: 'Notes',
  footnoteLabelProperties: { className: ['footnotes__title'] },
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
    `Retour à l’appel de note ${referenceIndex + 1}${rereferenceIndex > 1 ? ` (${rereferenceIndex})` : ''}`,
} satisfies RemarkRehypeOptions;
