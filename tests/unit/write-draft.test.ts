/** Drafts are written whole, and a new one never replaces a file created meanwhile by another import. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { TEMPORARY_DRAFT, writeDraft } from '../../src/importer/write-draft.ts';
import { OUTPUT } from '../helpers/site-build.ts';

const DIR = join(OUTPUT, 'write-draft');
const DRAFT = join(DIR, '2025-03-12-arret.mdx');

beforeEach(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
});

describe('writeDraft', () => {
  it('creates a new draft, leaving no temporary file', () => {
    expect(writeDraft(DRAFT, 'texte', false)).toBe(true);
    expect(readFileSync(DRAFT, 'utf8')).toBe('texte');
    expect(readdirSync(DIR)).toEqual(['2025-03-12-arret.mdx']);
  });

  it('does not replace a draft another import created after this one checked the name', () => {
    writeFileSync(DRAFT, 'le brouillon de l’autre import');
    expect(writeDraft(DRAFT, 'texte', false)).toBe(false);
    expect(readFileSync(DRAFT, 'utf8')).toBe('le brouillon de l’autre import');
    expect(readdirSync(DIR)).toEqual(['2025-03-12-arret.mdx']);
  });

  it('replaces it when asked (--force)', () => {
    writeFileSync(DRAFT, 'ancien');
    expect(writeDraft(DRAFT, 'nouveau', true)).toBe(true);
    expect(readFileSync(DRAFT, 'utf8')).toBe('nouveau');
  });

  it('names its temporary files so that a later import can find those an interrupted one left', () => {
    expect(TEMPORARY_DRAFT.exec('.2025-03-12-arret.mdx.4242.tmp')?.[1]).toBe('4242');
    expect(TEMPORARY_DRAFT.test('2025-03-12-arret.mdx')).toBe(false);
  });
});
