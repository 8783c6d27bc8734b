/**
 * La lettre de veille: one issue per period (week or month) holding published articles, numbered
 * by the calendar. An issue's number counts periods from the letter's first period (`since`),
 * empty periods included: adding or removing an article never renumbers another issue, and a
 * period without article has no issue (its number is skipped). Pure: pages, e-mails and the feed
 * of issues read it.
 */
import type { Article } from './article.ts';
import { FRENCH_MONTHS, formatDateFr, formatMonthHeadingFr, isoDate, parseIsoDay } from './french-date.ts';
import { partialDateSortKey } from './partial-date.ts';

export type LetterPeriod = 'week' | 'month';

export interface LetterIssue<A extends Article = Article> {
  /** "2025-06" (month) or "2025-w25" (ISO week): the issue's URL segment. */
  key: string;
  /** Periods since the letter's first, counted from 1. */
  number: number;
  /** First and last day of the period, YYYY-MM-DD. */
  start: string;
  end: string;
  /** "Juin 2025", "Semaine du 16 au 22 juin 2025". */
  title: string;
  /** The period's published articles, in the order given (newest first). */
  articles: A[];
}

const DAY = 86_400_000;

/** Monday of the ISO week holding `day` (UTC). */
function mondayOf(day: Date): Date {
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

/** ISO week-numbering year and week of `day`. */
function isoWeek(day: Date): { year: number; week: number } {
  const thursday = new Date(mondayOf(day).getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round((mondayOf(thursday).getTime() - mondayOf(firstThursday).getTime()) / (7 * DAY));
  return { year, week };
}

/** The key of the period holding `day`: "2025-06", or "2025-w25" (ISO week). */
export function periodKey(day: Date, period: LetterPeriod): string {
  if (period === 'month') return isoDate(day).slice(0, 7);
  const { year, week } = isoWeek(day);
  return `${year}-w${String(week).padStart(2, '0')}`;
}

/** First and last day of a period, from its key; undefined for a key of another form or impossible. */
export function periodBounds(key: string, period: LetterPeriod): { start: Date; end: Date } | undefined {
  if (period === 'month') {
    const match = /^(\d{4})-(\d{2})$/.exec(key);
    const start = match ? parseIsoDay(`${key}-01`) : undefined;
    if (!start) return undefined;
    return { start, end: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)) };
  }
  const match = /^(\d{4})-w(\d{2})$/.exec(key);
  if (!match) return undefined;
  const [year, week] = [Number(match[1]), Number(match[2])];
  const start = new Date(mondayOf(new Date(Date.UTC(year, 0, 4))).getTime() + (week - 1) * 7 * DAY);
  if (week < 1 || periodKey(start, 'week') !== key) return undefined;
  return { start, end: new Date(start.getTime() + 6 * DAY) };
}

/** "Lettre n° 8 — Juin 2025", with French typography's no-break space after "n°". */
export function issueName(issue: Pick<LetterIssue, 'number' | 'title'>): string {
  return `Lettre n°\u00a0${issue.number} — ${issue.title}`;
}

/** The bounds of the letter's first period; an error names a `since` of the wrong form. */
function firstPeriod(since: string, period: LetterPeriod): { start: Date; end: Date } {
  const first = periodBounds(since, period);
  if (!first)
    throw new Error(
      `letter.since "${since}" is not a ${period === 'month' ? 'month (YYYY-MM)' : 'ISO week (YYYY-wWW)'}; set it in content/lettres/lettre.json.`,
    );
  return first;
}

/** Periods from `since`'s to `key`'s, counted from 1. */
export function issueNumber(key: string, since: string, period: LetterPeriod): number {
  const first = firstPeriod(since, period);
  const current = periodBounds(key, period);
  if (!current) throw new Error(`"${key}" is not a period key.`);
  if (period === 'month')
    return (current.start.getUTCFullYear() - first.start.getUTCFullYear()) * 12 + current.start.getUTCMonth() - first.start.getUTCMonth() + 1;
  return Math.round((current.start.getTime() - first.start.getTime()) / (7 * DAY)) + 1;
}

/** "Juin 2025"; "Semaine du 16 au 22 juin 2025", "Semaine du 30 juin au 6 juillet 2025". */
export function periodTitle(start: Date, end: Date, period: LetterPeriod): string {
  if (period === 'month') return formatMonthHeadingFr(start.getUTCFullYear(), start.getUTCMonth() + 1);
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  const from = sameMonth
    ? formatDateFr(start).split(' ')[0]
    : sameYear
      ? `${formatDateFr(start).split(' ')[0]} ${FRENCH_MONTHS[start.getUTCMonth()]}`
      : formatDateFr(start);
  return `Semaine du ${from} au ${formatDateFr(end)}`;
}

/**
 * The issues of the letter, newest first: one per period from `since` on holding at least one of
 * `articles` (published ones, newest first: the publishing gate has run). Articles before `since`
 * belong to no issue.
 */
export function letterIssues<A extends Article>(articles: readonly A[], period: LetterPeriod, since: string): LetterIssue<A>[] {
  const first = firstPeriod(since, period);
  const byKey = new Map<string, A[]>();
  for (const article of articles) {
    if (article.data.published < first.start) continue;
    const key = periodKey(article.data.published, period);
    const list = byKey.get(key);
    if (list) list.push(article);
    else byKey.set(key, [article]);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, list]) => {
      const { start, end } = periodBounds(key, period)!;
      return { key, number: issueNumber(key, since, period), start: isoDate(start), end: isoDate(end), title: periodTitle(start, end, period), articles: list };
    });
}

export interface TopicGroup<A extends Article = Article> {
  topic: string;
  articles: A[];
}

/**
 * An issue's articles by their main topic (the first they list), topics in `topicOrder` (the
 * taxonomy's), articles in the issue's order. Articles without topic come last, under "".
 */
export function groupByMainTopic<A extends Article>(articles: readonly A[], topicOrder: readonly string[]): TopicGroup<A>[] {
  const groups = new Map<string, A[]>();
  for (const article of articles) {
    const topic = article.data.topics[0] ?? '';
    const list = groups.get(topic);
    if (list) list.push(article);
    else groups.set(topic, [article]);
  }
  const rank = (topic: string) => (topic === '' ? Number.MAX_SAFE_INTEGER : topicOrder.indexOf(topic) < 0 ? topicOrder.length : topicOrder.indexOf(topic));
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([topic, list]) => ({ topic, articles: list }));
}

/** Weeks of deadlines an issue announces after its period. */
export const DEADLINE_WEEKS = 8;

export interface IssueDeadline<A extends Article = Article> {
  article: A;
  keyDate: A['data']['keyDates'][number];
  /** YYYY-MM-DD the date stands for (partial dates: the day they stand for). */
  sortKey: string;
}

/**
 * The key dates of every published article that fall in the `weeks` after the issue's period
 * (the day after its end included), soonest first: the deadlines its readers must know.
 */
export function issueDeadlines<A extends Article>(articles: readonly A[], issueEnd: string, weeks = DEADLINE_WEEKS): IssueDeadline<A>[] {
  const end = parseIsoDay(issueEnd);
  if (!end) throw new Error(`"${issueEnd}" is not a day (YYYY-MM-DD).`);
  const until = isoDate(new Date(end.getTime() + weeks * 7 * DAY));
  return articles
    .flatMap((article) => article.data.keyDates.map((keyDate) => ({ article, keyDate, sortKey: partialDateSortKey(keyDate) })))
    .filter(({ sortKey }) => sortKey > issueEnd && sortKey <= until)
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey));
}
