/** Previous (older) and next (newer) article around a given one, in the site's order. */
import type { Article } from './article.ts';

export interface Neighbours<A> {
  /** The next older article. */
  older?: A | undefined;
  /** The next newer article. */
  newer?: A | undefined;
}

/** `articles` must be sorted newest first (as `publishedArticles` returns them). */
export function neighbours<A extends Article>(articles: readonly A[], index: number): Neighbours<A> {
  return { newer: articles[index - 1], older: articles[index + 1] };
}
