/**
 * Reads `<content>/taxonomy/acronyms.json`: a JSON array of `{ "short": [...], "long": [...] }`
 * (a single string is accepted for either). A content folder without the file uses the built-in
 * one. Errors name the file, the entry and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Acronym } from '../domain/acronyms.ts';

export const ACRONYMS_FILE = 'acronyms.json';

export function loadAcronymsFile(file: string): Acronym[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the acronyms file (${(error as Error).message}); expected a JSON array of { "short": [...], "long": [...] }.`);
  }
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a JSON array of { "short": [...], "long": [...] }.`);
  return raw.map((item: unknown, index: number) => {
    const where = `${file}: entry ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error(`${where}: expected an object with "short" and "long".`);
    const entry = item as Record<string, unknown>;
    const forms = (field: 'short' | 'long', example: string): string[] => {
      const value = entry[field];
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || !list.length || list.some((form) => typeof form !== 'string' || !form.trim()))
        throw new Error(`${where}: field "${field}" must be a non-empty string or array of non-empty strings (${example}).`);
      return list.map((form: string) => form.trim());
    };
    return { short: forms('short', '"RGPD"'), long: forms('long', '"règlement général sur la protection des données"') };
  });
}

/** The content folder's acronyms, or the built-in list when it has none. */
export function loadAcronyms(taxonomyDir: string, fallbackDir?: string): Acronym[] {
  let file = join(taxonomyDir, ACRONYMS_FILE);
  if (!existsSync(file) && fallbackDir) file = join(fallbackDir, ACRONYMS_FILE);
  return existsSync(file) ? loadAcronymsFile(file) : [];
}
