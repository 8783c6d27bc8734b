/**
 * The seed file (a copy lives in tests/fixtures/seed.txt) split into its five documents, and the
 * normalisation used to compare its text with rendered pages: typography may improve (’, no-break
 * spaces), words may not change.
 */
import { readFileSync } from 'node:fs';

export const SEED_FILE = new URL('../fixtures/seed.txt', import.meta.url).pathname;

/** The line that announces sources but is followed by none: never rendered. */
export const EMPTY_SOURCES_LINE = 'Pour en savoir plus / sources :';

/** Article slugs, in the seed's order. */
export const SEED_ARTICLES = [
  'plan-action-ue-cybersecurite-hopitaux',
  'cnil-interet-legitime-intelligence-artificielle',
  'european-accessibility-act-entree-en-application',
  'ca-rennes-obligation-conseil-prestataire-informatique',
  'cass-2e-civ-article-857-cpc-retractation-ordonnance',
] as const;

/** Each document's text lines, without the 🟠 and "- " markers. */
export function seedDocuments(): string[][] {
  const lines = readFileSync(SEED_FILE, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const boundary = lines.indexOf(EMPTY_SOURCES_LINE);
  if (boundary < 0) throw new Error('seed: sources line not found');
  const clean = (line: string) =>
    line
      .replace(/^🟠\s*/u, '')
      .replace(/^-\s+/, '')
      .trim();
  return [lines.slice(0, boundary).map(clean), ...lines.slice(boundary + 1).map((line) => [clean(line)])];
}

/** Sentences of a paragraph (split after . ! ? followed by a space and a capital). */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«"])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Folds what typography may change: apostrophes, quotes and spaces. */
export function normalizeTypography(text: string): string {
  return text
    .replace(/['ʼ]/g, '’')
    .replace(/[«»“”"]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/" /g, '"')
    .replace(/ "/g, '"')
    .trim();
}
