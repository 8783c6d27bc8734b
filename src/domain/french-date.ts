/**
 * French date formatting. Calendar dates are handled in UTC throughout: frontmatter dates are
 * days, not instants, and must not shift with the build machine's time zone.
 */

export const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/** "2025-06-01" for `<time datetime>`, feeds and sort keys. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1er juin 2025", "22 mai 2025" (French uses the ordinal only for the first day). */
export function formatDateFr(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : day} ${FRENCH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "juin 2025". */
export function formatMonthFr(year: number, month: number): string {
  return `${FRENCH_MONTHS[month - 1]} ${year}`;
}

/** "Juin 2025", for headings. */
export function formatMonthHeadingFr(year: number, month: number): string {
  const text = formatMonthFr(year, month);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Checks a `YYYY-MM-DD` string names a real calendar day (rejects 2025-02-30, 2025-13-01) and
 * returns it as a UTC Date; undefined when malformed or impossible.
 */
export function parseIsoDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
}
