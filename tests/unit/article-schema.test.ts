/**
 * The article schema (src/content.config.ts) in-process, on frontmatter parsed by Astro's own
 * frontmatter parser: each bad value is refused under its field's path with a message saying
 * what was expected. tests/build/invalid-content.test.ts checks that such messages reach the
 * terminal with the file's name.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content.config.ts';

const BASE: Record<string, string> = {
  title: '"Article"',
  summary: '"Résumé."',
  published: '2025-06-19',
  jurisdiction: 'france',
  type: 'arret',
  topics: '[procedure-civile]',
};

/** The schema's verdict on a frontmatter with some fields replaced (or removed with `undefined`). */
function validate(fields: Record<string, string | undefined>) {
  const lines = Object.entries({ ...BASE, ...fields })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  const { frontmatter } = parseFrontmatter(`---\n${lines.join('\n')}\n---\n\nTexte.\n`);
  return articleSchema.safeParse(frontmatter);
}

/** Each issue as "path: message". */
function problems(fields: Record<string, string | undefined>): string[] {
  const result = validate(fields);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the article schema', () => {
  it('accepts a valid article', () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    ['unknown topic, with a suggestion', { topics: '[cybersecurity]' }, /^topics\.0: unknown topic "cybersecurity"\. Did you mean "cybersecurite"\?/],
    ['unknown jurisdiction', { jurisdiction: 'eu' }, /^jurisdiction: unknown jurisdiction "eu"\. Did you mean "ue"\?/],
    ['unknown authority', { authority: 'ca-renne' }, /^authority: .*Did you mean "ca-rennes"\?/],
    ['unknown document type', { type: 'arrêt' }, /^type: unknown document type "arrêt"\. Did you mean "arret"\?/],
    // The project's own content has no author file.
    [
      'an author without a file',
      { authors: '[jeanne-martin]' },
      /^authors\.0: unknown author "jeanne-martin": content\/authors\/ has no author file; add content\/authors\/jeanne-martin\.json/,
    ],
    ['authors not a list', { authors: 'jeanne-martin' }, /^authors: expected a list of author slugs/],
    ['missing title', { title: undefined }, /^title: expected a title/],
    ['empty summary', { summary: '""' }, /^summary: expected a non-empty summary/],
    ['malformed date', { published: '19/06/2025' }, /^published: .*expected YYYY-MM-DD/],
    ['empty topics', { topics: '[]' }, /^topics: expected at least one topic/],
    ['unknown frontmatter key', { auteur: '"Jean"' }, /^auteur: unknown frontmatter key "auteur"; expected one of title, summary/],
    ['a key named like an object property', { constructor: '"x"' }, /^constructor: unknown frontmatter key "constructor"/],
    ['a key named __proto__', { ['__proto__']: '{ "draft": true }' }, /^__proto__: unknown frontmatter key "__proto__"/],
    [
      'key date precision mismatch',
      { keyDates: '\n  - date: "2026"\n    precision: day\n    kind: echeance\n    label: "Échéance"' },
      /^keyDates\.0\.date: .*does not match precision "day"; expected YYYY-MM-DD/,
    ],
    [
      'unknown key date kind',
      { keyDates: '\n  - date: 2026-01-01\n    precision: day\n    kind: deadline\n    label: "Échéance"' },
      /^keyDates\.0\.kind: unknown key date kind "deadline"/,
    ],
    ['updated before published', { updated: '2025-01-01' }, /^updated: "updated" \(2025-01-01\) is before "published"/],
    [
      'source URL that is not https',
      { sources: '\n  - label: "Texte"\n    url: "http://example.org/x"' },
      /^sources\.0\.url: expected an absolute https:\/\/ URL/,
    ],
    [
      'source identifier of no known format',
      { sources: '\n  - label: "Texte"\n    identifier: "DIR-2019-882"' },
      /^sources\.0\.identifier: .*not a recognised identifier; expected an ECLI/,
    ],
    [
      'decision number of no known format',
      { decision: '\n  court: cour-de-cassation\n  date: 2025-05-22\n  number: "2025-512"' },
      /^decision\.number: .*not a decision number; expected a pourvoi \(22-12\.345\), RG/,
    ],
    ['draft that is not a boolean', { draft: 'oui' }, /^draft: expected true or false/],
    ['a vertical tab in the title', { title: '"Titre\\vsuite"' }, /^title: contains the control character U\+000B, which feeds and calendars cannot carry/],
    [
      'an escape character in a key date label',
      { keyDates: '\n  - date: 2026-01-01\n    precision: day\n    kind: echeance\n    label: "É\\echéance"' },
      /^keyDates\.0\.label: contains the control character U\+001B/,
    ],
    ['a non-character in a source label', { sources: '\n  - label: "Texte\\uFFFE"' }, /^sources\.0\.label: contains the control character U\+FFFE/],
    [
      'a source URL with a user before the host',
      { sources: '\n  - label: "Texte"\n    url: "https://www.legifrance.gouv.fr@evil.example/"' },
      /^sources\.0\.url: .*names a user before the host/,
    ],
    [
      'a source URL without a host',
      { sources: '\n  - label: "Texte"\n    url: "https:///etc/passwd"' },
      /^sources\.0\.url: .*has no host right after https:\/\//,
    ],
    ['a year past the range', { published: '9999-12-31' }, /^published: year 9999 is out of range; expected a year from 1000 to 2999/],
    [
      'a key date year past the range',
      { keyDates: '\n  - date: "9999"\n    precision: year\n    kind: echeance\n    label: "Échéance"' },
      /^keyDates\.0\.date: year 9999 is out of range/,
    ],
  ])('refuses %s', (_, fields, expected) => {
    expect(problems(fields as Record<string, string | undefined>)).toEqual([expect.stringMatching(expected)]);
  });
});
