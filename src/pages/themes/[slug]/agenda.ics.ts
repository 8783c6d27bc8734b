import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { siteContent } from '../../../data/articles.ts';
import { calendarResponse } from '../../../data/calendars.ts';
import { taxonomyEntry } from '../../../domain/taxonomy-entry.ts';

export const getStaticPaths = (async () => [...(await siteContent()).usage.topics.keys()].map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { taxonomy, usage } = await siteContent();
  const slug = context.params.slug!;
  return calendarResponse(context, `${SITE.name} — agenda : ${taxonomyEntry(taxonomy.topics, slug).label}`, usage.topics.get(slug) ?? []);
};
