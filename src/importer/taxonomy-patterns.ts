/**
 * The regular expressions the taxonomy writes (authorities.json: `citations`, `chambers`,
 * `decisionNumber`; types.json: `acts`, `actNumber`), compiled once each. The loader checks them
 * when it reads the files; a taxonomy built in code skips the loader, so an invalid one still
 * fails here with a message naming the file, the entry and the field, not a bare SyntaxError.
 */
import type { TaxonomyEntry } from '../domain/taxonomy-entry.ts';

const compiled = new Map<string, RegExp>();

/**
 * `source` (an entry's `field`), wrapped by `wrap` ("(?<![\\p{L}])(?:…)"), compiled with `flags`.
 * Callers use exec/test without the "g" flag, so one shared RegExp carries no state between them.
 */
export function taxonomyPattern(
  file: 'authorities.json' | 'types.json',
  entry: TaxonomyEntry,
  field: string,
  source: string,
  flags: string,
  wrap: (source: string) => string = (s) => s,
): RegExp {
  const pattern = wrap(source);
  const key = `${flags}/${pattern}`;
  let regex = compiled.get(key);
  if (!regex) {
    try {
      regex = new RegExp(pattern, flags);
    } catch (error) {
      throw new Error(`${file}: "${entry.slug}": field "${field}" is not a valid regular expression (${(error as Error).message}).`);
    }
    compiled.set(key, regex);
  }
  return regex;
}
