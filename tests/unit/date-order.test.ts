import { describe, expect, it } from 'vitest';
import { dateOrder, parseDateOrder, serializeDateOrder, sortByDateRank, type IndexedPage } from '../../src/lib/date-order.ts';

const page = (id: string, date: string, title = id, url = `/articles/${id}/`): IndexedPage => ({ id, url, date, title });

describe('dateOrder', () => {
  it('puts the newest first, then orders a day by title (French collation), then URL', () => {
    const pages = [
      page('a', '2024-11-19'),
      page('b', '2025-05-22', 'Écrans'),
      page('c', '2025-05-22', 'Délai'),
      page('d', '2025-06-01'),
      page('e', '2025-05-22', 'Délai', '/articles/autre/'),
    ];
    expect(dateOrder(pages)).toEqual(['d', 'e', 'c', 'b', 'a']);
  });
});

describe('the date order file', () => {
  it('round-trips to ranks', () => {
    const ranks = parseDateOrder(JSON.parse(serializeDateOrder(['fr_1', 'fr_2', 'fr_3'])));
    expect([...ranks]).toEqual([['fr_1', 0], ['fr_2', 1], ['fr_3', 2]]);
  });

  it.each([[null], [{}], [{ format: 'other/1', ids: [] }], [{ format: 'vigie-date-order/1', ids: [1] }]])('rejects %j with the expected shape', (json) => {
    expect(() => parseDateOrder(json)).toThrow(/vigie-date-order\.json: expected \{"format":"vigie-date-order\/1","ids"/);
  });
});

describe('sortByDateRank', () => {
  it('orders by rank and keeps unranked items last in their order', () => {
    const ranks = new Map([['x', 2], ['y', 0], ['z', 1]]);
    const items = ['u', 'x', 'v', 'y', 'z'].map((id) => ({ id }));
    expect(sortByDateRank(items, ranks).map((item) => item.id)).toEqual(['y', 'z', 'x', 'u', 'v']);
    expect(items.map((item) => item.id)).toEqual(['u', 'x', 'v', 'y', 'z']);
  });
});
