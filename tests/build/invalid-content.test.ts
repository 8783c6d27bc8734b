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

/**
 * Every schema rule is tested in-process (tests/unit/article-schema.test.ts); here, that its
 * messages reach the terminal with the file's name, and the checks made on the files themselves.
 */
const cases: Case[] = [
  {
    name: 'unknown topic, with a suggestion',
    files: { 'casse.mdx': article({ topics: '[cybersecurity]' }) },
    // The field's line, not "casse.mdx:0:0", and no stack trace: the mistake is the editor's.
    expected: [
      /casse\.mdx:7 — field "topics\.0": unknown topic "cybersecurity"\. Did you mean "cybersecurite"\?/,
      /Location:\s+\S+casse\.mdx:7:1/,
      /^(?![\s\S]*Stack trace)/,
    ],
  },
  {
    name: 'a key named __proto__',
    files: { 'casse.mdx': article({ ['__proto__']: '{ draft: true }' }) },
    expected: [/casse\.mdx:8 — field "__proto__": unknown frontmatter key "__proto__"/],
  },
  {
    name: 'impossible date',
    files: { 'casse.mdx': article({ published: '2025-02-30' }) },
    expected: [/casse\.mdx/, /field "published"/, /"2025-02-30" is not a real calendar date/],
  },
  {
    name: 'duplicate slug across folders',
    files: { 'a/doublon.mdx': VALID, 'b/doublon.mdx': VALID },
    expected: [/b\/doublon\.mdx/, /duplicate slug "doublon"/, /a\/doublon\.mdx/],
  },
  { name: 'file name that is not a slug', files: { 'Mon Article.mdx': VALID }, expected: [/Mon Article\.mdx/, /not a valid slug/] },
  {
    name: 'an article compiled as MDX',
    files: { 'casse.mdx': `${article({ type: 'arrêt' })}\n<strong>gras</strong>\n` },
    // Compiled by @astrojs/mdx through glob(), whose errors Astro places at "file:0:0": checked first.
    expected: [/casse\.mdx:6 — field "type": unknown document type "arrêt"/, /Location:\s+\S+casse\.mdx:6:1/],
  },
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

  it('warns about an article over 1 MB, naming it, and still builds it', async () => {
    const dir = join(OUTPUT, 'invalid', 'large');
    writeContent(dir, { 'long.mdx': `${VALID}\n${'Un paragraphe de texte juridique assez long pour peser. '.repeat(20_000)}\n` });
    const run = await runAstro('sync', { name: 'invalid-large', contentDir: dir });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/long\.mdx: 1\.\d MB; an article this long makes heavy pages and feeds/);
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
