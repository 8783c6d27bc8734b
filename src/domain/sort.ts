/** The site's one ordering of articles: newest publication first, then title, then slug (stable). */
import type { Article } from './article.ts';

/** What the order reads: publication time (ms), title, and a unique key that settles ties. */
export interface NewestFirstKeys {
  time: number;
  title: string;
  key: string;
}

/** The order itself, on plain keys, so that records other than articles (search pages) follow it too. */
export function compareNewestFirstKeys(a: NewestFirstKeys, b: NewestFirstKeys): number {
  return b.time - a.time || a.title.localeCompare(b.title, 'fr') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export function compareNewestFirst(a: Article, b: Article): number {
  return compareNewestFirstKeys(
    { time: a.data.published.getTime(), title: a.data.title, key: a.id },
    { time: b.data.published.getTime(), title: b.data.title, key: b.id },
  );
}
