import { describe, expect, it } from 'vitest';
import { buildRelatedIndex } from '../../src/domain/related.ts';
import { publishedArticles } from '../../src/domain/publish.ts';
import { article, day } from './articles-fixture.ts';

describe('buildRelatedIndex', () => {
  const items = publishedArticles([
    article('cyber-sante', { topics: ['cybersecurite', 'sante-numerique'], jurisdiction: 'ue', published: day('2025-01-15') }),
    article('cyber-seul', { topics: ['cybersecurite'], jurisdiction: 'france', published: day('2025-02-01') }),
    article('sante-cyber-ue', { topics: ['sante-numerique', 'cybersecurite'], jurisdiction: 'ue', published: day('2024-06-01') }),
    article('ia', { topics: ['intelligence-artificielle'], published: day('2025-03-01') }),
  ]);
  const related = buildRelatedIndex(items);

  it('ranks by shared topics, then jurisdiction', () => {
    expect(related(items.find((a) => a.id === 'cyber-sante')!).map((a) => a.id)).toEqual(['sante-cyber-ue', 'cyber-seul']);
  });
  it('never lists the article itself or unrelated articles', () => {
    expect(related(items.find((a) => a.id === 'ia')!)).toEqual([]);
  });
  it('respects the limit', () => {
    expect(buildRelatedIndex(items, { limit: 1 })(items.find((a) => a.id === 'cyber-sante')!)).toHaveLength(1);
  });
  it('only looks at a bounded window per topic, so cost stays linear', () => {
    const many = publishedArticles(
      Array.from({ length: 2000 }, (_, i) => article(`a${i}`, { topics: ['cybersecurite'], published: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000) })),
    );
    const index = buildRelatedIndex(many, { window: 3, limit: 10 });
    const middle = many[1000]!;
    expect(middle.id).toBe('a999');
    // Only the 3 neighbours on each side in date order are candidates.
    expect(new Set(index(middle).map((a) => a.id))).toEqual(new Set(['a996', 'a997', 'a998', 'a1000', 'a1001', 'a1002']));
  });
});
