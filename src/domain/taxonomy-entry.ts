/**
 * What a taxonomy entry is (topics, jurisdictions, authorities, document types), and the pure
 * functions over entries; reading the files is src/loading/taxonomy.ts's job.
 */
import { frenchTypography } from './french-typography.ts';

export interface TaxonomyEntry {
  /** URL-safe identifier referenced from article frontmatter. */
  slug: string;
  /** French label shown to readers. */
  label: string;
  /** One-line French description shown on the entry's page. */
  description: string;
  /** Words and phrases that signal this entry in raw text (used by the importer). */
  keywords: string[];
  /** Authorities only: short form used in citations ("Cass.", "CA Rennes"). */
  short?: string;
  /** Authorities only: the jurisdiction the authority belongs to. */
  jurisdiction?: string;
}

export const TAXONOMY_KINDS = ['topics', 'jurisdictions', 'authorities', 'types'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];
export type Taxonomy = Record<TaxonomyKind, TaxonomyEntry[]>;

/**
 * The taxonomy as the site shows it: labels and descriptions in French typography ("Droit
 * français : lois" with a no-break space). The importer keeps the raw text, which goes into files.
 */
export function typesetTaxonomy(taxonomy: Taxonomy): Taxonomy {
  const typeset = (entries: TaxonomyEntry[]) =>
    entries.map((entry) => ({ ...entry, label: frenchTypography(entry.label), description: frenchTypography(entry.description) }));
  return {
    topics: typeset(taxonomy.topics),
    jurisdictions: typeset(taxonomy.jurisdictions),
    authorities: typeset(taxonomy.authorities),
    types: typeset(taxonomy.types),
  };
}

/** Looks an entry up by slug; throws if absent (the schema guarantees references exist). */
export function taxonomyEntry(entries: readonly TaxonomyEntry[], slug: string): TaxonomyEntry {
  const entry = entries.find((e) => e.slug === slug);
  if (!entry) throw new Error(`Unknown taxonomy slug "${slug}".`);
  return entry;
}
