/**
 * Real French legal text for the benchmark corpus: the code trees of the npm package
 * `@socialgouv/legi-data` (Légifrance's LEGI database), fetched on demand with `npm pack` into
 * `.cache/legi-data/` (git-ignored) and extracted there. It is never a dependency of the project.
 *
 * Each code file (`package/data/LEGITEXT*.json`, 2 to 56 MB) is parsed once and reduced to a
 * compact "pool" file next to it (article id, number, section title, plain-text paragraphs), so
 * later runs read a few MB instead of re-parsing the big trees.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LEGI_DATA_PACKAGE = '@socialgouv/legi-data';
export const LEGI_DATA_VERSION = '2.513.0';
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const LEGI_CACHE_DIR = join(PROJECT_ROOT, '.cache', 'legi-data');

/** The smallest code (Code des relations entre le public et l'administration, 2 MB): always used first. */
export const SMALLEST_CODE = 'LEGITEXT000031366350';

/** Short slugs for the codes of the package (any other code gets one from its title). */
const CODE_SHORT: Record<string, string> = {
  LEGITEXT000031366350: 'crpa',
  LEGITEXT000006073189: 'css',
  LEGITEXT000022197698: 'rural',
  LEGITEXT000006072050: 'travail',
};

export interface SourceArticle {
  /** LEGIARTI identifier. */
  id: string;
  /** Article number as cited: "L111-2", "R. 123-4". */
  num: string;
  /** Title of the nearest section, cleaned ("Dispositions générales"). */
  section: string;
  /** Plain-text paragraphs (tags stripped, entities decoded), in order. */
  paragraphs: string[];
}

export interface SourceCode {
  id: string;
  title: string;
  short: string;
  articles: SourceArticle[];
  /** UTF-8 bytes of all paragraphs. */
  bytes: number;
}

const log = (message: string) => process.stderr.write(`[legi-data] ${message}\n`);

/**
 * The folder holding the package's `data/` (downloaded and extracted on first use). Concurrent
 * callers are safe: each extracts into its own temporary folder and renames it into place.
 */
export function ensureLegiData(): string {
  const versionDir = join(LEGI_CACHE_DIR, LEGI_DATA_VERSION);
  const dataDir = join(versionDir, 'package', 'data');
  if (existsSync(join(dataDir, `${SMALLEST_CODE}.json`))) return dataDir;
  const work = join(LEGI_CACHE_DIR, `tmp-${process.pid}-${Date.now()}`);
  mkdirSync(work, { recursive: true });
  try {
    const spec = `${LEGI_DATA_PACKAGE}@${LEGI_DATA_VERSION}`;
    log(`fetching ${spec} with npm pack into ${LEGI_CACHE_DIR} (≈ 13 MB, once)…`);
    // --ignore-scripts: only the tarball is wanted; nothing is installed or run.
    execFileSync('npm', ['pack', spec, '--pack-destination', work, '--ignore-scripts', '--silent'], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${spec} wrote no tarball into ${work}`);
    execFileSync('tar', ['xzf', tarball], { cwd: work, stdio: 'inherit' });
    if (!existsSync(join(work, 'package', 'data', `${SMALLEST_CODE}.json`))) {
      throw new Error(`${spec}: package/data/${SMALLEST_CODE}.json not found in the tarball`);
    }
    mkdirSync(versionDir, { recursive: true });
    try {
      renameSync(join(work, 'package'), join(versionDir, 'package'));
      renameSync(join(work, tarball), join(versionDir, tarball));
    } catch (error) {
      // Another process got there first: its copy is identical.
      if (!existsSync(join(dataDir, `${SMALLEST_CODE}.json`))) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dataDir;
}

/** The code files of the package, smallest first (the order in which the corpus draws on them). */
export function codeFiles(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => /^LEGITEXT\d+\.json$/.test(name))
    .map((name) => join(dataDir, name))
    .sort((a, b) => statSync(a).size - statSync(b).size || a.localeCompare(b));
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  deg: '°',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

/** Table cells are joined with " ; " on their row's line. */
const CELL = '\u0001';

/** Légifrance's article HTML → plain-text paragraphs (one per <p>, <br/>, table row…). */
export function htmlToParagraphs(html: string): string[] {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|tr|center|table|tbody|thead|li|ul|ol|h\d)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]>/gi, CELL)
    // Only real tags: legal text holds bare "<" ("R < 6,5 %", "< ou = 25 %").
    .replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) =>
      line
        .split(CELL)
        .map((cell) => cell.replace(/[\s\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join(' ; '),
    )
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

/** "Section 1 : Dispositions générales\r\n" → "Dispositions générales". */
export function cleanSectionTitle(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim().replace(/[.]$/, '');
  const stripped = flat.replace(/^(?:Partie|Livre|Titre|Chapitre|Section|Sous-section|Paragraphe|Sous-paragraphe)\b[^:]*:\s*/i, '').trim();
  return stripped || flat;
}

interface TreeNode {
  type: string;
  data: { id?: string; title?: string; num?: string | null; texte?: string; texteHtml?: string; etat?: string };
  children?: TreeNode[];
}

function slugish(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Parses one code tree (the only memory-heavy step, ≈ 250 MB for the largest) into a pool. */
function extractCode(file: string): SourceCode {
  const tree = JSON.parse(readFileSync(file, 'utf8')) as TreeNode;
  const id = tree.data.id ?? file.replace(/^.*\/|\.json$/g, '');
  const title = (tree.data.title ?? id).trim();
  const articles: SourceArticle[] = [];
  let bytes = 0;
  const walk = (node: TreeNode, section: string): void => {
    if (node.type === 'article') {
      const paragraphs = htmlToParagraphs(node.data.texteHtml || node.data.texte || '');
      if (!paragraphs.length || !node.data.id) return;
      articles.push({ id: node.data.id, num: (node.data.num ?? '').trim() || 'annexe', section, paragraphs });
      bytes += Buffer.byteLength(paragraphs.join('\n'));
      return;
    }
    const next = node.type === 'section' && node.data.title ? cleanSectionTitle(node.data.title) : section;
    for (const child of node.children ?? []) walk(child, next);
  };
  walk(tree, title);
  return { id, title, short: CODE_SHORT[id] ?? slugish(title).split('-').slice(-1)[0] ?? 'code', articles, bytes };
}

/** One code as a pool, from its compact cache file (written on first use). */
export function loadCode(file: string): SourceCode {
  const poolFile = file.replace(/\.json$/, '.pool.json');
  if (existsSync(poolFile)) return JSON.parse(readFileSync(poolFile, 'utf8')) as SourceCode;
  log(`extracting ${file.replace(/^.*\//, '')} (once)…`);
  const code = extractCode(file);
  const tmp = `${poolFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(code));
  renameSync(tmp, poolFile);
  return code;
}

/**
 * Codes, smallest first, until they hold at least `minBytes` of text (or all of them: the
 * corpus then reuses text). Only the codes needed are read.
 */
export function loadSourceCodes(minBytes: number): SourceCode[] {
  const dataDir = ensureLegiData();
  const files = codeFiles(dataDir);
  const smallest = files.findIndex((file) => file.endsWith(`${SMALLEST_CODE}.json`));
  if (smallest > 0) files.unshift(...files.splice(smallest, 1));
  const codes: SourceCode[] = [];
  let bytes = 0;
  for (const file of files) {
    if (codes.length && bytes >= minBytes) break;
    const code = loadCode(file);
    codes.push(code);
    bytes += code.bytes;
  }
  return codes;
}
