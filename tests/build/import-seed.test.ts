/**
 * The seed file through the real importer: five drafts whose inferred metadata match the reviewed
 * seed articles, which build, and whose pages keep every sentence.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, OUTPUT, ROOT } from '../helpers/site-build.ts';
import { frontmatterOf, importJson, runImporter, type JsonReport } from '../helpers/importer.ts';
import { HtmlValidate } from 'html-validate';
import { elementWith, pageFiles, readPage, textOf } from '../helpers/dist.ts';
import { normalizeTypography, SEED_ARTICLES, SEED_FILE, seedDocuments, sentences } from '../helpers/seed.ts';
import { isoDate } from '../../src/domain/french-date.ts';

const content = join(OUTPUT, 'import-seed');
const articles = join(content, 'articles');
let report: JsonReport;

beforeAll(() => {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  report = importJson([SEED_FILE, '--out', articles]);
});

const reviewed = (slug: string) => frontmatterOf(join(ROOT, 'content', 'articles', `${slug}.mdx`));
const day = (value: unknown) => (value instanceof Date ? isoDate(value) : String(value));

describe('importing the seed file', () => {
  it('yields exactly five drafts, written', () => {
    expect(report.ok).toBe(true);
    expect(report.documents).toHaveLength(5);
    expect(report.written).toBe(5);
    expect(readdirSync(articles).sort()).toEqual(report.documents.map((d) => d.file.split('/').at(-1)).sort());
    for (const file of readdirSync(articles)) {
      expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.mdx$/);
      expect(frontmatterOf(join(articles, file)).draft).toBe(true);
    }
  });

  it.each(SEED_ARTICLES.map((slug, i) => [slug, i] as const))(
    'document %s: date, jurisdiction, authority, type and topics match the reviewed article',
    (slug, i) => {
      const expected = reviewed(slug);
      const { inferred } = report.documents[i]!;
      expect(inferred.published.value).toBe(day(expected.published));
      expect(inferred.jurisdiction.value).toBe(expected.jurisdiction);
      expect(inferred.authority?.value).toBe(expected.authority);
      expect(inferred.type.value).toBe(expected.type);
      expect(inferred.topics.map((t) => t.value).sort()).toEqual([...expected.topics].sort());
      const keyDates = (expected.keyDates as { date: unknown; precision: string; qualifier?: string; kind: string }[]).map(
        (d) => `${day(d.date)}|${d.precision}|${d.qualifier ?? ''}|${d.kind}`,
      );
      expect(inferred.keyDates.map((d) => `${d.date}|${d.precision}|${d.qualifier ?? ''}|${d.kind}`).sort()).toEqual(keyDates.sort());
      if (expected.decision) expect(inferred.authority?.chamber).toBe(expected.decision.chamber);
    },
  );

  it('says where each value came from and what needs review', () => {
    const plan = report.documents[0]!;
    expect(plan.inferred.published.from[0]).toContain('15 janvier 2025');
    expect(plan.inferred.authority!.from).toContain('Commission européenne');
    expect(plan.review.join('\n')).toMatch(/Pour en savoir plus \/ sources :" is followed by no source/);
    expect(plan.review.join('\n')).toMatch(/title proposed/);
  });

  it('a second run changes nothing and says so', () => {
    const before = readdirSync(articles).map((f) => readFileSync(join(articles, f), 'utf8'));
    const run = runImporter([SEED_FILE, '--out', articles]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Nothing to do: all 5 draft\(s\) already exist with the same content/);
    expect(readdirSync(articles).map((f) => readFileSync(join(articles, f), 'utf8'))).toEqual(before);
  });

  it('the drafts build, and once published their pages keep every sentence of the seed', async () => {
    await buildSite({ name: 'import-seed-drafts', contentDir: content });
    const published = join(OUTPUT, 'import-seed-published');
    rmSync(published, { recursive: true, force: true });
    cpSync(content, published, { recursive: true });
    for (const file of readdirSync(join(published, 'articles'))) {
      const path = join(published, 'articles', file);
      writeFileSync(path, readFileSync(path, 'utf8').replace('\ndraft: true\n', '\ndraft: false\n'));
    }
    // Built on 28 June 2025, the newest document's day (a later one is scheduled, not shown): June
    // has key dates both past (19 June) and to come (28 June: the build day is still to come), so
    // the agenda lists that month under both headings.
    const dist = await buildSite({ name: 'import-seed-site', contentDir: published, env: { VIGIE_TODAY: '2025-06-28' } });
    const documents = seedDocuments();
    report.documents.forEach((doc, i) => {
      const slug = doc.file
        .split('/')
        .at(-1)!
        .replace(/\.mdx$/, '');
      const body = normalizeTypography(textOf(elementWith(readPage(dist, `/articles/${slug}/`), 'class="prose"')));
      const missing = documents[i]!.flatMap(sentences).filter((sentence) => !body.includes(normalizeTypography(sentence)));
      expect(missing, slug).toEqual([]);
    });
    // The pillars keep their structure.
    const plan = elementWith(
      readPage(
        dist,
        `/articles/${report.documents[0]!.file.split('/')
          .at(-1)!
          .replace(/\.mdx$/, '')}/`,
      ),
      'class="prose"',
    );
    expect(plan.match(/<ul>/g)).toHaveLength(5);
    // Published drafts make valid pages, though their slugs begin with a digit (the agenda's anchors).
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const file of pageFiles(dist)) {
      for (const result of (await validator.validateFile(file)).results)
        for (const message of result.messages) problems.push(`${file.slice(dist.length)}:${message.line} ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
