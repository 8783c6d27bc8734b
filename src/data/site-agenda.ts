/**
 * The agenda as pages and calendars see it: key dates of published articles, split at the build
 * date. `VIGIE_TODAY` (YYYY-MM-DD) fixes that date for reproducible builds and tests.
 */
import { agendaEntries, splitAgenda, type AgendaEntry } from '../domain/agenda.ts';
import { buildDay } from '../domain/build-day.ts';
import type { ArticleEntry } from './articles.ts';

export function agendaOf(articles: readonly ArticleEntry[]): { upcoming: AgendaEntry<ArticleEntry>[]; past: AgendaEntry<ArticleEntry>[]; today: string } {
  const today = buildDay();
  return { ...splitAgenda(agendaEntries(articles), today), today };
}
