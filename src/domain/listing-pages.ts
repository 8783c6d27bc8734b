/** Static paths for the paginated listing of every taxonomy entry in use. */
import { paginate, PAGE_SIZE, type Page } from './paginate.ts';
import type { TaxonomyEntry } from './taxonomy-entry.ts';

export interface ListingPath<A> {
  params: { slug: string; page: string | undefined };
  props: { entry: TaxonomyEntry; page: Page<A> };
}

/** Entries without any published article get no page (and no feed). */
export function listingPaths<A>(entries: readonly TaxonomyEntry[], byEntry: ReadonlyMap<string, A[]>, pageSize = PAGE_SIZE): ListingPath<A>[] {
  return entries.flatMap((entry) => {
    const articles = byEntry.get(entry.slug);
    if (!articles?.length) return [];
    return paginate(articles, pageSize).map((page) => ({
      params: { slug: entry.slug, page: page.number === 1 ? undefined : String(page.number) },
      props: { entry, page },
    }));
  });
}

/** Entries in use, with their article counts, in taxonomy order. */
export function entriesInUse<A>(entries: readonly TaxonomyEntry[], byEntry: ReadonlyMap<string, A[]>): { entry: TaxonomyEntry; count: number }[] {
  return entries.flatMap((entry) => {
    const count = byEntry.get(entry.slug)?.length ?? 0;
    return count > 0 ? [{ entry, count }] : [];
  });
}
