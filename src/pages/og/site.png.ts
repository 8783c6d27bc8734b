import type { APIRoute } from 'astro';
import { SITE } from '../../config.ts';
import { siteShareCard } from '../../domain/share-card.ts';
import { renderShareImage } from '../../share-image/render-share-image.ts';

/** The site's share image: every page without one of its own shows it. */
export const GET: APIRoute = async () =>
  new Response(await renderShareImage(siteShareCard(SITE.name, SITE.description)), { headers: { 'Content-Type': 'image/png' } });
