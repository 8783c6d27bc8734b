import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { siteContent } from '../data/articles.ts';
import { buildFeed } from '../data/feeds.ts';

export const GET: APIRoute = async (context) =>
  buildFeed({ title: `${SITE.name} — veille juridique`, description: SITE.description, articles: (await siteContent()).articles, context });
