import { describe, expect, it } from 'vitest';
import { pageLinks, pageSegment, paginate } from '../../src/domain/paginate.ts';

describe('paginate', () => {
  it('makes pages of 20 with stable segments', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((p) => [p.number, p.items.length, p.segment])).toEqual([
      [1, 20, ''],
      [2, 20, '2/'],
      [3, 5, '3/'],
    ]);
    expect(pages.every((p) => p.count === 3)).toBe(true);
  });
  it('keeps a single page for an exact multiple and for an empty list', () => {
    expect(paginate(Array.from({ length: 20 }, (_, i) => i))).toHaveLength(1);
    expect(paginate([])).toMatchObject([{ number: 1, count: 1, items: [] }]);
  });
  it('rejects a bad page size', () => {
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });
  it('pageSegment', () => {
    expect(pageSegment(1)).toBe('');
    expect(pageSegment(12)).toBe('12/');
  });
  it('pageLinks shows first, last and a window with gaps', () => {
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(8, 40)).toEqual([1, null, 6, 7, 8, 9, 10, null, 40]);
    expect(pageLinks(1, 40)).toEqual([1, 2, 3, null, 40]);
  });
});
