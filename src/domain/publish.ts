/**
 * The one place that decides what readers see. Every page, feed, sitemap entry and search record
 * goes through `publishedArticles`, so a draft cannot leak through a forgotten filter.
 */
import type { Article } from './article.ts';
import { compareNewestFirst } from './sort.ts';

export interface PublishOptions {
  /** Show drafts too (the dev server only; never a production build). */
  includeDrafts?: boolean;
}

export function isPublished(article: Article, options: PublishOptions = {}): boolean {
  return options.includeDrafts === true || !article.data.draft;
}

/** Published articles, newest first. */
export function publishedArticles<A extends Article>(articles: readonly A[], options: PublishOptions = {}): A[] {
  return articles.filter((article) => isPublished(article, options)).sort(compareNewestFirst);
}
