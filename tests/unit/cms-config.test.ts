/**
 * The editing interface's form (src/admin/), generated from the real article schema and taxonomy:
 * every field labelled in French, selects fed by the taxonomy (a new entry shows up with no change
 * to the CMS), and the form's own checks agreeing with the schema's verdict.
 */
import { describe, expect, it } from 'vitest';
import { adminCsp, cmsConfig } from '../../src/admin/cms-config.ts';
import { localBackendPort } from '../../src/admin/local-backend-port.ts';
import { type CmsField, cmsFields, fieldSchemaOf } from '../../src/admin/cms-fields.ts';
import { cmsOptions } from '../../src/admin/cms-options.ts';
import { articleSchema } from '../../src/content.config.ts';
import { contentDirs } from '../../src/loading/content-dir.ts';
import { loadTaxonomy } from '../../src/loading/taxonomy.ts';

const dirs = contentDirs({});
const taxonomy = loadTaxonomy(dirs.taxonomy, dirs.fallbackTaxonomy);
const AUTHORS = [{ slug: 'jeanne-martin', name: 'Jeanne Martin' }];
const fields = cmsFields(fieldSchemaOf(articleSchema.out), cmsOptions(taxonomy, AUTHORS));
const field = (list: CmsField[], name: string) => list.find((f) => f.name === name) as CmsField;
const sub = (name: string, child: string) => field(field(fields, name).fields as CmsField[], child);

/** Every field, nested ones as "parent.child". */
function allFields(list: CmsField[], prefix = ''): [string, CmsField][] {
  return list.flatMap((f) => [[`${prefix}${f.name}`, f] as [string, CmsField], ...allFields((f.fields as CmsField[]) ?? [], `${prefix}${f.name}.`)]);
}

describe('form fields generated from the schema', () => {
  it('has every frontmatter field, in the schema’s order', () => {
    expect(fields.map((f) => f.name)).toEqual(Object.keys(fieldSchemaOf(articleSchema.out).properties ?? {}));
    expect(fields.map((f) => f.name)).toEqual([
      'title',
      'summary',
      'published',
      'updated',
      'jurisdiction',
      'authority',
      'type',
      'topics',
      'authors',
      'decision',
      'keyDates',
      'sources',
      'draft',
    ]);
  });

  it('labels every field in French, from the schema’s metadata', () => {
    for (const [path, f] of allFields(fields)) expect(f.label, path).not.toBe(f.name);
    expect(field(fields, 'summary')).toMatchObject({ label: 'Chapeau', widget: 'text' });
    expect(field(fields, 'keyDates')).toMatchObject({
      label: 'Dates clés',
      widget: 'list',
      label_singular: 'Date clé',
      summary: '{{fields.date}} — {{fields.label}}',
    });
    expect(field(fields, 'sources')).toMatchObject({ summary: '{{fields.label}}' });
  });

  it('offers the taxonomy’s entries, and a new one without any change to the CMS', () => {
    expect(field(fields, 'topics')).toMatchObject({ widget: 'select', multiple: true });
    expect((field(fields, 'topics').options as { value: string }[]).map((o) => o.value)).toEqual(taxonomy.topics.map((t) => t.slug));
    expect(field(fields, 'jurisdiction').options).toContainEqual({ label: 'France', value: 'france' });
    const extended = { ...taxonomy, topics: [...taxonomy.topics, { ...taxonomy.topics[0]!, slug: 'droit-spatial', label: 'Droit spatial' }] };
    const topics = field(cmsFields(fieldSchemaOf(articleSchema.out), cmsOptions(extended, AUTHORS)), 'topics');
    expect(topics.options).toContainEqual({ label: 'Droit spatial', value: 'droit-spatial' });
  });

  it('offers only courts for a decision, the key dates’ kinds and the authors by name', () => {
    const courts = (sub('decision', 'court').options as { value: string }[]).map((o) => o.value);
    expect(courts).toContain('cour-de-cassation');
    expect(courts).not.toContain('cnil');
    expect(sub('keyDates', 'kind').options).toContainEqual({ label: 'Entrée en vigueur', value: 'entree-en-vigueur' });
    expect(field(fields, 'authors')).toMatchObject({ multiple: true, options: [{ label: 'Jeanne Martin', value: 'jeanne-martin' }] });
  });

  it('asks for what the schema requires, and never for an item of a list or a field of an empty block', () => {
    const required = allFields(fields)
      .filter(([, f]) => f.required)
      .map(([path]) => path);
    expect(required).toEqual([
      'title',
      'summary',
      'published',
      'jurisdiction',
      'type',
      'keyDates.date',
      'keyDates.precision',
      'keyDates.kind',
      'keyDates.label',
      'sources.label',
    ]);
    expect(field(fields, 'published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(fields, 'draft')).toMatchObject({ widget: 'boolean', default: false });
  });

  it('refuses in the form the source addresses the schema refuses, with a French message', () => {
    const [pattern, message] = sub('sources', 'url').pattern as [string, string];
    expect(message).toMatch(/https:\/\//);
    const schemaAccepts = (url: string) =>
      articleSchema.safeParse({
        title: 'T',
        summary: 'S.',
        published: '2025-01-01',
        jurisdiction: 'france',
        type: 'arret',
        topics: [taxonomy.topics[0]!.slug],
        sources: [{ label: 'L', url }],
      }).success;
    for (const url of [
      'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051234567',
      'https://eur-lex.europa.eu/',
      'http://www.legifrance.gouv.fr/',
      'https://user@evil.example/',
      'https://',
      'ftp://example.org/',
      'https:///x',
    ]) {
      expect(new RegExp(pattern).test(url), url).toBe(schemaAccepts(url));
    }
  });

  it('names the schema field whose option list the CMS lacks', () => {
    expect(() => cmsFields({ type: 'object', properties: { court: { type: 'string', ref: 'tribunaux' } } }, {})).toThrow(
      /field "court" takes its values from "tribunaux"/,
    );
    expect(() => cmsFields({ type: 'object', properties: { n: { type: 'number' } } }, {})).toThrow(/field "n" has a type the CMS form cannot edit/);
  });
});

describe('CMS configuration', () => {
  const config = (backend: Parameters<typeof cmsConfig>[0]['backend']) =>
    cmsConfig({ fields, backend, articlesFolder: 'content/articles', siteUrl: 'https://veille.example.org/veille/', base: '/veille/', localBackendPort: 8081 });

  it('writes the articles folder in the site’s own format, the body last', () => {
    const [articles] = config(null).collections;
    expect(articles).toMatchObject({ folder: 'content/articles', extension: 'mdx', format: 'vigie-article', create: true, preview_path: 'articles/{{slug}}/' });
    expect(articles!.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    expect(config(null).public_folder).toBe('/veille/media');
  });

  it('saves through the local backend until a Git host is configured', () => {
    expect(config(null).backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(config({ name: 'github', repo: 'cabinet/veille', branch: 'main' }).backend).toEqual({ name: 'github', repo: 'cabinet/veille', branch: 'main' });
  });

  it('lets the page reach only its own site, the local backend and the configured Git host', () => {
    expect(adminCsp(null, 8081)).toContain("connect-src 'self' http://127.0.0.1:8081;");
    expect(adminCsp({ name: 'github', repo: 'a/b' }, 8081)).toContain("connect-src 'self' http://127.0.0.1:8081 https://api.github.com;");
    expect(adminCsp({ name: 'gitea', repo: 'a/b', api_root: 'https://git.example.org/api/v1' }, 8081)).toContain('https://git.example.org;');
    expect(adminCsp(null, 8081)).toContain("object-src 'none'");
  });
});

describe('local backend port', () => {
  it('is 8081, or VIGIE_CMS_PORT, which must be a port number', () => {
    expect(localBackendPort({})).toBe(8081);
    expect(localBackendPort({ VIGIE_CMS_PORT: ' 8090 ' })).toBe(8090);
    for (const bad of ['80', '70000', '8081a', '-1'])
      expect(() => localBackendPort({ VIGIE_CMS_PORT: bad }), bad).toThrow(/VIGIE_CMS_PORT is ".+"; expected a port number between 1024 and 65535/);
    expect(adminCsp(null, 8090)).toContain("connect-src 'self' http://127.0.0.1:8090;");
  });
});
