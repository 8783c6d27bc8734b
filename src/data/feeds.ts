/**
 * RSS feeds (@astrojs/rss): the main feed and one per taxonomy entry in use, each holding the
 * latest `SITE.feedItems` articles with their full content.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { SITE } from '../config.ts';
import { feedItems } from '../domain/feed-items.ts';
import type { TaxonomyEntry, TaxonomyKind } from '../domain/taxonomy-entry.ts';
import { taxonomyEntry } from '../domain/taxonomy-entry.ts';
import { absoluteUrl, paths, TAXONOMY_SECTIONS } from '../domain/urls.ts';
import { siteContent, type ArticleEntry } from './articles.ts';

let container: Promise<AstroContainer> | undefined;
/** Rendered bodies, shared by every feed an article appears in. */
const bodies = new Map<string, Promise<string>>();

function articleHtml(article: ArticleEntry): Promise<string> {
  let html = bodies.get(article.id);
  if (!html) {
    html = (async () => {
      container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
      const { Content } = await render(article);
      return (await container).renderToString(Content);
    })();
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

export async function buildFeed({ title, description, articles, context, page = paths.home() }: FeedOptions): Promise<Response> {
  const site = context.site ?? new URL('http://localhost:4321');
  const base = import.meta.env.BASE_URL;
  const { taxonomy } = await siteContent();
  const items = await feedItems(articles, {
    limit: SITE.feedItems,
    link: (article) => absoluteUrl(site, base, paths.article(article.id)),
    categories: (article) => article.data.topics.map((topic) => taxonomyEntry(taxonomy.topics, topic).label),
    content: articleHtml,
    origin: site.origin,
  });
  return rss({
    title,
    description,
    site: absoluteUrl(site, base, page),
    items,
    customData: `<language>fr-fr</language><atom:link href="${new URL(context.url.pathname, site).href}" rel="self" type="application/rss+xml"/>`,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
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
