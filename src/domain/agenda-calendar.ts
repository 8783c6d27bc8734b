/** Agenda entries as iCalendar events: days, whole months, and year-precision dates on the day they stand for. */
import type { Article } from './article.ts';
import { agendaEntryId, type AgendaEntry } from './agenda.ts';
import { nextDay, type CalendarEvent } from './icalendar.ts';
import { foldWord } from './fold-word.ts';
import { formatDateFr, parseIsoDay } from './french-date.ts';
import { formatPartialDateFr } from './partial-date.ts';

export interface EventContext<A extends Article> {
  /** Absolute URL of the article. */
  url: (article: A) => string;
  kindLabel: (kind: string) => string;
  /** Domain for UIDs ("veille.example.org"). */
  domain: string;
}

/**
 * The event's title: "Kind : label", unless the label already says the kind ("Présentation du
 * programme…" under "Présentation", "Entrée en application de…" under "Entrée en application").
 */
export function eventTitle(kindLabel: string, label: string): string {
  const folded = (text: string) => foldWord(text.trim());
  if (/\s/.test(kindLabel.trim())) return folded(label).startsWith(folded(kindLabel)) ? label : `${kindLabel} : ${label}`;
  // A one-word kind: the label's first word has its stem ("présentation" / "présenté", "évaluer").
  const [kind, word] = [folded(kindLabel), folded(label).split(/[\s’'-]+/u)[0] ?? ''];
  let common = 0;
  while (common < kind.length && kind[common] === word[common]) common++;
  return common >= Math.min(5, kind.length) ? label : `${kindLabel} : ${label}`;
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
  // An approximate date says so, and where the calendar puts it: the text gave less than a day.
  const written = keyDate.precision !== 'day' ? formatPartialDateFr(keyDate) : undefined;
  const placed = end === nextDay(start) ? `placée au ${formatDateFr(parseIsoDay(start)!)}` : 'sur tout le mois';
  const approximate = written ? ` (${written})` : '';
  const url = context.url(article);
  return {
    uid: `${agendaEntryId(entry)}@${context.domain}`,
    start,
    end,
    stamp: article.data.updated ?? article.data.published,
    summary: `${eventTitle(context.kindLabel(keyDate.kind), keyDate.label)}${approximate}`,
    description: `${written ? `Date approximative : « ${written} » selon le texte, ${placed} dans ce calendrier.\n` : ''}${article.data.title}\n${url}`,
    url,
  };
}
