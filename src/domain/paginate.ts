/** Splits a list into numbered pages with stable URLs: page 1 at the listing's root, then `2/`, `3/`… */

export const PAGE_SIZE = 20;

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** Total number of pages (at least 1, so an empty listing still has its page). */
  count: number;
  items: T[];
  /** Path segment appended to the listing's root: '' for page 1, '2/' for page 2. */
  segment: string;
}

export function paginate<T>(items: readonly T[], pageSize: number = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`paginate: page size must be a positive integer, got ${pageSize}.`);
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    segment: pageSegment(index + 1),
  }));
}

/** '' for page 1, 'N/' otherwise. */
export function pageSegment(number: number): string {
  return number === 1 ? '' : `${number}/`;
}

/**
 * Page numbers to show in a pagination bar: first, last and a window around the current page,
 * with `null` for each gap ("1 … 7 8 9 … 40"), so huge listings keep a short bar.
 */
export function pageLinks(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= around) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
