/**
 * The importer on real published texts (tests/fixtures/import-real/: Cour de cassation decisions
 * from its open-data samples, acts from Légifrance's LEGI export), pasted in the layouts an editor
 * receives. Ground truth comes from the sources' structured fields (README.md there), never from
 * the importer. Holds each field to 95 % of the documents that have a value for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importJson, type JsonReport } from '../helpers/importer.ts';
import { OUTPUT, ROOT } from '../helpers/site-build.ts';

const DIR = join(ROOT, 'tests', 'fixtures', 'import-real');
interface Truth {
  published: string;
  jurisdiction: string;
  authority?: string;
  type: string;
  identifiers: string[];
  decisionDate?: string;
  chamber?: string;
  decisionNumber?: string;
  origin: { repository: string; path: string; commit: string; licence: string };
}
const truth = JSON.parse(readFileSync(join(DIR, 'ground-truth.json'), 'utf8')) as Record<string, Truth[]>;
const files = readdirSync(join(DIR, 'inputs')).sort();
const FIELDS = ['split', 'published', 'jurisdiction', 'authority', 'type', 'identifiers', 'decisionDate', 'chamber', 'decisionNumber'] as const;
type Field = (typeof FIELDS)[number];
let report: JsonReport;

beforeAll(() => {
  report = importJson([...files.map((f) => join(DIR, 'inputs', f)), '--out', join(OUTPUT, 'import-real'), '--dry-run']);
});

const same = (a: readonly string[], b: readonly string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

describe('importer on real texts', () => {
  it('has ground truth with an origin for every input, and at least 60 documents', () => {
    expect(Object.keys(truth).sort()).toEqual(files);
    const documents = Object.values(truth).flat();
    expect(documents.length).toBeGreaterThanOrEqual(60);
    for (const d of documents) expect(d.origin.repository && d.origin.path && d.origin.commit && d.origin.licence).toBeTruthy();
  });

  it('gets every field right for at least 95 % of the documents', () => {
    expect(report.errors).toEqual([]);
    const right: Record<Field, number> = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
    const counted: Record<Field, number> = { ...right };
    const misses: string[] = [];
    const score = (field: Field, ok: boolean, where: string, detail: string) => {
      counted[field]++;
      if (ok) right[field]++;
      else misses.push(`${where} ${field}: ${detail}`);
    };
    for (const file of files) {
      const got = report.documents.filter((d) => d.input.split('/').at(-1) === file);
      const want = truth[file]!;
      score('split', got.length === want.length, file, `${got.length} documents, ${want.length} expected`);
      want.forEach((w, i) => {
        const g = got[i];
        const where = want.length > 1 ? `${file}#${i + 1}` : file;
        const check = (field: Field, expected: unknown, actual: unknown) => {
          if (expected === undefined && field !== 'authority') return;
          score(field, JSON.stringify(actual) === JSON.stringify(expected), where, `${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
        };
        check('published', w.published, g?.inferred.published.value);
        check('jurisdiction', w.jurisdiction, g?.inferred.jurisdiction.value);
        check('authority', w.authority, g?.inferred.authority?.value);
        check('type', w.type, g?.inferred.type.value);
        const ids = g?.inferred.identifiers.map((x) => x.value) ?? [];
        score('identifiers', same(ids, w.identifiers), where, `[${ids}] ≠ [${w.identifiers}]`);
        check('decisionDate', w.decisionDate, g?.decision?.date);
        check('chamber', w.chamber, g?.decision?.chamber);
        check('decisionNumber', w.decisionNumber, g?.decision?.number);
      });
    }
    const table = Object.fromEntries(FIELDS.map((f) => [f, `${right[f]}/${counted[f]} (${Math.round((1000 * right[f]) / counted[f]) / 10} %)`]));
    console.log(`Importer on real texts: ${JSON.stringify({ files: files.length, documents: Object.values(truth).flat().length, ...table, misses }, null, 2)}`);
    for (const f of FIELDS) expect(right[f] / counted[f], f).toBeGreaterThanOrEqual(0.95);
  });
});
