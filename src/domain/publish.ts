/**
 * The one place that decides what readers see. Every page, feed, sitemap entry and search record
 * goes through `publishedArticles`, so a draft or a scheduled article cannot leak through a
 * forgotten filter.
 */
import type { Article } from './article.ts';
import { isoDate } from './french-date.ts';
import { compareNewestFirst } from './sort.ts';

export interface PublishOptions {
  /** Show drafts and scheduled articles too (the dev server only; never a production build). */
  includeDrafts?: boolean;
  /** The build day, `YYYY-MM-DD`: an article published after it is scheduled, not yet shown. */
  today?: string;
}

/** Whether an article's publication day is still to come on `today`. */
export function isScheduled(article: Article, today: string | undefined): boolean {
  return today !== undefined && isoDate(article.data.published) > today;
}

export function isPublished(article: Article, options: PublishOptions = {}): boolean {
  return options.includeDrafts === true || (!article.data.draft && !isScheduled(article, options.today));
}

/** Published articles, newest first. */
export function publishedArticles<A extends Article>(articles: readonly A[], options: PublishOptions = {}): A[] {
  return articles.filter((article) => isPublished(article, options)).sort(compareNewestFirst);
}
