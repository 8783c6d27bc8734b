/**
 * Bad input fails the build with a message naming the file, the field and what was expected.
 * Each case is a content folder with one valid article and one broken one, run through the real
 * content sync (`astro sync`, the same loader and schema as `astro build`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT, runAstro } from '../helpers/site-build.ts';

const VALID = `---
title: "Article valide"
summary: "Résumé valide."
published: 2025-06-19
jurisdiction: france
authority: cnil
type: recommandation
topics: [protection-donnees]
---

Texte.
`;

/** A frontmatter with one field replaced (or removed with `undefined`). */
function article(fields: Record<string, string | undefined>): string {
  const base: Record<string, string | undefined> = {
    title: '"Article cassé"',
    summary: '"Résumé."',
    published: '2025-06-19',
    jurisdiction: 'france',
    type: 'arret',
    topics: '[procedure-civile]',
  };
  const merged = { ...base, ...fields };
  const lines = Object.entries(merged)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\nTexte.\n`;
}

interface Case {
  name: string;
  files: Record<string, string>;
  expected: RegExp[];
}

const cases: Case[] = [
  {
    name: 'unknown topic, with a suggestion',
    files: { 'casse.mdx': article({ topics: '[cybersecurity]' }) },
    expected: [/casse\.mdx/, /topics\.0/, /unknown topic "cybersecurity"\. Did you mean "cybersecurite"\?/],
  },
  {
    name: 'unknown jurisdiction',
    files: { 'casse.mdx': article({ jurisdiction: 'eu' }) },
    expected: [/casse\.mdx/, /jurisdiction/, /unknown jurisdiction "eu"\. Did you mean "ue"\?/],
  },
  {
    name: 'unknown authority',
    files: { 'casse.mdx': article({ authority: 'ca-renne' }) },
    expected: [/casse\.mdx/, /authority/, /Did you mean "ca-rennes"\?/],
  },
  {
    name: 'unknown document type',
    files: { 'casse.mdx': article({ type: 'arrêt' }) },
    expected: [/casse\.mdx/, /type/, /unknown document type "arrêt"\. Did you mean "arret"\?/],
  },
  { name: 'missing title', files: { 'casse.mdx': article({ title: undefined }) }, expected: [/casse\.mdx/, /title/, /expected a title/] },
  { name: 'empty summary', files: { 'casse.mdx': article({ summary: '""' }) }, expected: [/casse\.mdx/, /summary/, /expected a non-empty summary/] },
  { name: 'malformed date', files: { 'casse.mdx': article({ published: '19/06/2025' }) }, expected: [/casse\.mdx/, /published/, /expected YYYY-MM-DD/] },
  {
    name: 'impossible date',
    files: { 'casse.mdx': article({ published: '2025-02-30' }) },
    expected: [/casse\.mdx/, /field "published"/, /"2025-02-30" is not a real calendar date/],
  },
  { name: 'empty topics', files: { 'casse.mdx': article({ topics: '[]' }) }, expected: [/casse\.mdx/, /topics/, /expected at least one topic/] },
  {
    name: 'duplicate slug across folders',
    files: { 'a/doublon.mdx': VALID, 'b/doublon.mdx': VALID },
    expected: [/b\/doublon\.mdx/, /duplicate slug "doublon"/, /a\/doublon\.mdx/],
  },
  {
    name: 'unknown frontmatter key',
    files: { 'casse.mdx': article({ auteur: '"Jean"' }) },
    expected: [/casse\.mdx/, /auteur: unknown frontmatter key "auteur"; expected one of title, summary/],
  },
  {
    name: 'key date precision mismatch',
    files: { 'casse.mdx': article({ keyDates: '\n  - date: "2026"\n    precision: day\n    kind: echeance\n    label: "Échéance"' }) },
    expected: [/casse\.mdx/, /keyDates\.0\.date/, /does not match precision "day"; expected YYYY-MM-DD/],
  },
  {
    name: 'unknown key date kind',
    files: { 'casse.mdx': article({ keyDates: '\n  - date: 2026-01-01\n    precision: day\n    kind: deadline\n    label: "Échéance"' }) },
    expected: [/casse\.mdx/, /keyDates\.0\.kind/, /unknown key date kind "deadline"/],
  },
  {
    name: 'updated before published',
    files: { 'casse.mdx': article({ updated: '2025-01-01' }) },
    expected: [/casse\.mdx/, /updated/, /is before "published"/],
  },
  { name: 'file name that is not a slug', files: { 'Mon Article.mdx': VALID }, expected: [/Mon Article\.mdx/, /not a valid slug/] },
  {
    name: 'source URL that is not https',
    files: { 'casse.mdx': article({ sources: '\n  - label: "Texte"\n    url: "http://example.org/x"' }) },
    expected: [/casse\.mdx/, /sources\.0\.url/, /https/],
  },
  {
    name: 'source identifier of no known format',
    files: { 'casse.mdx': article({ sources: '\n  - label: "Texte"\n    identifier: "DIR-2019-882"' }) },
    expected: [/casse\.mdx/, /sources\.0\.identifier/, /not a recognised identifier; expected an ECLI/],
  },
  {
    name: 'decision number of no known format',
    files: { 'casse.mdx': article({ decision: '\n  court: cour-de-cassation\n  date: 2025-05-22\n  number: "2025-512"' }) },
    expected: [/casse\.mdx/, /decision\.number/, /not a decision number; expected a pourvoi \(22-12\.345\), RG/],
  },
  { name: 'draft that is not a boolean', files: { 'casse.mdx': article({ draft: 'oui' }) }, expected: [/casse\.mdx/, /draft/, /expected true or false/] },
];

function writeContent(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries({ 'valide.mdx': VALID, ...files })) {
    const file = join(dir, 'articles', name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

describe('invalid content fails with a clear message', () => {
  it('accepts the valid article alone (so failures below come from the broken file)', async () => {
    const dir = join(OUTPUT, 'invalid', 'control');
    writeContent(dir, {});
    const run = await runAstro('sync', { name: 'invalid-control', contentDir: dir });
    expect(run.output).not.toMatch(/error/i);
    expect(run.code).toBe(0);
  });

  it.concurrent.each(cases)('$name', async ({ name, files, expected }) => {
    const id = name.replace(/[^a-z]+/gi, '-');
    const dir = join(OUTPUT, 'invalid', id);
    writeContent(dir, files);
    const run = await runAstro('sync', { name: `invalid-${id}`, contentDir: dir });
    expect(run.code, run.output).not.toBe(0);
    for (const pattern of expected) expect(run.output).toMatch(pattern);
  });
});
