/**
 * Every internal URL is built here, so the URL scheme exists once and works under a sub-path
 * (`base`). Paths end with a slash (directory-style output).
 */
import type { TaxonomyKind } from './taxonomy-entry.ts';

/**
 * The local origin: `npm start`'s preview and `astro dev`. A build needs a real `site` (it stops
 * without one: require-site-origin.ts), so pages fall back to this one in `astro dev` only.
 */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** The site's origin as Astro gives it (`Astro.site`, an endpoint's `site`), or the local one. */
export function siteOrigin(site: URL | undefined): URL {
  return site ?? new URL(LOCAL_ORIGIN);
}

/** Joins the configured base ('/' or '/veille' or '/veille/') with a site path ('/articles/x/'). */
export function withBase(base: string, path: string): string {
  const prefix = base.replace(/\/+$/, '');
  const suffix = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${suffix}`;
}

/** URL roots of the taxonomy sections, with their French names. */
export const TAXONOMY_SECTIONS: Record<TaxonomyKind, { root: string; title: string; singular: string }> = {
  topics: { root: '/themes/', title: 'Thèmes', singular: 'Thème' },
  jurisdictions: { root: '/juridictions/', title: 'Ordres juridiques', singular: 'Ordre juridique' },
  types: { root: '/types/', title: 'Types de documents', singular: 'Type de document' },
  authorities: { root: '/autorites/', title: 'Autorités et juridictions', singular: 'Autorité' },
};

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  section: (kind: TaxonomyKind) => TAXONOMY_SECTIONS[kind].root,
  /** A taxonomy entry's listing; `segment` selects a page ('' or '2/'). */
  entry: (kind: TaxonomyKind, slug: string, segment = '') => `${TAXONOMY_SECTIONS[kind].root}${slug}/${segment}`,
  entryFeed: (kind: TaxonomyKind, slug: string) => `${TAXONOMY_SECTIONS[kind].root}${slug}/rss.xml`,
  topicCalendar: (slug: string) => `${TAXONOMY_SECTIONS.topics.root}${slug}/agenda.ics`,
  topics: () => TAXONOMY_SECTIONS.topics.root,
  topic: (slug: string) => paths.entry('topics', slug),
  jurisdictions: () => TAXONOMY_SECTIONS.jurisdictions.root,
  jurisdiction: (slug: string) => paths.entry('jurisdictions', slug),
  types: () => TAXONOMY_SECTIONS.types.root,
  type: (slug: string) => paths.entry('types', slug),
  authority: (slug: string) => paths.entry('authorities', slug),
  archives: () => '/archives/',
  archiveYear: (year: number) => `/archives/${year}/`,
  feeds: () => '/flux/',
  mainFeed: () => '/rss.xml',
  /** The XSL stylesheet that shows feeds as a page in browsers (public/rss.xsl). */
  feedStylesheet: () => '/rss.xsl',
  search: () => '/recherche/',
  author: (slug: string) => `/auteurs/${slug}/`,
  authorFeed: (slug: string) => `/auteurs/${slug}/rss.xml`,
  letters: () => '/lettres/',
  letter: (key: string) => `/lettres/${key}/`,
  letterEmail: (key: string) => `/lettres/${key}/courriel.html`,
  letterText: (key: string) => `/lettres/${key}/courriel.txt`,
  lettersFeed: () => '/lettres/rss.xml',
  /** An article's share image (Open Graph), when it has one (domain/share-card.ts). */
  shareImage: (slug: string) => `/og/articles/${slug}.png`,
  /** The site's share image, for every other page. */
  siteShareImage: () => '/og/site.png',
  /** The editing interface (Decap CMS) and the files it loads. */
  admin: () => '/admin/',
  adminConfig: () => '/admin/config.yml',
  adminScript: () => '/admin/decap-cms.js',
  agenda: () => '/agenda/',
  calendar: () => '/agenda.ics',
} as const;

/** Absolute URL for feeds, canonical links and Open Graph. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** The `webcal://` address of a calendar: calendar apps subscribe to it (and refresh it) instead of importing a copy. */
export function webcalUrl(site: string | URL, base: string, path: string): string {
  return absoluteUrl(site, base, path).replace(/^https?:/, 'webcal:');
}
