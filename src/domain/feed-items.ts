/**
 * RSS items from articles: the newest `limit` (the archive is never put in a feed), absolute
 * links, and HTML content whose root-relative links are made absolute for feed readers. Each
 * item carries the legal metadata a watcher filters on: its topics, type, authority and legal
 * order as categories (their `domain` the taxonomy's page), and, first in its content, the
 * decision's citation and the key dates. An update keeps the item's guid (readers do not announce
 * it again) and adds `<dcterms:modified>`.
 */
import type { Article } from './article.ts';
import { withoutForbiddenXml } from './xml-characters.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content?: string;
  /** Categories with their domain and the modification date, as RSS elements. */
  customData: string;
}

/** A category of an item: its label, and the URL of the taxonomy it comes from. */
export interface FeedCategory {
  label: string;
  domain: string;
}

/** The XML namespaces the items' elements use. */
export const FEED_NAMESPACES = { dcterms: 'http://purl.org/dc/terms/', dc: 'http://purl.org/dc/elements/1.1/' } as const;

export interface FeedItemOptions<A> {
  limit: number;
  /** Absolute URL of an article. */
  link: (article: A) => string;
  /** The article's topics, type, authority and legal order, labelled, with their taxonomy's URL. */
  categories: (article: A) => FeedCategory[];
  /** The authors' names, each a `<dc:creator>` (RSS's own `<author>` wants an e-mail address). */
  creators?: (article: A) => string[];
  /** HTML put before the body: the citation and key dates (feed readers show no page furniture). */
  header?: (article: A) => string;
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
      const content = options.content
        ? withoutForbiddenXml(absolutizeLinks(`${options.header?.(article) ?? ''}${await options.content(article)}`, options.origin))
        : undefined;
      const categories = options.categories(article).map(({ label, domain }) => `<category domain="${escapeXml(domain)}">${escapeXml(label)}</category>`);
      const modified = article.data.updated ? `<dcterms:modified>${article.data.updated.toISOString().slice(0, 10)}</dcterms:modified>` : '';
      return {
        title: article.data.title,
        link: options.link(article),
        pubDate: article.data.published,
        description: article.data.summary,
        customData: categories.join('') + (options.creators?.(article) ?? []).map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('') + modified,
        ...(content !== undefined ? { content } : {}),
      };
    }),
  );
}

/** Text as XML character data or attribute value. */
export function escapeXml(text: string): string {
  return withoutForbiddenXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The newest day an item was published or updated: the channel's `lastBuildDate`, reproducible from the content. */
export function lastChange(articles: readonly Article[]): Date | undefined {
  let newest: Date | undefined;
  for (const { data } of articles) for (const day of [data.published, data.updated]) if (day && (!newest || day > newest)) newest = day;
  return newest;
}

/** Rewrites `href="/…"` and `src="/…"` (not protocol-relative `//…`) against `origin`. */
export function absolutizeLinks(html: string, origin: string): string {
  const root = origin.replace(/\/+$/, '');
  return html.replace(/\b(href|src)="\/(?!\/)([^"]*)"/g, (_, attribute: string, path: string) => `${attribute}="${root}/${path}"`);
}
