/**
 * The taxonomy (topics, jurisdictions, authorities, document types) is plain JSON data in
 * `<content>/taxonomy/`. One loader serves the schema (to validate references), the pages (labels,
 * descriptions) and the importer (keywords), so the site and the importer share one vocabulary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAXONOMY_KINDS, type Taxonomy, type TaxonomyEntry, type TaxonomyKind } from '../domain/taxonomy-entry.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads and checks one taxonomy file; errors name the file, the entry and the field. */
export function loadTaxonomyFile(file: string): TaxonomyEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read taxonomy file (${(error as Error).message}); expected a JSON array of entries.`);
  }
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a JSON array of taxonomy entries.`);
  const seen = new Set<string>();
  return raw.map((item: unknown, index: number) => {
    const where = `${file}: entry ${index + 1}`;
    if (typeof item !== 'object' || item === null) throw new Error(`${where}: expected an object.`);
    const entry = item as Record<string, unknown>;
    for (const field of ['slug', 'label', 'description'] as const) {
      if (typeof entry[field] !== 'string' || (entry[field] as string).trim() === '') {
        throw new Error(`${where}: field "${field}" must be a non-empty string.`);
      }
    }
    const slug = entry.slug as string;
    if (!SLUG.test(slug)) throw new Error(`${where}: field "slug" is "${slug}"; expected lowercase letters, digits and single hyphens.`);
    if (seen.has(slug)) throw new Error(`${where}: duplicate slug "${slug}".`);
    seen.add(slug);
    const keywords = entry.keywords ?? [];
    if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== 'string')) {
      throw new Error(`${where}: field "keywords" must be an array of strings.`);
    }
    return {
      slug,
      label: entry.label as string,
      description: entry.description as string,
      keywords: keywords as string[],
      ...(typeof entry.short === 'string' ? { short: entry.short } : {}),
      ...(typeof entry.jurisdiction === 'string' ? { jurisdiction: entry.jurisdiction } : {}),
      ...importerFields(entry, where),
    };
  });
}

/** A regular expression written in a taxonomy file: checked now, so a typo names its file and field. */
function regexSource(value: unknown, where: string, field: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${where}: field "${field}" must be a non-empty string (a regular expression).`);
  try {
    new RegExp(value, 'u');
  } catch (error) {
    throw new Error(`${where}: field "${field}" is not a valid regular expression (${(error as Error).message}).`);
  }
  return value;
}

/** The optional fields the importer reads (see TaxonomyEntry), checked. */
function importerFields(entry: Record<string, unknown>, where: string): Partial<TaxonomyEntry> {
  const fields: Partial<TaxonomyEntry> = {};
  for (const flag of ['fallback', 'court', 'appealCourt', 'enacts'] as const) {
    if (entry[flag] === undefined) continue;
    if (typeof entry[flag] !== 'boolean') throw new Error(`${where}: field "${flag}" must be true or false.`);
    fields[flag] = entry[flag];
  }
  for (const name of ['ruling', 'rulingWhenNamed'] as const) {
    if (entry[name] === undefined) continue;
    if (typeof entry[name] !== 'string') throw new Error(`${where}: field "${name}" must be a document type slug.`);
    fields[name] = entry[name];
  }
  for (const list of ['citations', 'acts'] as const) {
    if (entry[list] === undefined) continue;
    if (!Array.isArray(entry[list])) throw new Error(`${where}: field "${list}" must be an array of regular expressions.`);
    fields[list] = entry[list].map((value, i) => regexSource(value, where, `${list}[${i}]`));
  }
  for (const pattern of ['decisionNumber', 'actNumber'] as const) {
    if (entry[pattern] !== undefined) fields[pattern] = regexSource(entry[pattern], where, pattern);
  }
  if (entry.chambers !== undefined) {
    if (!Array.isArray(entry.chambers)) throw new Error(`${where}: field "chambers" must be an array of { citation, names }.`);
    fields.chambers = entry.chambers.map((chamber: unknown, i) => {
      const { citation, names } = (chamber ?? {}) as Record<string, unknown>;
      if (typeof citation !== 'string' || !citation.trim())
        throw new Error(`${where}: field "chambers[${i}].citation" must be a non-empty string ("2e civ.").`);
      return { citation, names: regexSource(names, where, `chambers[${i}].names`) };
    });
  }
  return fields;
}

const cache = new Map<string, Taxonomy>();

/**
 * Loads the four taxonomy files from `taxonomyDir`. A file missing there is taken from
 * `fallbackDir` (the built-in taxonomy), so fixture content folders only ship what they change.
 */
export function loadTaxonomy(taxonomyDir: string, fallbackDir?: string): Taxonomy {
  const key = `${taxonomyDir}|${fallbackDir ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const taxonomy = {} as Taxonomy;
  // Each kind's file, to name it in errors: a content folder's, or the built-in one it falls back to.
  const files = {} as Record<TaxonomyKind, string>;
  for (const kind of TAXONOMY_KINDS) {
    let file = join(taxonomyDir, `${kind}.json`);
    if (!existsSync(file) && fallbackDir) file = join(fallbackDir, `${kind}.json`);
    if (!existsSync(file)) throw new Error(`${file}: taxonomy file is missing; expected a JSON array of ${kind}.`);
    taxonomy[kind] = loadTaxonomyFile(file);
    files[kind] = file;
  }
  const known = (kind: TaxonomyKind, slug: string) => taxonomy[kind].some((entry) => entry.slug === slug);
  for (const kind of ['authorities', 'types'] as const) {
    for (const entry of taxonomy[kind]) {
      if (entry.jurisdiction && !known('jurisdictions', entry.jurisdiction)) {
        throw new Error(`${files[kind]}: "${entry.slug}" has unknown jurisdiction "${entry.jurisdiction}"; expected a slug of ${files.jurisdictions}.`);
      }
      for (const field of ['ruling', 'rulingWhenNamed'] as const) {
        const type = entry[field];
        if (type && !known('types', type)) throw new Error(`${files[kind]}: "${entry.slug}" has ${field} "${type}", which is not in ${files.types}.`);
      }
    }
  }
  cache.set(key, taxonomy);
  return taxonomy;
}
