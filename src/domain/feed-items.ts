/**
 * RSS items from articles: the newest `limit` (the archive is never put in a feed), absolute
 * links, and HTML content whose root-relative links are made absolute for feed readers.
 */
import type { Article } from './article.ts';
import { withoutForbiddenXml } from './xml-characters.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content?: string;
  categories: string[];
}

export interface FeedItemOptions<A> {
  limit: number;
  /** Absolute URL of an article. */
  link: (article: A) => string;
  /** French labels of the article's topics. */
  categories: (article: A) => string[];
  /** Rendered HTML body, when the feed carries full content. */
  content?: (article: A) => Promise<string>;
  /** Origin used to make root-relative links in `content` absolute. */
  origin: string;
}

/** `articles` must be sorted newest first. */
export async function feedItems<A extends Article>(articles: readonly A[], options: FeedItemOptions<A>): Promise<FeedItem[]> {
  return Promise.all(
    articles.slice(0, options.limit).map(async (article) => {
      // A body may hold characters XML forbids (pasted from Word or a PDF): never into a feed.
      const content = options.content ? withoutForbiddenXml(absolutizeLinks(await options.content(article), options.origin)) : undefined;
      return {
        title: article.data.title,
        link: options.link(article),
        pubDate: article.data.published,
        description: article.data.summary,
        categories: options.categories(article),
        ...(content !== undefined ? { content } : {}),
      };
    }),
  );
}

/** Rewrites `href="/…"` and `src="/…"` (not protocol-relative `//…`) against `origin`. */
export function absolutizeLinks(html: string, origin: string): string {
  const root = origin.replace(/\/+$/, '');
  return html.replace(/\b(href|src)="\/(?!\/)([^"]*)"/g, (_, attribute: string, path: string) => `${attribute}="${root}/${path}"`);
}
