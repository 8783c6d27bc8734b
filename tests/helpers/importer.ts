/** Runs the real importer CLI (`node scripts/import.ts`) in a child process. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { ROOT } from './site-build.ts';

export interface ImportRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runImporter(args: string[], env: Record<string, string> = {}): ImportRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VIGIE_TODAY: '2026-11-29', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonReport {
  ok: boolean;
  written: number;
  errors: string[];
  warnings: string[];
  documents: {
    input: string;
    encoding: string;
    document: number;
    file: string;
    status: string;
    title: string;
    summary: string;
    /** The ruling's own block, for a court's decision. */
    decision?: { court: string; chamber?: string; date: string; number?: string; ecli?: string };
    review: string[];
    inferred: {
      published: { value: string; from: string[] };
      jurisdiction: { value: string; from: string[] };
      authority?: { value: string; from: string[]; known: boolean; chamber?: string };
      type: { value: string; from: string[] };
      topics: { value: string; from: string[] }[];
      identifiers: { kind: string; value: string }[];
      keyDates: { date: string; precision: string; qualifier?: string; kind: string }[];
    };
  }[];
}

export function importJson(args: string[]): JsonReport {
  const run = runImporter([...args, '--json']);
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`importer did not print JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** The frontmatter of an MDX file, parsed with the same YAML flavour Astro uses. */
// biome-ignore lint/suspicious/noExplicitAny: frontmatter is untyped YAML, read field by field.
type Frontmatter = Record<string, any>;
export function frontmatterOf(file: string): Frontmatter {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return loadYaml(match[1]!) as Frontmatter;
}
