import { describe, expect, it } from 'vitest';
import { groupByMonth, groupByYear } from '../../src/domain/group.ts';
import { monthAnchor } from '../../src/domain/archive-anchors.ts';
import { article, day } from './articles-fixture.ts';

const sorted = [
  article('a', { published: day('2025-06-28') }),
  article('b', { published: day('2025-06-19') }),
  article('c', { published: day('2025-05-22') }),
  article('d', { published: day('2025-01-15') }),
  article('e', { published: day('2024-11-19') }),
];

describe('groupByYear / groupByMonth', () => {
  it('groups by year, newest first, keeping order', () => {
    expect(groupByYear(sorted).map((g) => [g.year, g.articles.map((a) => a.id)])).toEqual([
      [2025, ['a', 'b', 'c', 'd']],
      [2024, ['e']],
    ]);
  });
  it('groups by month across years', () => {
    expect(groupByMonth(sorted).map((g) => `${g.year}-${g.month}:${g.articles.length}`)).toEqual(['2025-6:2', '2025-5:1', '2025-1:1', '2024-11:1']);
  });
  it('handles an empty list', () => {
    expect(groupByYear([])).toEqual([]);
    expect(groupByMonth([])).toEqual([]);
  });
  it('uses UTC, not the local time zone, for the month', () => {
    expect(groupByMonth([article('x', { published: day('2025-07-01') })])[0]!.month).toBe(7);
  });
  it('month anchors are zero-padded', () => {
    expect(monthAnchor(2025, 6)).toBe('mois-2025-06');
  });
});
