import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acronymEquivalents } from '../../src/domain/acronyms.ts';
import { loadAcronyms, loadAcronymsFile } from '../../src/loading/acronyms.ts';

const builtIn = loadAcronyms(join(process.cwd(), 'content', 'taxonomy'));

describe('acronymEquivalents', () => {
  it('gives the long forms of an acronym the text writes, and the acronym of a long form', () => {
    expect(acronymEquivalents('Le RGPD s’applique.', builtIn)).toEqual(expect.arrayContaining(['règlement général sur la protection des données', 'GDPR']));
    expect(acronymEquivalents('Selon le Règlement général sur la protection des données, …', builtIn)).toContain('RGPD');
    expect(acronymEquivalents('La Commission nationale de l’informatique et des libertés a sanctionné', builtIn)).toContain('CNIL');
    expect(acronymEquivalents("l'article 700 du Code de procédure civile", builtIn)).toContain('CPC');
  });

  it('reads names with a number written together or apart, and whole words only', () => {
    expect(acronymEquivalents('La directive NIS2 renforce…', builtIn)).toContain('directive (UE) 2022/2555');
    expect(acronymEquivalents('La directive NIS\u00a02 renforce…', builtIn)).toContain('directive (UE) 2022/2555');
    expect(acronymEquivalents('Le DSAR et les CNILs', builtIn)).toEqual([]);
    // Acronyms are matched as written: "ria" in a word or in lower case is not the AI Act.
    expect(acronymEquivalents('La ria de Vigo, un critère', builtIn)).toEqual([]);
  });

  it('adds nothing the text already holds', () => {
    const added = acronymEquivalents('Le RGPD (règlement général sur la protection des données)', builtIn);
    expect(added).not.toContain('RGPD');
    expect(added).not.toContain('règlement général sur la protection des données');
  });
});

describe('loadAcronymsFile', () => {
  // One temporary folder for the test's files, removed afterwards.
  const root = mkdtempSync(join(tmpdir(), 'vigie-acronyms-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (text: string) => {
    const dir = mkdtempSync(join(root, 'case-'));
    writeFileSync(join(dir, 'acronyms.json'), text);
    return join(dir, 'acronyms.json');
  };

  it('names the file, the entry and the field of a mistake', () => {
    const file = write('[{ "short": "RGPD", "long": [] }]');
    expect(() => loadAcronymsFile(file)).toThrow(`${file}: entry 1: field "long" must be a non-empty string or array of non-empty strings`);
    expect(() => loadAcronymsFile(write('{ "RGPD": "…" }'))).toThrow(/expected a JSON array/);
    expect(() => loadAcronymsFile(write('[{ "short": "RGPD", "long": "x" },'))).toThrow(/cannot read the acronyms file/);
  });

  it('falls back to the built-in list for a content folder without one', () => {
    const empty = mkdtempSync(join(root, 'taxonomy-'));
    expect(loadAcronyms(empty, join(process.cwd(), 'content', 'taxonomy'))).toEqual(builtIn);
    expect(builtIn.length).toBeGreaterThan(20);
  });
});
