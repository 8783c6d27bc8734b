/**
 * The agenda as pages and calendars see it: key dates of published articles, split at the build
 * date. `VIGIE_TODAY` (YYYY-MM-DD) fixes that date for reproducible builds and tests.
 */
import { agendaEntries, splitAgenda, type AgendaEntry } from '../lib/agenda.ts';
import { isoDate, parseIsoDay } from '../lib/french-date.ts';
import type { ArticleEntry } from './articles.ts';

export function buildDay(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.VIGIE_TODAY?.trim();
  if (fixed) {
    if (!parseIsoDay(fixed)) throw new Error(`VIGIE_TODAY is "${fixed}"; expected a date written YYYY-MM-DD.`);
    return fixed;
  }
  return isoDate(new Date());
}

export function agendaOf(articles: readonly ArticleEntry[]): { upcoming: AgendaEntry<ArticleEntry>[]; past: AgendaEntry<ArticleEntry>[]; today: string } {
  const today = buildDay();
  return { ...splitAgenda(agendaEntries(articles), today), today };
}
