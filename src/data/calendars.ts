/** iCalendar feeds of the agenda: the whole site and one per topic. */
import type { APIContext } from 'astro';
import { KEY_DATE_KINDS, type KeyDateKind } from '../domain/article.ts';
import { agendaEvent } from '../domain/agenda-calendar.ts';
import { agendaEntries } from '../domain/agenda.ts';
import { buildCalendar } from '../domain/icalendar.ts';
import { absoluteUrl, paths, siteOrigin } from '../domain/urls.ts';
import { SITE } from '../config.ts';
import type { ArticleEntry } from './articles.ts';

export function calendarResponse(context: APIContext, name: string, articles: readonly ArticleEntry[]): Response {
  const site = siteOrigin(context.site);
  const base = import.meta.env.BASE_URL;
  const entries = agendaEntries(articles).sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.article.id.localeCompare(b.article.id));
  const body = buildCalendar({
    name,
    description: `${SITE.name} : échéances et dates clés des textes et décisions suivis.`,
    events: entries.map((entry) =>
      agendaEvent(entry, {
        url: (article) => absoluteUrl(site, base, paths.article(article.id)),
        kindLabel: (kind) => KEY_DATE_KINDS[kind as KeyDateKind] ?? kind,
        domain: site.hostname,
      }),
    ),
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
