/**
 * Content errors as editors need them: the file, the line of the field, the field and what was
 * expected. Astro reports a schema error at `file:0:0` with a stack trace, and in `astro dev` only
 * in the terminal; these errors carry the field's line (`loc`, read by Astro's error overlay and
 * its terminal output, as Vite's error payload defines it) and a hint.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { AstroError } from 'astro/errors';
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

/** The part of a zod schema used here. */
export interface FrontmatterSchema {
  safeParse(data: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface FrontmatterProblem {
  /** 1-based line in the file. */
  line: number;
  /** The field's path as Astro writes it ("topics.0", "keyDates.1.date"). */
  field: string;
  message: string;
}

/** Line of the deepest existing node on `path` in the frontmatter, counted in the whole file. */
function fieldLine(frontmatter: string, path: readonly PropertyKey[]): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontmatter, { lineCounter });
  // The frontmatter starts on the file's second line, after "---".
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line + 1);
  let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
  let line = lineOf(node?.range?.[0]);
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      line = lineOf((pair.key as YamlNode).range?.[0]);
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step] as YamlNode;
      line = lineOf(node.range?.[0]);
    } else break;
  }
  return line;
}

/** The schema's problems with one article file's frontmatter, each at its field's line. */
export function frontmatterProblems(source: string, schema: FrontmatterSchema): FrontmatterProblem[] {
  const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  const result = schema.safeParse(parsed.frontmatter);
  if (result.success || !result.error) return [];
  const raw = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  return result.error.issues.map((issue) => ({
    line: fieldLine(raw, issue.path),
    field: issue.path.map(String).join('.') || '(frontmatter)',
    message: issue.message,
  }));
}

/** One error for every problem of one or more files; its location is the first problem's. */
export function contentError(problems: readonly { file: string; problem: FrontmatterProblem }[], root: string = process.cwd()): AstroError {
  const lines = problems.map(({ file, problem }) => `${relative(root, file) || file}:${problem.line} — field "${problem.field}": ${problem.message}`);
  const error = new AstroError(
    `Invalid article frontmatter:\n- ${lines.join('\n- ')}`,
    'Fix the field at the line given (the schema and every field are described in README.md, "Writing an article").',
  );
  error.name = 'InvalidArticleFrontmatter';
  // An editor's mistake, not the code's: no stack trace under the message.
  error.stack = '';
  const first = problems[0];
  if (first) Object.assign(error, { loc: { file: first.file, line: first.problem.line, column: 1 }, frame: codeFrame(first.file, first.problem.line) });
  return error;
}

/** The lines around `line`, numbered, the line itself marked: what the overlay shows of the file. */
function codeFrame(file: string, line: number): string {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return '';
  }
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 2);
  const width = String(to).length;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .map((n) => `${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1]}`)
    .join('\n');
}

/** Checks every file's frontmatter against the schema; throws one located error listing all problems. */
export function assertValidFrontmatter(files: readonly string[], schema: FrontmatterSchema): void {
  const problems = files.flatMap((file) => frontmatterProblems(readFileSync(file, 'utf8'), schema).map((problem) => ({ file, problem })));
  if (problems.length) throw contentError(problems);
}

const checked = new Map<string, number>();

/**
 * `astro dev` only: the same check before each page is rendered, so that a frontmatter broken
 * while the server runs shows in the browser's error overlay instead of a stale page. Files
 * unchanged since their last successful check are skipped.
 */
export function assertValidFrontmatterSinceLastCheck(files: readonly string[], schema: FrontmatterSchema): void {
  const changed = files.filter((file) => checked.get(file) !== statSync(file).mtimeMs);
  assertValidFrontmatter(changed, schema);
  for (const file of changed) checked.set(file, statSync(file).mtimeMs);
}
