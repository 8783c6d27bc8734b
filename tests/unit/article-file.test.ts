/**
 * Article files as the importer and the editing interface write them (src/domain/article-file.ts):
 * every article of the project reads and writes back byte for byte, a changed value changes its
 * line only, and what is written reads back as the same values through Astro's own parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { fieldSchemaOf } from '../../src/admin/cms-fields.ts';
import { articleSchema } from '../../src/content.config.ts';
import { articleFileText, parseArticleFile } from '../../src/domain/article-file.ts';

const ORDER = Object.keys(fieldSchemaOf(articleSchema.out).properties ?? {});
const FOLDERS = ['content/articles', 'tests/fixtures/content/articles'];
const files = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => join(folder, name)),
);

describe('article files', () => {
  it.each(files)('%s reads and writes back unchanged', (file) => {
    const text = readFileSync(file, 'utf8');
    const { data, body } = parseArticleFile(text);
    expect(articleFileText(data, body, ORDER)).toBe(text);
  });

  it('changes only the line of the value that changed', () => {
    const text = readFileSync('content/articles/cass-2e-civ-article-857-cpc-retractation-ordonnance.mdx', 'utf8');
    const { data, body } = parseArticleFile(text);
    const changed = articleFileText({ ...data, summary: 'Un autre chapeau, avec « guillemets » et "apostrophes".' }, body, ORDER).split('\n');
    const before = text.split('\n');
    expect(changed.length).toBe(before.length);
    expect(changed.filter((line, i) => line !== before[i])).toEqual(['summary: "Un autre chapeau, avec « guillemets » et \\"apostrophes\\"."']);
  });

  it('writes free text quoted on one line, slugs and days plain, lists of slugs on one line', () => {
    const text = articleFileText(
      {
        draft: true,
        title: 'Loi n° 2024-449 : « SREN » — un titre long, long, long, long, long, long, long, long, long, long, long, long',
        published: '2025-06-01',
        topics: ['cybersecurite', 'protection-donnees'],
        keyDates: [{ date: '2026', precision: 'year', kind: 'echeance', label: 'true' }],
        decision: { court: 'cour-de-cassation', number: '22-12.345', date: '2025-05-22' },
      },
      'Texte.',
      ORDER,
    );
    expect(text).toBe(
      [
        '---',
        'title: "Loi n° 2024-449 : « SREN » — un titre long, long, long, long, long, long, long, long, long, long, long, long"',
        'published: 2025-06-01',
        'topics: [cybersecurite, protection-donnees]',
        'decision:',
        '  court: cour-de-cassation',
        '  number: "22-12.345"',
        '  date: 2025-05-22',
        'keyDates:',
        '  - date: "2026"',
        '    precision: year',
        '    kind: echeance',
        '    label: "true"',
        'draft: true',
        '---',
        '',
        'Texte.',
        '',
      ].join('\n'),
    );
    // Astro's parser reads back the same values ("2026" and "true" stay text).
    const { frontmatter } = parseFrontmatter(text);
    expect(frontmatter.keyDates).toEqual([{ date: '2026', precision: 'year', kind: 'echeance', label: 'true' }]);
    expect(frontmatter.decision.number).toBe('22-12.345');
  });

  it('reads a file without frontmatter as all body, and keeps a body’s own blank lines', () => {
    expect(parseArticleFile('Texte seul.\n')).toEqual({ data: {}, body: 'Texte seul.\n' });
    expect(parseArticleFile('---\ntitle: "T"\n---\n\n\nTexte.\n').body).toBe('\n\nTexte.\n');
  });
});
