/**
 * The Markdown pipeline every article goes through, in one place (set as Astro's processor by
 * markdown-integration.ts; @astrojs/mdx extends it). Only types come from Astro's Markdown package.
 */
import remarkGfm from 'remark-gfm';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { rehypeBaseLinks, rehypeSecureAutolinks } from './rehype-base-links.ts';
import { rehypeFrenchOrdinals } from '../domain/french-ordinals.ts';
import { rehypeFrenchTypography } from '../domain/french-typography.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { remarkSafeLinks } from './remark-safe-links.ts';
import { rehypeTableAlignment } from './rehype-table-alignment.ts';

export const remarkPlugins: RemarkPlugins = [remarkGfm, remarkSafeLinks];

/** Rehype plugins in order; links inside the site get the deployment's base path. */
export function rehypePlugins(base: string): RehypePlugins {
  return [rehypeHeadingIds, rehypeFrenchTypography, rehypeFrenchOrdinals, rehypeSecureAutolinks, rehypeTableAlignment, [rehypeBaseLinks, { base }]];
}

/** GFM footnotes in French: a visible "Notes" heading, French labels for the back links. */
export const remarkRehypeOptions = {
  footnoteLabel: 'Notes',
  footnoteLabelProperties: { className: ['footnotes__title'] },
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
    `Retour à l’appel de note ${referenceIndex + 1}${rereferenceIndex > 1 ? ` (${rereferenceIndex})` : ''}`,
} satisfies RemarkRehypeOptions;
