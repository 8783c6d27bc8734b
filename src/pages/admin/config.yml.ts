/**
 * The editing interface's configuration, generated at each build (and each request in `astro dev`)
 * from the article schema and the taxonomy: see src/admin/.
 */
import { relative } from 'node:path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { dump } from 'js-yaml';
import { articleSchema, HAS_AUTHORS } from '../../content.config.ts';
import { CMS } from '../../config.ts';
import { cmsConfig } from '../../admin/cms-config.ts';
import { cmsFields, fieldSchemaOf } from '../../admin/cms-fields.ts';
import { cmsOptions } from '../../admin/cms-options.ts';
import { localBackendPort } from '../../admin/local-backend-port.ts';
import { contentDirs } from '../../loading/content-dir.ts';
import { loadTaxonomy } from '../../loading/taxonomy.ts';
import { siteOrigin, withBase } from '../../domain/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const dirs = contentDirs();
  const base = import.meta.env.BASE_URL;
  const authors = (HAS_AUTHORS ? await getCollection('authors') : []).map((author) => ({ slug: author.id, name: author.data.name }));
  const config = cmsConfig({
    // The schema's object part: its first step only checks the raw frontmatter's keys and characters.
    fields: cmsFields(fieldSchemaOf(articleSchema.out), cmsOptions(loadTaxonomy(dirs.taxonomy, dirs.fallbackTaxonomy), authors)),
    backend: CMS.backend,
    // decap-server writes relative to the folder it runs in, the project's root.
    articlesFolder: relative(process.cwd(), dirs.articles).split('\\').join('/'),
    siteUrl: new URL(withBase(base, '/'), siteOrigin(site)).href,
    base,
    localBackendPort: localBackendPort(),
  });
  return new Response(dump(config, { lineWidth: -1, noRefs: true }), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
