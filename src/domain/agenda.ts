/**
 * The agenda: every key date of every published article, upcoming first (soonest first), then
 * past (most recent first), grouped by month; partial dates group by year and sort by the day
 * they stand for ("fin 2025" at 31 December, "début 2026" at 1 January).
 */
import type { Article, KeyDate } from './article.ts';
import { formatMonthHeadingFr } from './french-date.ts';
import { partialDateSortKey } from './partial-date.ts';

export interface AgendaEntry<A extends Article = Article> {
  article: A;
  keyDate: KeyDate;
  /** `YYYY-MM-DD` the date stands for. */
  sortKey: string;
}

export interface AgendaGroup<A extends Article = Article> {
  /** `YYYY-MM`, or `YYYY` for dates known to the year only. */
  key: string;
  heading: string;
  entries: AgendaEntry<A>[];
}

/** One pass over the articles; order within a day: by article order, then key date order. */
export function agendaEntries<A extends Article>(articles: readonly A[]): AgendaEntry<A>[] {
  return articles.flatMap((article) => article.data.keyDates.map((keyDate) => ({ article, keyDate, sortKey: partialDateSortKey(keyDate) })));
}

/** Splits at `today` (YYYY-MM-DD): a date on `today` is upcoming. */
export function splitAgenda<A extends Article>(entries: readonly AgendaEntry<A>[], today: string): { upcoming: AgendaEntry<A>[]; past: AgendaEntry<A>[] } {
  const byKey = (a: AgendaEntry<A>, b: AgendaEntry<A>) => a.sortKey.localeCompare(b.sortKey);
  return {
    upcoming: entries.filter((e) => e.sortKey >= today).sort(byKey),
    past: entries.filter((e) => e.sortKey < today).sort((a, b) => byKey(b, a)),
  };
}

/**
 * Entries of one month, or of one year for year-precision dates, form a group, placed where its
 * first entry comes: a year's "début 2026" and "mi-2026" share one "2026" heading even when
 * months of 2026 sort between them.
 */
export function groupAgenda<A extends Article>(entries: readonly AgendaEntry<A>[]): AgendaGroup<A>[] {
  const groups = new Map<string, AgendaGroup<A>>();
  for (const entry of entries) {
    const key = entry.keyDate.precision === 'year' ? entry.sortKey.slice(0, 4) : entry.sortKey.slice(0, 7);
    const group = groups.get(key);
    if (group) group.entries.push(entry);
    else groups.set(key, { key, heading: key.length === 4 ? key : formatMonthHeadingFr(Number(key.slice(0, 4)), Number(key.slice(5, 7))), entries: [entry] });
  }
  return [...groups.values()];
}

/** Stable short hash (FNV-1a, 32 bits) for identifiers that must not change between builds. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Identifier of a key date, stable as long as the article, kind, date and label are (the iCalendar UID). */
export function agendaEntryId(entry: AgendaEntry): string {
  return `${entry.article.id}-${stableHash(`${entry.keyDate.kind}|${entry.keyDate.date}|${entry.keyDate.label}`)}`;
}

/**
 * The key date's anchor on /agenda/: its identifier after a letter, since an article's slug may
 * begin with a digit (the importer names drafts "2025-06-11-…") and an id should not.
 */
export function agendaAnchorId(entry: AgendaEntry): string {
  return `date-${agendaEntryId(entry)}`;
}
