import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content.config.ts';
import { contentError, frontmatterProblems } from '../../src/loading/frontmatter-problems.ts';

const ARTICLE = `---
title: "Titre"
summary: "Résumé."
published: 2025-06-19
jurisdiction: france
type: arret
topics: [procedure-civile]
keyDates:
  - date: 2025-06-19
    precision: day
    kind: decision
    label: "Arrêt"
  - date: 2025-07-01
    precision: day
    kind: inconnu
    label: "Autre"
---

Texte.
`;

describe('frontmatterProblems', () => {
  it('finds nothing in a valid article', () => {
    expect(frontmatterProblems(ARTICLE.replace('kind: inconnu', 'kind: echeance'), articleSchema)).toEqual([]);
  });

  it('places each problem at its field’s line, nested ones included', () => {
    const problems = frontmatterProblems(ARTICLE.replace('jurisdiction: france', 'jurisdiction: espagne'), articleSchema);
    expect(problems.map(({ line, field }) => `${line} ${field}`)).toEqual(['5 jurisdiction', '15 keyDates.1.kind']);
    expect(problems[0]!.message).toMatch(/unknown jurisdiction "espagne"/);
  });

  it('places a missing field at the frontmatter’s start', () => {
    const [problem] = frontmatterProblems(ARTICLE.replace('title: "Titre"\n', '').replace('kind: inconnu', 'kind: echeance'), articleSchema);
    expect(problem).toMatchObject({ line: 2, field: 'title' });
  });

  it('makes one error, located at the first problem, without a stack trace', () => {
    const error = contentError([{ file: '/site/content/articles/a.mdx', problem: { line: 5, field: 'type', message: 'expected a type.' } }], '/site');
    expect(error.message).toBe('Invalid article frontmatter:\n- content/articles/a.mdx:5 — field "type": expected a type.');
    expect(error).toMatchObject({ loc: { file: '/site/content/articles/a.mdx', line: 5, column: 1 }, stack: '' });
  });
});
