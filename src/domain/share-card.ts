/**
 * What an article's share image says (the Open Graph card a link shows on LinkedIn or in a
 * messaging app): the site, the document's kind, the title, the decision's citation or the
 * authority, and the publication date. Which articles get an image of their own is decided here
 * too; src/share-image/ draws it.
 */
import { formatDateFr } from './french-date.ts';

export interface ShareCard {
  site: string;
  /** The document's kind ("Arrêt", "Directive"), or the site's tagline for the site's own card. */
  kind: string;
  title: string;
  /** The decision's citation, else the authority; absent for the site's card. */
  reference?: string;
  /** "Publié le 22 mai 2025"; absent for the site's card. */
  published?: string;
}

/** Every share image is this size: what LinkedIn, Facebook and X ask for a large card. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareCardInput {
  title: string;
  published: Date;
  typeLabel: string;
  citation?: string | undefined;
  authorityLabel?: string | undefined;
}

export function articleShareCard(site: string, input: ShareCardInput): ShareCard {
  const reference = input.citation ?? input.authorityLabel;
  return { site, kind: input.typeLabel, title: input.title, ...(reference ? { reference } : {}), published: `Publié le ${formatDateFr(input.published)}` };
}

/** The site's own card, for every page without one: its name and tagline. */
export function siteShareCard(site: string, description: string): ShareCard {
  return { site, kind: 'Veille juridique', title: description };
}

/**
 * The articles that get an image of their own: the newest `count` (articles come newest first).
 * Drawing one takes tens of milliseconds, so a site of thousands of articles draws the recent
 * ones, which are the ones shared; the others show the site's card.
 */
export function articlesWithShareImage<T>(articles: readonly T[], count: number): T[] {
  return articles.filter((_, rank) => hasShareImage(rank, count));
}

/** Whether the article at `rank` (0 = newest) has a share image of its own. */
export function hasShareImage(rank: number, count: number): boolean {
  return rank < count;
}

/** The alternative text of a share image, read where the image cannot be seen. */
export function shareImageAlt(card: ShareCard): string {
  return [card.site, card.kind, card.title, card.reference, card.published].filter(Boolean).join(' — ');
}
