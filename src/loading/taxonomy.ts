/**
 * The taxonomy (topics, jurisdictions, authorities, document types) is plain JSON data in
 * `<content>/taxonomy/`. One loader serves the schema (to validate references), the pages (labels,
 * descriptions) and the importer (keywords), so the site and the importer share one vocabulary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAXONOMY_KINDS, type Taxonomy, type TaxonomyEntry } from '../domain/taxonomy-entry.ts';

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
    };
  });
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
  for (const kind of TAXONOMY_KINDS) {
    let file = join(taxonomyDir, `${kind}.json`);
    if (!existsSync(file) && fallbackDir) file = join(fallbackDir, `${kind}.json`);
    if (!existsSync(file)) throw new Error(`${file}: taxonomy file is missing; expected a JSON array of ${kind}.`);
    taxonomy[kind] = loadTaxonomyFile(file);
  }
  for (const authority of taxonomy.authorities) {
    if (authority.jurisdiction && !taxonomy.jurisdictions.some((j) => j.slug === authority.jurisdiction)) {
      throw new Error(`authorities.json: authority "${authority.slug}" has unknown jurisdiction "${authority.jurisdiction}".`);
    }
  }
  cache.set(key, taxonomy);
  return taxonomy;
}
