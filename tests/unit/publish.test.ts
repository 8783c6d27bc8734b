import { describe, expect, it } from 'vitest';
import { isPublished, isScheduled, publishedArticles } from '../../src/domain/publish.ts';
import { compareNewestFirst } from '../../src/domain/sort.ts';
import { article, day } from './articles-fixture.ts';

describe('publishedArticles', () => {
  const items = [
    article('old', { published: day('2024-01-10') }),
    article('draft', { published: day('2025-09-01'), draft: true }),
    article('new', { published: day('2025-06-01') }),
    article('same-day-b', { published: day('2025-03-01'), title: 'Beta' }),
    article('same-day-a', { published: day('2025-03-01'), title: 'Alpha' }),
  ];

  it('drops drafts and sorts newest first, ties by title', () => {
    expect(publishedArticles(items).map((a) => a.id)).toEqual(['new', 'same-day-a', 'same-day-b', 'old']);
  });
  it('keeps drafts only when asked (dev server)', () => {
    expect(publishedArticles(items, { includeDrafts: true }).map((a) => a.id)[0]).toBe('draft');
  });
  it('does not mutate its input', () => {
    const before = items.map((a) => a.id);
    publishedArticles(items);
    expect(items.map((a) => a.id)).toEqual(before);
  });
  it('holds back an article published after the build day, until that day', () => {
    expect(publishedArticles(items, { today: '2025-05-31' }).map((a) => a.id)).toEqual(['same-day-a', 'same-day-b', 'old']);
    expect(publishedArticles(items, { today: '2025-06-01' }).map((a) => a.id)).toEqual(['new', 'same-day-a', 'same-day-b', 'old']);
    expect(isScheduled(items[2]!, '2025-05-31')).toBe(true);
    expect(isScheduled(items[2]!, undefined)).toBe(false);
    // The dev server shows it, as it shows drafts.
    expect(publishedArticles(items, { today: '2025-05-31', includeDrafts: true }).map((a) => a.id)).toContain('new');
  });
  it('isPublished is false for drafts', () => {
    expect(isPublished(items[1]!)).toBe(false);
    expect(isPublished(items[0]!)).toBe(true);
  });
  it('breaks complete ties by slug, so the order is stable', () => {
    const a = article('a', { title: 'Même titre' });
    const b = article('b', { title: 'Même titre' });
    expect([b, a].sort(compareNewestFirst).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
