/**
 * The Decap CMS configuration behind /admin/ (https://decapcms.org/docs/configuration-options/):
 * one folder collection, the articles, whose fields are generated from the schema (cms-fields.ts).
 */
import type { CmsField } from './cms-fields.ts';

/** The article files' format, registered by the interface's script (src/client/admin-format.ts). */
export const ARTICLE_FILE_FORMAT = 'vigie-article';

/** On 127.0.0.1 only: the local backend (decap-server) has no authentication. */
export const LOCAL_BACKEND_HOST = '127.0.0.1';

/** The local backend's API, on `port` (local-backend-port.ts). */
export function localBackendUrl(port: number): string {
  return `http://${LOCAL_BACKEND_HOST}:${port}/api/v1`;
}

/** Where the deployed CMS saves: a Git host (https://decapcms.org/docs/backends-overview/). */
export interface CmsBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'git-gateway';
  /** "owner/name"; not for git-gateway. */
  repo?: string;
  branch?: string;
  /** A self-hosted forge's API ("https://git.example.org/api/v1"). */
  api_root?: string;
  /** The OAuth server, when not the host's default. */
  base_url?: string;
  [option: string]: unknown;
}

/** The API origin each Git host's backend calls by default, for the page's CSP. */
const DEFAULT_API_ROOTS: Record<CmsBackend['name'], string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com',
  gitea: 'https://try.gitea.io',
  'git-gateway': 'https://api.netlify.com',
};

export interface CmsConfigInput {
  fields: CmsField[];
  /** The deployed site's backend; without one, the CMS saves only through the local backend. */
  backend: CmsBackend | null;
  /** The articles' folder, relative to the repository's root ("content/articles"). */
  articlesFolder: string;
  /** The site's public URL, with its base path. */
  siteUrl: string;
  /** The base path ("/", "/veille/"): uploaded files are public under it. */
  base: string;
  /** The local backend's port. */
  localBackendPort: number;
}

/** The body: Markdown, as the site's pipeline renders it (GFM tables, lists, links). */
const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Texte',
  widget: 'markdown',
  required: true,
  hint: 'Le texte de l’article. Les intertitres commencent au niveau 2 ; le titre de la page est celui du champ « Titre ».',
};

export function cmsConfig({ fields, backend, articlesFolder, siteUrl, base, localBackendPort }: CmsConfigInput) {
  const local = localBackendUrl(localBackendPort);
  return {
    locale: 'fr',
    backend: backend ?? { name: 'proxy', proxy_url: local, branch: 'main' },
    // Decap uses the local backend when it answers on this computer, the configured one otherwise.
    local_backend: { url: local },
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: 'public/media',
    public_folder: `${base.replace(/\/+$/, '')}/media`,
    // An optional field left empty is left out of the file, as the schema expects (not "").
    omit_empty_optional_fields: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: 'Articles',
        label_singular: 'Article',
        description: 'Les articles de la veille. Un brouillon n’est pas publié.',
        folder: articlesFolder,
        extension: 'mdx',
        format: ARTICLE_FILE_FORMAT,
        create: true,
        // The file name is the article's address: the title, in lower-case ASCII words.
        slug: '{{slug}}',
        // "Voir en direct" opens the article's page (the dev server's with `npm run cms`).
        preview_path: 'articles/{{slug}}/',
        identifier_field: 'title',
        summary: "{{published | date('DD/MM/YYYY')}} — {{title}}",
        sortable_fields: ['published', 'title'],
        view_filters: [{ label: 'Brouillons', field: 'draft', pattern: true }],
        fields: [...fields, BODY_FIELD],
      },
    ],
  };
}

/** The /admin/ page's Content-Security-Policy: Decap's needs, and nothing for the rest of the site. */
export function adminCsp(backend: CmsBackend | null, localBackendPort: number): string {
  const api = backend ? new URL(backend.api_root ?? DEFAULT_API_ROOTS[backend.name]).origin : '';
  return [
    "default-src 'self'",
    // Decap compiles its validators at run time (ajv) and ships WebAssembly.
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    // Its components style themselves with <style> elements (emotion).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self' http://${LOCAL_BACKEND_HOST}:${localBackendPort}${api ? ` ${api}` : ''}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
