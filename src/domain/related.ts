/**
 * Related articles without comparing every pair: an inverted index topic → articles (newest
 * first) gives, for each article, only a bounded window of neighbours per shared topic. Cost is
 * O(articles × topics × window), linear in the archive size, not quadratic.
 */
import type { Article } from './article.ts';

export interface RelatedOptions {
  /** How many related articles to return. */
  limit?: number;
  /** Neighbours looked at on each side of the article within each topic's date-ordered list. */
  window?: number;
}

export type RelatedIndex<A extends Article> = (article: A) => A[];

/**
 * Builds the index once for a list sorted newest first; the returned function answers for any
 * article of the list. Score: shared topics (×10), same jurisdiction (+3), same type (+1); ties
 * go to the article closest in date.
 */
export function buildRelatedIndex<A extends Article>(articles: readonly A[], options: RelatedOptions = {}): RelatedIndex<A> {
  const limit = options.limit ?? 4;
  const window = options.window ?? 12;
  const byTopic = new Map<string, A[]>();
  const positionInTopic = new Map<A, Map<string, number>>();
  for (const article of articles) {
    const positions = new Map<string, number>();
    for (const topic of article.data.topics) {
      let list = byTopic.get(topic);
      if (!list) {
        list = [];
        byTopic.set(topic, list);
      }
      positions.set(topic, list.length);
      list.push(article);
    }
    positionInTopic.set(article, positions);
  }

  return (article: A): A[] => {
    const scores = new Map<A, number>();
    const positions = positionInTopic.get(article);
    if (!positions) return [];
    for (const [topic, position] of positions) {
      const list = byTopic.get(topic)!;
      const from = Math.max(0, position - window);
      const to = Math.min(list.length, position + window + 1);
      for (let i = from; i < to; i++) {
        const candidate = list[i]!;
        if (candidate === article) continue;
        scores.set(candidate, (scores.get(candidate) ?? 0) + 10);
      }
    }
    const time = article.data.published.getTime();
    return [...scores.entries()]
      .map(([candidate, score]) => ({
        candidate,
        score: score + (candidate.data.jurisdiction === article.data.jurisdiction ? 3 : 0) + (candidate.data.type === article.data.type ? 1 : 0),
        distance: Math.abs(candidate.data.published.getTime() - time),
      }))
      .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.candidate.id < b.candidate.id ? -1 : 1))
      .slice(0, limit)
      .map((entry) => entry.candidate);
  };
}
