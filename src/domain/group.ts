/** Grouping for archives. Input must already be sorted newest first; groups keep that order. */
import type { Article } from './article.ts';

export interface YearGroup<A> {
  year: number;
  articles: A[];
}

export interface MonthGroup<A> {
  year: number;
  /** 1–12. */
  month: number;
  articles: A[];
}

export function groupByYear<A extends Article>(articles: readonly A[]): YearGroup<A>[] {
  const groups: YearGroup<A>[] = [];
  for (const article of articles) {
    const year = article.data.published.getUTCFullYear();
    const last = groups.at(-1);
    if (last?.year === year) last.articles.push(article);
    else groups.push({ year, articles: [article] });
  }
  return groups;
}

export function groupByMonth<A extends Article>(articles: readonly A[]): MonthGroup<A>[] {
  const groups: MonthGroup<A>[] = [];
  for (const article of articles) {
    const year = article.data.published.getUTCFullYear();
    const month = article.data.published.getUTCMonth() + 1;
    const last = groups.at(-1);
    if (last?.year === year && last.month === month) last.articles.push(article);
    else groups.push({ year, month, articles: [article] });
  }
  return groups;
}
