import { describe, expect, it } from 'vitest';
import { formatPartialDateFr, inDateOrder, partialDateProblem, partialDateSortKey, type PartialDate } from '../../src/domain/partial-date.ts';

describe('formatPartialDateFr', () => {
  it.each<[PartialDate, string]>([
    [{ date: '2025-06-28', precision: 'day' }, '28 juin 2025'],
    [{ date: '2025-06-01', precision: 'day' }, '1er juin 2025'],
    [{ date: '2025-06', precision: 'month' }, 'juin 2025'],
    [{ date: '2026', precision: 'year' }, '2026'],
    [{ date: '2025', precision: 'year', qualifier: 'fin' }, 'fin 2025'],
    [{ date: '2026', precision: 'year', qualifier: 'd-ici' }, 'd’ici 2026'],
    [{ date: '2026', precision: 'year', qualifier: 'mi' }, 'mi-2026'],
    [{ date: '2026-03', precision: 'month', qualifier: 'debut' }, 'début mars 2026'],
  ])('%j → %s', (value, expected) => {
    expect(formatPartialDateFr(value)).toBe(expected);
  });
});

describe('partialDateProblem', () => {
  it('accepts dates matching their precision', () => {
    expect(partialDateProblem({ date: '2025-06-28', precision: 'day' })).toBeUndefined();
    expect(partialDateProblem({ date: '2025-12', precision: 'month' })).toBeUndefined();
    expect(partialDateProblem({ date: '2026', precision: 'year' })).toBeUndefined();
  });
  it('explains a shape that does not match the precision', () => {
    expect(partialDateProblem({ date: '2025', precision: 'day' })).toMatch(/expected YYYY-MM-DD/);
    expect(partialDateProblem({ date: '2025-06-28', precision: 'year' })).toMatch(/expected YYYY\./);
    expect(partialDateProblem({ date: '2025-13', precision: 'month' })).toMatch(/expected YYYY-MM/);
  });
  it('rejects impossible days', () => {
    expect(partialDateProblem({ date: '2025-02-30', precision: 'day' })).toMatch(/not a real calendar day/);
  });
});

describe('partialDateSortKey', () => {
  it('sorts deadlines by the end of their period and "début" by its start', () => {
    expect(partialDateSortKey({ date: '2025', precision: 'year', qualifier: 'fin' })).toBe('2025-12-31');
    expect(partialDateSortKey({ date: '2026', precision: 'year', qualifier: 'd-ici' })).toBe('2026-12-31');
    expect(partialDateSortKey({ date: '2026', precision: 'year', qualifier: 'debut' })).toBe('2026-01-01');
    expect(partialDateSortKey({ date: '2025-02', precision: 'month' })).toBe('2025-02-28');
    expect(partialDateSortKey({ date: '2024-02', precision: 'month' })).toBe('2024-02-29');
    expect(partialDateSortKey({ date: '2025-06-28', precision: 'day' })).toBe('2025-06-28');
  });
  it('sorts "avant" by the day before its period', () => {
    expect(partialDateSortKey({ date: '2025-12', precision: 'month', qualifier: 'avant' })).toBe('2025-11-30');
    expect(partialDateSortKey({ date: '2027', precision: 'year', qualifier: 'avant' })).toBe('2026-12-31');
    expect(partialDateSortKey({ date: '2025-03', precision: 'month', qualifier: 'avant' })).toBe('2025-02-28');
  });
  it('puts "fin 2025" after a day in December 2025 is not assumed: it sorts at the year end', () => {
    const keys = [
      { date: '2025', precision: 'year', qualifier: 'fin' },
      { date: '2025-06-28', precision: 'day' },
      { date: '2025-01', precision: 'month' },
    ]
      .map((value) => partialDateSortKey(value as PartialDate))
      .sort();
    expect(keys).toEqual(['2025-01-31', '2025-06-28', '2025-12-31']);
  });
});

describe('inDateOrder', () => {
  it('orders partial dates at the day they stand for, without touching its input', () => {
    const dates = [
      { date: '2025', precision: 'year' as const, qualifier: 'fin' as const },
      { date: '2025-06', precision: 'month' as const },
      { date: '2025-06-28', precision: 'day' as const },
      { date: '2025', precision: 'year' as const, qualifier: 'debut' as const },
    ];
    expect(inDateOrder(dates).map((d) => `${d.qualifier ?? ''}${d.date}`)).toEqual(['debut2025', '2025-06-28', '2025-06', 'fin2025']);
    expect(dates[0]!.qualifier).toBe('fin');
  });
});
