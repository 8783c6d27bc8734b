/** The site's one ordering of articles: newest publication first, then title, then slug (stable). */
import type { Article } from './article.ts';

export function compareNewestFirst(a: Article, b: Article): number {
  return (
    b.data.published.getTime() - a.data.published.getTime() ||
    a.data.title.localeCompare(b.data.title, 'fr') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
