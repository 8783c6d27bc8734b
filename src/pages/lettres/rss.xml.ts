import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../../config.ts';
import { letterModel, siteLetters } from '../../data/letters.ts';
import { FEED_NAMESPACES } from '../../domain/feed-items.ts';
import { absoluteUrl, paths, withBase } from '../../domain/urls.ts';
import { letterFeedHtml } from '../../letter/letter-email.ts';
import { issueName } from '../../domain/letter.ts';

/**
 * The feed of the letter's issues, each item holding the whole issue: what mailing tools'
 * RSS-to-e-mail campaigns send. An issue's date is its newest article's publication.
 */
export const GET: APIRoute = async (context) => {
  const site = context.site!;
  const base = import.meta.env.BASE_URL;
  const { issues, settings } = await siteLetters();
  const latest = issues.slice(0, SITE.feedItems);
  const items = await Promise.all(
    latest.map(async (issue) => {
      const model = await letterModel(issue, site);
      return {
        title: issueName(issue),
        link: model.url,
        pubDate: issue.articles[0]!.data.published,
        description: `${issue.articles.length} article${issue.articles.length > 1 ? 's' : ''} : ${issue.articles.map((a) => a.data.title).join(' ; ')}`,
        content: letterFeedHtml(model),
      };
    }),
  );
  return rss({
    title: `${SITE.name} — lettres de veille`,
    description: `La lettre de veille de ${SITE.name}, ${settings.period === 'week' ? 'chaque semaine' : 'chaque mois'} : les articles publiés et les prochaines échéances.`,
    site: absoluteUrl(site, base, paths.letters()),
    items,
    customData: `<language>fr-fr</language>${latest[0] ? `<lastBuildDate>${latest[0].articles[0]!.data.published.toUTCString()}</lastBuildDate>` : ''}<atom:link href="${absoluteUrl(site, base, paths.lettersFeed())}" rel="self" type="application/rss+xml"/>`,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', ...FEED_NAMESPACES },
    stylesheet: withBase(base, paths.feedStylesheet()),
  });
};
