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
  /** Authorities: the jurisdiction the authority belongs to. Types: the legal order acts of this type belong to ("directive": "ue"). */
  jurisdiction?: string;
  /** The importer's default when the text names none (one jurisdiction, one type). */
  fallback?: boolean;
  /** Authorities: a court, whose documents are rulings. */
  court?: boolean;
  /**
   * Authorities: a court of appeal, read by the city its label names ("Cour d’appel de Rennes")
   * wherever a text writes "cour d’appel de Rennes" or "CA Rennes,". A court of appeal the taxonomy
   * does not list yet is proposed on the model of these: slug, jurisdiction and ruling type.
   */
  appealCourt?: boolean;
  /** Courts: the type slug their rulings take ("arret", "decision"). */
  ruling?: string;
  /** Courts: the type slug a ruling takes instead when the text calls it so (the Conseil d'État's "arrêt"). */
  rulingWhenNamed?: string;
  /** Courts: regular expressions of the citation forms that open a summary of their rulings ("Cass. soc., …"). */
  citations?: string[];
  /**
   * Courts: chambers, each with its citation form and a regular expression of the names that
   * designate it; the citation may take the names' groups (`$<first>e-$<second>e ch. réunies`).
   */
  chambers?: { citation: string; names: string }[];
  /** Courts: a regular expression of their decision numbers, the number in its first group ("aff. C-519/24"). */
  decisionNumber?: string;
  /** Authorities: a body whose acts' dates are their adoption (the Commission's regulations). */
  enacts?: boolean;
  /** Types: regular expressions of the words naming an act of this type before its date ("décret", "ordonnance(?=\\s+n°)"). */
  acts?: string[];
  /**
   * Types: a regular expression of the numbers acts of this type bear after "n°" ("\\d{4}-\\d+" for
   * "décret n° 2025-1187"). A lead naming such an act by its number is that act, whatever it cites.
   */
  actNumber?: string;
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
