import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { siteContent } from '../../../data/articles.ts';
import { buildFeed } from '../../../data/feeds.ts';
import { paths } from '../../../domain/urls.ts';

/** Each author's articles as a feed. */
export const getStaticPaths = (async () => [...(await siteContent()).byAuthor.keys()].map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { authors, byAuthor } = await siteContent();
  const slug = context.params.slug!;
  const author = authors.get(slug)!;
  return buildFeed({
    title: `${SITE.name} — ${author.data.name}`,
    description: `Les articles de ${author.data.name} sur ${SITE.name}.`,
    articles: byAuthor.get(slug) ?? [],
    context,
    page: paths.author(slug),
  });
};
