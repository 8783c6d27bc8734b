/** Agenda entries as iCalendar events: days, whole months, and year-precision dates on the day they stand for. */
import type { Article } from './article.ts';
import { agendaEntryId, type AgendaEntry } from './agenda.ts';
import { nextDay, type CalendarEvent } from './icalendar.ts';
import { formatPartialDateFr } from './partial-date.ts';

export interface EventContext<A extends Article> {
  /** Absolute URL of the article. */
  url: (article: A) => string;
  kindLabel: (kind: string) => string;
  /** Domain for UIDs ("veille.example.org"). */
  domain: string;
}

export function agendaEvent<A extends Article>(entry: AgendaEntry<A>, context: EventContext<A>): CalendarEvent {
  const { keyDate, article } = entry;
  let start = entry.sortKey;
  let end = nextDay(start);
  if (keyDate.precision === 'month' && !keyDate.qualifier) {
    start = `${keyDate.date}-01`;
    const [year, month] = keyDate.date.split('-').map(Number) as [number, number];
    end = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  }
  const approximate = keyDate.precision !== 'day' ? ` (${formatPartialDateFr(keyDate)})` : '';
  const url = context.url(article);
  return {
    uid: `${agendaEntryId(entry)}@${context.domain}`,
    start,
    end,
    stamp: article.data.updated ?? article.data.published,
    summary: `${context.kindLabel(keyDate.kind)} : ${keyDate.label}${approximate}`,
    description: `${article.data.title}\n${url}`,
    url,
  };
}
