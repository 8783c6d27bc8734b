import { describe, expect, it } from 'vitest';
import { formatDateFr, formatMonthFr, formatMonthHeadingFr, isoDate, parseIsoDay } from '../../src/domain/french-date.ts';

const day = (text: string) => parseIsoDay(text)!;

describe('formatDateFr', () => {
  it('writes the first of the month as an ordinal', () => {
    expect(formatDateFr(day('2025-06-01'))).toBe('1er juin 2025');
    expect(formatDateFr(day('2026-01-01'))).toBe('1er janvier 2026');
  });
  it('writes other days as cardinals with French month names', () => {
    expect(formatDateFr(day('2025-05-22'))).toBe('22 mai 2025');
    expect(formatDateFr(day('2024-11-19'))).toBe('19 novembre 2024');
    expect(formatDateFr(day('2025-08-02'))).toBe('2 août 2025');
    expect(formatDateFr(day('2025-02-11'))).toBe('11 février 2025');
    expect(formatDateFr(day('2025-12-31'))).toBe('31 décembre 2025');
  });
  it('does not shift with the time zone (dates are UTC days)', () => {
    expect(formatDateFr(new Date(Date.UTC(2025, 0, 15)))).toBe('15 janvier 2025');
  });
});

describe('parseIsoDay', () => {
  it('accepts real days', () => {
    expect(isoDate(day('2024-02-29'))).toBe('2024-02-29');
  });
  it.each(['2025-02-30', '2025-13-01', '2025-00-10', '2023-02-29', '2025-6-1', '19/06/2025', '', '2025-06-19T10:00'])('rejects %j', (text) => {
    expect(parseIsoDay(text)).toBeUndefined();
  });
});

describe('months', () => {
  it('formats months', () => {
    expect(formatMonthFr(2025, 6)).toBe('juin 2025');
    expect(formatMonthHeadingFr(2025, 8)).toBe('Août 2025');
  });
});
