/**
 * Benchmark corpus generator: N Vigie articles made of real French legal text (Légifrance codes
 * from `@socialgouv/legi-data`, see legi-data.ts), valid against src/content.config.ts.
 *
 * Each article: 4–6 KB of Markdown body, one `## Article <num>` section per source article, the
 * code's enumerations ("1° …", "a) …") as `- ` lists and a closing `## Références` list; a
 * publication date over ten years (2015-06-01 → 2025-05-31); topics, jurisdiction, authority and
 * type cycling over every entry of the taxonomy; key dates of every kind and precision; Légifrance
 * sources. Deterministic: the same N and seed write byte-identical files.
 *
 *   node scripts/bench/generate-corpus.ts --articles 1000 --out /tmp/corpus [--seed 7]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KEY_DATE_KINDS } from '../../src/domain/article.ts';
import { loadTaxonomy } from '../../src/loading/taxonomy.ts';
import type { TaxonomyEntry } from '../../src/domain/taxonomy-entry.ts';
import { slugify } from '../../src/domain/slug.ts';
import { serializeBody } from '../../src/importer/serialize-body.ts';
import { loadSourceCodes, PROJECT_ROOT, type SourceArticle, type SourceCode } from './legi-data.ts';

export const DEFAULT_SEED = 7;
/** Body size bounds (UTF-8 bytes of the Markdown after the frontmatter). */
export const BODY_MIN = 4096;
export const BODY_MAX = 6144;
/** Publication dates: ten years ending the day before the benchmark's build day (2025-06-01). */
const FIRST_DAY = Date.UTC(2015, 5, 1);
const LAST_DAY = Date.UTC(2025, 4, 31);
const DAY = 86_400_000;

export interface CorpusOptions {
  articles: number;
  /** Content folder: articles go to `<dir>/articles/` (emptied first). */
  dir: string;
  seed?: number;
}

export interface GeneratedArticle {
  slug: string;
  title: string;
  published: string;
  jurisdiction: string;
  authority: string;
  type: string;
  topics: string[];
  /** LEGIARTI ids of the source articles whose text the body holds. */
  sourceIds: string[];
  bytes: number;
}

export interface Corpus {
  dir: string;
  articlesDir: string;
  seed: number;
  articles: GeneratedArticle[];
  /** Codes drawn on, in order, and whether text had to be reused (N larger than the codes). */
  codes: { id: string; title: string; articles: number; bytes: number }[];
  reusedText: boolean;
  bodyBytes: number;
}

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cycles over every entry, in a fresh shuffled order each round (covers all, decorrelated). */
function bag<T>(items: readonly T[], random: () => number): () => T {
  let order: T[] = [];
  return () => {
    if (!order.length) {
      order = [...items];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    return order.pop()!;
  };
}

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const bytesOf = (text: string) => Buffer.byteLength(text);

/** Text as an MDX paragraph, through the importer's serializer: nothing in it reads as syntax. */
function escapeMdx(text: string): string {
  return serializeBody([{ kind: 'paragraph', text: text.trim() }]);
}

/** Enumerations of the codes ("1° …", "a) …", "- …", "I. - …") become list items. */
const LIST_ITEM = /^(?:\d+°|[a-z]\)|[-–—•]\s|[IVX]+\.\s*-)/;

function listItem(paragraph: string): string {
  return `- ${escapeMdx(paragraph.replace(/^[-–—•]\s*/, ''))}`;
}

/** Cuts a paragraph to at most `maxBytes` at a word boundary, with an ellipsis. */
function truncate(text: string, maxBytes: number): string {
  if (bytesOf(text) <= maxBytes) return text;
  let cut = text;
  while (cut.length && bytesOf(cut) > maxBytes - 3) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:\\]+$/, '')}…`;
}

/** At most `max` characters, cut at a word boundary. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.slice(0, max).lastIndexOf(' ');
  return `${text.slice(0, space > 20 ? space : max).replace(/[\s,;:'’-]+$/, '')}…`;
}

/** First sentence(s) of the text, at most ~220 characters, as a plain-text summary. */
function summaryOf(paragraphs: readonly string[]): string {
  const text = paragraphs.join(' ').replace(/\s+/g, ' ').trim();
  if (text.length <= 220) return text;
  // A sentence end, not an abbreviation ("l'article L. 138-19-8", "art. 3").
  const ends = [...text.slice(0, 221).matchAll(/(?<=\p{Ll}{3}|\))\.(?=\s+\p{Lu})/gu)].map((m) => m.index);
  const sentence = ends.length ? ends[ends.length - 1]! : -1;
  if (sentence > 80) return text.slice(0, sentence + 1);
  const space = text.slice(0, 220).lastIndexOf(' ');
  return `${text.slice(0, space > 80 ? space : 220).replace(/[\s,;:]+$/, '')}…`;
}

/** Walks the source articles of the codes in order, wrapping around when they run out. */
class SourceCursor {
  private codeIndex = 0;
  private articleIndex = 0;
  wrapped = false;
  private readonly codes: readonly SourceCode[];
  constructor(codes: readonly SourceCode[]) {
    this.codes = codes;
  }
  next(): { code: SourceCode; article: SourceArticle } {
    let code = this.codes[this.codeIndex]!;
    while (this.articleIndex >= code.articles.length) {
      this.articleIndex = 0;
      this.codeIndex = (this.codeIndex + 1) % this.codes.length;
      if (this.codeIndex === 0) this.wrapped = true;
      code = this.codes[this.codeIndex]!;
    }
    return { code, article: code.articles[this.articleIndex++]! };
  }
}

interface Body {
  markdown: string;
  used: { code: SourceCode; article: SourceArticle }[];
  firstParagraphs: string[];
}

/** Fills one article body with whole source articles up to `target` bytes, never over BODY_MAX. */
function buildBody(cursor: SourceCursor, target: number): Body {
  const blocks: string[] = [];
  const used: Body['used'] = [];
  const firstParagraphs: string[] = [];
  const references = () => ['## Références', used.map(({ code, article }) => `- ${escapeMdx(`${code.title}, article ${article.num}`)}`).join('\n')];
  const size = (extra: string[] = []) => bytesOf(`${[...blocks, ...extra, ...references()].join('\n\n')}\n`);
  let full = false;
  while (!full && size() < target) {
    const source = cursor.next();
    used.push(source);
    if (!firstParagraphs.length) firstParagraphs.push(...source.article.paragraphs.slice(0, 3));
    blocks.push(`## Article ${escapeMdx(source.article.num)}`);
    // Consecutive enumeration items form one tight list.
    const groups: string[][] = [];
    for (const paragraph of source.article.paragraphs) {
      const isItem = LIST_ITEM.test(paragraph);
      const last = groups[groups.length - 1];
      if (isItem && last && LIST_ITEM.test(last[0]!)) last.push(paragraph);
      else groups.push([paragraph]);
    }
    for (const group of groups) {
      const isList = LIST_ITEM.test(group[0]!);
      const items = group.map((p) => (isList ? listItem(p) : escapeMdx(p)));
      let block = items.join('\n');
      const room = BODY_MAX - size(['']);
      if (bytesOf(block) > room) {
        // Keep what fits: whole items, then a cut paragraph; then the article is full.
        const kept: string[] = [];
        for (const item of items) {
          const left = room - bytesOf(kept.join('\n')) - (kept.length ? 1 : 0);
          if (bytesOf(item) <= left) kept.push(item);
          else {
            if (left > 60) kept.push(truncate(item, left));
            break;
          }
        }
        block = kept.join('\n');
        full = true;
      }
      if (block) blocks.push(block);
      if (full || size() >= target) break;
    }
    if (blocks[blocks.length - 1]!.startsWith('## ')) {
      // A heading with no room left for its text: drop it and its reference.
      blocks.pop();
      used.pop();
    }
  }
  return { markdown: `${[...blocks, ...references()].join('\n\n')}\n`, used, firstParagraphs };
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const count = options.articles;
  if (!Number.isInteger(count) || count < 1) throw new Error(`--articles must be a positive integer, got ${count}.`);
  const seed = options.seed ?? DEFAULT_SEED;
  const random = mulberry32(seed);
  const dir = resolve(options.dir);
  const articlesDir = join(dir, 'articles');
  const taxonomy = loadTaxonomy(join(PROJECT_ROOT, 'content', 'taxonomy'));
  // Enough distinct text for every article (≈ 5.5 KB of source text each), if the codes have it.
  const codes = loadSourceCodes(count * 5500);
  const cursor = new SourceCursor(codes);

  const nextTopic = bag(taxonomy.topics, random);
  const nextAuthority = bag(taxonomy.authorities, random);
  const nextType = bag(taxonomy.types, random);
  const nextJurisdiction = bag(taxonomy.jurisdictions, random);
  const kinds = Object.keys(KEY_DATE_KINDS) as (keyof typeof KEY_DATE_KINDS)[];
  const nextKind = bag(kinds, random);
  const precisions = ['day', 'month', 'year'] as const;
  const qualifiers = ['debut', 'mi', 'fin', 'd-ici', 'avant'] as const;
  let keyDateCount = 0;

  rmSync(articlesDir, { recursive: true, force: true });
  mkdirSync(articlesDir, { recursive: true });
  const articles: GeneratedArticle[] = [];
  let bodyBytes = 0;
  const width = String(count).length;

  for (let i = 0; i < count; i++) {
    const target = BODY_MIN + 200 + Math.floor(random() * (BODY_MAX - BODY_MIN - 400));
    const body = buildBody(cursor, target);
    const first = body.used[0]!;
    const last = body.used[body.used.length - 1]!;

    const published = FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / DAY + 1)) * DAY;
    const updated = random() < 0.15 ? Math.min(LAST_DAY, published + (1 + Math.floor(random() * 365)) * DAY) : undefined;
    const authority: TaxonomyEntry = nextAuthority();
    const jurisdiction = authority.jurisdiction ?? nextJurisdiction().slug;
    const topics = [nextTopic().slug];
    const extra = random();
    for (let k = extra < 0.1 ? 2 : extra < 0.45 ? 1 : 0; k > 0; ) {
      const topic = taxonomy.topics[Math.floor(random() * taxonomy.topics.length)]!.slug;
      if (!topics.includes(topic)) {
        topics.push(topic);
        k--;
      }
    }
    const type = nextType().slug;

    const keyDates: string[] = [];
    for (let k = 0, n = 1 + Math.floor(random() * 3); k < n; k++) {
      const kind = nextKind();
      const precision = precisions[keyDateCount++ % precisions.length]!;
      // From a year before publication to three years after: the agenda gets past and upcoming dates.
      const day = iso(published + Math.floor(random() * 365 * 4 - 365) * DAY);
      const date = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
      const qualifier = precision !== 'day' && random() < 0.4 ? qualifiers[Math.floor(random() * qualifiers.length)] : undefined;
      keyDates.push(
        [
          `  - date: ${JSON.stringify(date)}`,
          `    precision: ${precision}`,
          ...(qualifier ? [`    qualifier: ${qualifier}`] : []),
          `    kind: ${kind}`,
          `    label: ${JSON.stringify(`${KEY_DATE_KINDS[kind]} — article ${first.article.num} du ${first.code.title.replace(/^Code/, 'code')}`)}`,
        ].join('\n'),
      );
    }
    const sources = body.used
      .slice(0, 3)
      .map(({ code, article }) =>
        [
          `  - label: ${JSON.stringify(`${code.title}, article ${article.num}`)}`,
          `    url: ${JSON.stringify(`https://www.legifrance.gouv.fr/codes/article_lc/${article.id}`)}`,
        ].join('\n'),
      );

    const range = first === last ? `article ${first.article.num}` : `articles ${first.article.num} à ${last.article.num}`;
    const title = `${shorten(first.article.section, 100)} : ${first.code.title}, ${range}`;
    const slug = `${first.code.short}-${slugify(first.article.num, 30) || 'article'}-${String(i + 1).padStart(width, '0')}`;
    const frontmatter = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `summary: ${JSON.stringify(summaryOf(body.firstParagraphs))}`,
      `published: ${iso(published)}`,
      ...(updated && updated > published ? [`updated: ${iso(updated)}`] : []),
      `jurisdiction: ${jurisdiction}`,
      `authority: ${authority.slug}`,
      `type: ${type}`,
      `topics: [${topics.join(', ')}]`,
      'keyDates:',
      ...keyDates,
      'sources:',
      ...sources,
      '---',
      '',
    ].join('\n');
    writeFileSync(join(articlesDir, `${slug}.mdx`), `${frontmatter}\n${body.markdown}`);
    const bytes = bytesOf(body.markdown);
    bodyBytes += bytes;
    articles.push({
      slug,
      title,
      published: iso(published),
      jurisdiction,
      authority: authority.slug,
      type,
      topics,
      sourceIds: body.used.map((u) => u.article.id),
      bytes,
    });
  }

  const corpus: Corpus = {
    dir,
    articlesDir,
    seed,
    articles,
    codes: codes.map((code) => ({ id: code.id, title: code.title, articles: code.articles.length, bytes: code.bytes })),
    reusedText: cursor.wrapped,
    bodyBytes,
  };
  // A manifest next to articles/ (never read by the build); no paths, so equal runs give equal folders.
  const { dir: _dir, articlesDir: _articlesDir, articles: _articles, ...manifest } = corpus;
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify({ count: articles.length, ...manifest }, null, 2)}\n`);
  return corpus;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  if (!values.out) {
    console.error('usage: node scripts/bench/generate-corpus.ts --articles N --out DIR [--seed S]');
    process.exit(2);
  }
  const started = performance.now();
  const corpus = generateCorpus({ articles: Number(values.articles), dir: values.out, ...(values.seed ? { seed: Number(values.seed) } : {}) });
  console.log(
    `${corpus.articles.length} articles (${(corpus.bodyBytes / 1024 / 1024).toFixed(1)} MB of body) in ${corpus.articlesDir} ` +
      `from ${corpus.codes.map((c) => c.title).join(', ')}${corpus.reusedText ? ' (text reused)' : ''} in ${Math.round(performance.now() - started)} ms`,
  );
}
