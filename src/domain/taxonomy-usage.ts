/**
 * One pass over the published articles builds every taxonomy listing (articles per topic,
 * jurisdiction, type, authority) instead of filtering the archive once per entry.
 */
import type { Article } from './article.ts';

export interface TaxonomyUsage<A> {
  topics: Map<string, A[]>;
  jurisdictions: Map<string, A[]>;
  types: Map<string, A[]>;
  authorities: Map<string, A[]>;
}

function push<A>(map: Map<string, A[]>, key: string, article: A): void {
  const list = map.get(key);
  if (list) list.push(article);
  else map.set(key, [article]);
}

/** Lists keep the input order (newest first when given `publishedArticles`). */
export function taxonomyUsage<A extends Article>(articles: readonly A[]): TaxonomyUsage<A> {
  const usage: TaxonomyUsage<A> = { topics: new Map(), jurisdictions: new Map(), types: new Map(), authorities: new Map() };
  for (const article of articles) {
    for (const topic of new Set(article.data.topics)) push(usage.topics, topic, article);
    push(usage.jurisdictions, article.data.jurisdiction, article);
    push(usage.types, article.data.type, article);
    if (article.data.authority) push(usage.authorities, article.data.authority, article);
  }
  return usage;
}
