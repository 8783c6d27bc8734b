/**
 * 108 French inputs written for the tests (tests/fixtures/import/), in the styles a legal watch
 * receives, each with the metadata expected of each of its documents: 32 written with the
 * importer, 76 written afterwards by someone who had not read its rules (33–50, 51–70, 71–82,
 * 83–94, 95–98, then 99–108: digests of several documents, pages copied from official sites, a
 * wrapped PDF, files in the seed's own layout; each set held out until the rules were revised). Checks how each file splits, reports
 * the share of inputs whose date, jurisdiction and topics are all right, and holds the importer
 * to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importJson, type JsonReport } from '../helpers/importer.ts';
import { OUTPUT, ROOT } from '../helpers/site-build.ts';

const DIR = join(ROOT, 'tests', 'fixtures', 'import');
interface Expected {
  published: string;
  jurisdiction: string;
  authority?: string;
  type: string;
  topics: string[];
  identifiers?: string[];
  /** The chapeau: the first sentence of the prose, under any title or citation line. */
  summary?: string;
}
/** One expectation per input, or one per document for a file holding several. */
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected | Expected[]>;
const expectedDocuments = (file: string): Expected[] => [expected[file]!].flat();
const files = readdirSync(join(DIR, 'inputs'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
let report: JsonReport;

beforeAll(() => {
  report = importJson([...files.map((f) => join(DIR, 'inputs', f)), '--out', join(OUTPUT, 'import-corpus'), '--dry-run']);
});

const same = (a: readonly string[], b: readonly string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

describe('importer corpus', () => {
  it('has an expectation for every input, and splits each into the documents expected', () => {
    expect(files.length).toBeGreaterThanOrEqual(108);
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(report.documents.map((d) => d.input.split('/').at(-1))).toEqual(files.flatMap((file) => expectedDocuments(file).map(() => file)));
    expect(files.filter((file) => expectedDocuments(file).length > 1).length).toBeGreaterThanOrEqual(7);
  });

  it('gets date, jurisdiction and topics all right for at least 85 % of documents', () => {
    const seen = new Map<string, number>();
    const rows = report.documents.map((doc) => {
      const file = doc.input.split('/').at(-1)!;
      const position = seen.get(file) ?? 0;
      seen.set(file, position + 1);
      const want = expectedDocuments(file)[position]!;
      const got = doc.inferred;
      return {
        file: expectedDocuments(file).length > 1 ? `${file}#${position + 1}` : file,
        date: got.published.value === want.published,
        jurisdiction: got.jurisdiction.value === want.jurisdiction,
        topics: same(
          got.topics.map((t) => t.value),
          want.topics,
        ),
        authority: (got.authority?.value ?? undefined) === want.authority,
        type: got.type.value === want.type,
        identifiers:
          want.identifiers === undefined ||
          same(
            got.identifiers.map((i) => i.value),
            want.identifiers,
          ),
        summary: want.summary === undefined || doc.summary.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'") === want.summary.replace(/’/g, "'"),
        detail: `${got.published.value}/${want.published} ${got.jurisdiction.value}/${want.jurisdiction} [${got.topics.map((t) => t.value)}]/[${want.topics}] ${got.authority?.value}/${want.authority} ${got.type.value}/${want.type}`,
      };
    });
    const share = (key: 'date' | 'jurisdiction' | 'topics' | 'authority' | 'type' | 'identifiers' | 'summary') =>
      rows.filter((r) => r[key]).length / rows.length;
    const allThree = rows.filter((r) => r.date && r.jurisdiction && r.topics);
    const summary = {
      inputs: files.length,
      documents: rows.length,
      dateJurisdictionTopics: `${allThree.length}/${rows.length} (${Math.round((100 * allThree.length) / rows.length)} %)`,
      date: share('date'),
      jurisdiction: share('jurisdiction'),
      topics: share('topics'),
      authority: share('authority'),
      type: share('type'),
      identifiers: share('identifiers'),
      summary: share('summary'),
      misses: rows
        .filter((r) => !(r.date && r.jurisdiction && r.topics && r.authority && r.type && r.identifiers && r.summary))
        .map((r) => `${r.file}: ${r.detail}`),
    };
    console.log(`Importer accuracy: ${JSON.stringify(summary, null, 2)}`);
    expect(allThree.length / rows.length).toBeGreaterThanOrEqual(0.85);
    expect(share('identifiers')).toBeGreaterThanOrEqual(0.9);
    expect(share('authority')).toBeGreaterThanOrEqual(0.9);
    expect(share('type')).toBeGreaterThanOrEqual(0.9);
    expect(share('summary')).toBeGreaterThanOrEqual(0.9);
  });
});
