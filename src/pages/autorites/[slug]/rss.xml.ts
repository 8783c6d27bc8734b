import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/articles.ts';
import { entryFeed, entryFeedPaths } from '../../../data/feeds.ts';

export const getStaticPaths = (async () => entryFeedPaths((await siteContent()).usage.authorities)) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => entryFeed('authorities', context);
