/**
 * RSS feeds (@astrojs/rss): the main feed and one per taxonomy entry in use, each holding the
 * latest `SITE.feedItems` articles with their full content.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../config.ts';
import { KEY_DATE_KINDS, type KeyDateKind } from '../domain/article.ts';
import { articleDecisionCitation } from '../domain/citation.ts';
import { escapeXml, FEED_NAMESPACES, feedItems, lastChange } from '../domain/feed-items.ts';
import { formatPartialDateFr, inDateOrder } from '../domain/partial-date.ts';
import type { TaxonomyEntry, TaxonomyKind } from '../domain/taxonomy-entry.ts';
import { taxonomyEntry } from '../domain/taxonomy-entry.ts';
import { absoluteUrl, paths, siteOrigin, TAXONOMY_SECTIONS, withBase } from '../domain/urls.ts';
import { authorsOf, siteContent, type ArticleEntry } from './articles.ts';
import { entryHtml } from './entry-html.ts';

/** Rendered bodies, shared by every feed an article appears in. */
const bodies = new Map<string, Promise<string>>();

function articleHtml(article: ArticleEntry): Promise<string> {
  let html = bodies.get(article.id);
  if (!html) {
    html = entryHtml(article);
    bodies.set(article.id, html);
  }
  return html;
}

export interface FeedOptions {
  title: string;
  description: string;
  articles: ArticleEntry[];
  context: APIContext;
  /** The page the feed belongs to (the channel's link); the home page by default. */
  page?: string;
}

/** What a watcher reads before the body: the decision's citation and the key dates, as HTML. */
function legalHeader(article: ArticleEntry, taxonomy: Awaited<ReturnType<typeof siteContent>>['taxonomy']): string {
  const { decision, keyDates } = article.data;
  const citation = articleDecisionCitation(decision, taxonomy.authorities);
  const dates = inDateOrder(keyDates).map(
    (d) => `<li>${escapeXml(formatPartialDateFr(d))} — ${escapeXml(KEY_DATE_KINDS[d.kind as KeyDateKind])} : ${escapeXml(d.label)}</li>`,
  );
  return [
    citation ? `<p><strong>Référence :</strong> ${escapeXml(citation)}${decision?.ecli ? ` — ${escapeXml(decision.ecli)}` : ''}</p>` : '',
    dates.length ? `<p><strong>Dates clés :</strong></p><ul>${dates.join('')}</ul>` : '',
  ].join('');
}

export async function buildFeed({ title, description, articles, context, page = paths.home() }: FeedOptions): Promise<Response> {
  const site = siteOrigin(context.site);
  const base = import.meta.env.BASE_URL;
  const { taxonomy, authors } = await siteContent();
  const items = await feedItems(articles, {
    limit: SITE.feedItems,
    link: (article) => absoluteUrl(site, base, paths.article(article.id)),
    categories: (article) => {
      const domain = (kind: TaxonomyKind) => absoluteUrl(site, base, paths.section(kind));
      const { topics, type, authority, jurisdiction } = article.data;
      return [
        ...topics.map((topic) => ({ label: taxonomyEntry(taxonomy.topics, topic).label, domain: domain('topics') })),
        { label: taxonomyEntry(taxonomy.types, type).label, domain: domain('types') },
        ...(authority ? [{ label: taxonomyEntry(taxonomy.authorities, authority).label, domain: domain('authorities') }] : []),
        { label: taxonomyEntry(taxonomy.jurisdictions, jurisdiction).label, domain: domain('jurisdictions') },
      ];
    },
    creators: (article) => authorsOf(article, authors).map((author) => author.data.name),
    header: (article) => legalHeader(article, taxonomy),
    content: articleHtml,
    origin: site.origin,
  });
  const updated = lastChange(articles.slice(0, SITE.feedItems));
  return rss({
    title,
    description,
    site: absoluteUrl(site, base, page),
    items,
    // lastBuildDate: the newest publication or update in the feed, so a rebuild gives the same feed.
    customData: `<language>fr-fr</language>${updated ? `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>` : ''}<atom:link href="${new URL(context.url.pathname, site).href}" rel="self" type="application/rss+xml"/>`,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', ...FEED_NAMESPACES },
    // A browser opening the feed shows it as a page that explains how to subscribe (public/rss.xsl).
    stylesheet: withBase(base, paths.feedStylesheet()),
  });
}

export function entryFeedPaths(byEntry: ReadonlyMap<string, ArticleEntry[]>) {
  return [...byEntry.keys()].map((slug) => ({ params: { slug } }));
}

export async function entryFeed(kind: TaxonomyKind, context: APIContext): Promise<Response> {
  const { taxonomy, usage } = await siteContent();
  const slug = context.params.slug!;
  const entry: TaxonomyEntry = taxonomyEntry(taxonomy[kind], slug);
  return buildFeed({
    title: `${SITE.name} — ${TAXONOMY_SECTIONS[kind].singular} : ${entry.label}`,
    description: entry.description,
    articles: usage[kind].get(slug) ?? [],
    context,
    page: paths.entry(kind, slug),
  });
}
