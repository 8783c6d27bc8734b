import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { siteContent, type ArticleEntry } from '../../../data/articles.ts';
import { shareCardOf } from '../../../data/share-cards.ts';
import { articlesWithShareImage } from '../../../domain/share-card.ts';
import { renderShareImage } from '../../../share-image/render-share-image.ts';

/** The share image of each recent article (domain/share-card.ts says which). */
export const getStaticPaths = (async () => {
  const { articles } = await siteContent();
  return articlesWithShareImage(articles, SITE.shareImages).map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleEntry }> = async ({ props }) => {
  const { taxonomy } = await siteContent();
  return new Response(await renderShareImage(shareCardOf(props.article, taxonomy)), { headers: { 'Content-Type': 'image/png' } });
};
