/** Plain article objects for unit tests of src/domain. */
import type { Article, ArticleData } from '../../src/domain/article.ts';

export function article(id: string, overrides: Partial<ArticleData> = {}): Article {
  return {
    id,
    data: {
      title: `Titre ${id}`,
      summary: `Résumé ${id}`,
      published: new Date(Date.UTC(2025, 0, 1)),
      jurisdiction: 'france',
      type: 'arret',
      topics: ['cybersecurite'],
      keyDates: [],
      sources: [],
      draft: false,
      ...overrides,
    },
  };
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
