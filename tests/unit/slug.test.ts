import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '../../src/domain/slug.ts';
import { rawFrontmatterProblems, slugOfFile } from '../../src/loading/article-files.ts';

describe('slugify', () => {
  it('folds accents, ligatures and punctuation', () => {
    expect(slugify('L’intérêt légitime & l’IA')).toBe('l-interet-legitime-l-ia');
    expect(slugify('Mise en œuvre — 2e chambre civile')).toBe('mise-en-oeuvre-2e-chambre-civile');
    expect(slugify('  ÉTATS membres  ')).toBe('etats-membres');
  });
  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('cybersécurité des hôpitaux '.repeat(10), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });
  it('isValidSlug', () => {
    expect(isValidSlug('ca-rennes-2024')).toBe(true);
    expect(isValidSlug('Ca-Rennes')).toBe(false);
    expect(isValidSlug('a--b')).toBe(false);
    expect(isValidSlug('')).toBe(false);
  });
  it('slugOfFile ignores folders', () => {
    expect(slugOfFile('content/articles/2025/ue/plan.mdx')).toBe('plan');
  });
});

describe('rawFrontmatterProblems', () => {
  it('finds impossible unquoted and quoted dates, with line and field', () => {
    const source = '---\ntitle: x\npublished: 2025-02-30\nkeyDates:\n  - date: "2025-13-01"\n    precision: day\n---\nBody';
    expect(rawFrontmatterProblems(source)).toEqual([
      'line 3, field "published": "2025-02-30" is not a real calendar date; expected YYYY-MM-DD.',
      'line 5, field "date": "2025-13-01" is not a real calendar date; expected YYYY-MM-DD.',
    ]);
  });
  it('finds them in inline YAML and under any key, and leaves text values alone', () => {
    const source =
      '---\nkeyDates:\n  - { date: 2026-02-30, precision: day, kind: publication, label: "x" }\ndecision: {court: cjue, date: 2025-04-31}\ntitle: "Le 2025-02-30 reste du texte"\n---\n';
    expect(rawFrontmatterProblems(source)).toEqual([
      'line 3, field "date": "2026-02-30" is not a real calendar date; expected YYYY-MM-DD.',
      'line 4, field "date": "2025-04-31" is not a real calendar date; expected YYYY-MM-DD.',
    ]);
  });
  it('accepts real dates and a BOM', () => {
    expect(rawFrontmatterProblems('\uFEFF---\npublished: 2024-02-29\n---\n')).toEqual([]);
  });
  it('reports a missing frontmatter block', () => {
    expect(rawFrontmatterProblems('Just text')).toHaveLength(1);
  });
});
