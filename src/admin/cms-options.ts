/**
 * The option lists the editing form offers, named as the schema's fields `ref` them: the
 * taxonomy's entries and the authors under their French labels, and the key dates' vocabularies.
 */
import { KEY_DATE_KINDS } from '../domain/article.ts';
import { PRECISIONS, type Precision, QUALIFIERS } from '../domain/partial-date.ts';
import { TAXONOMY_KINDS, type Taxonomy } from '../domain/taxonomy-entry.ts';
import type { CmsOptions } from './cms-fields.ts';

const PRECISION_LABELS: Record<Precision, string> = { day: 'Au jour près', month: 'Au mois près', year: 'À l’année près' };

export function cmsOptions(taxonomy: Taxonomy, authors: readonly { slug: string; name: string }[]): CmsOptions {
  const options: CmsOptions = {
    authors: authors.map(({ slug, name }) => ({ label: name, value: slug })),
    keyDateKinds: Object.entries(KEY_DATE_KINDS).map(([value, label]) => ({ label, value })),
    precisions: PRECISIONS.map((value) => ({ label: PRECISION_LABELS[value], value })),
    qualifiers: Object.entries(QUALIFIERS).map(([value, label]) => ({ label, value })),
  };
  for (const kind of TAXONOMY_KINDS) options[kind] = taxonomy[kind].map(({ slug, label }) => ({ label, value: slug }));
  options.courts = taxonomy.authorities.filter((entry) => entry.court).map(({ slug, label }) => ({ label, value: slug }));
  return options;
}
