/** Site-wide settings, typed. Deployment-specific values (origin, base path) live in astro.config.mjs. */
import { frenchTypography } from './domain/french-typography.ts';
import type { CmsBackend } from './admin/cms-config.ts';

export const SITE = {
  /** Site name, shown in the header, titles and feeds. */
  name: 'Vigie',
  /** Tagline and default meta description. */
  description: frenchTypography(
    'Veille juridique : textes, recommandations et décisions en droit du numérique, commentés et classés par thème, autorité, ordre juridique et date.',
  ),
  /** BCP 47 language of every page. */
  lang: 'fr',
  /** Locale for Open Graph. */
  ogLocale: 'fr_FR',
  /** Publisher named in feeds and structured data. */
  publisher: 'Vigie',
  /** Articles on the home page. */
  homeArticles: 10,
  /** Items per RSS feed (newest first). */
  feedItems: 50,
  /**
   * Articles, newest first, that get a share image of their own (Open Graph card, drawn at build
   * time); the others show the site's. Each costs tens of milliseconds of build time.
   */
  shareImages: 20,
} as const;

/**
 * The editing interface at /admin/ (Decap CMS). `npm run cms` edits this checkout's files through
 * the local backend, whatever is set here. For editing on the deployed site, name its Git host:
 * `{ name: 'github', repo: 'cabinet/veille', branch: 'main' }`, `{ name: 'gitlab', repo: … }` or
 * `{ name: 'gitea', repo: …, api_root: 'https://git.example.org/api/v1' }` (README, "Editing").
 */
export const CMS: { backend: CmsBackend | null } = {
  backend: null,
};
