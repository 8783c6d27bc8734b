#!/usr/bin/env node
/**
 * npm run import -- <file…> [--out content/articles] [--dry-run] [--force] [--json]
 *
 * Turns raw legal texts (UTF-8 with or without BOM, Windows-1252, plain text or Markdown; several
 * documents per file allowed) into MDX article drafts (draft: true) with inferred metadata, and
 * reports what was inferred, from which words, and what needs review. Never overwrites a file
 * unless --force; writes nothing at all when any input fails; each file is written to a temporary
 * name and renamed, so no file is ever half-written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listArticleFiles, slugOfFile } from '../src/loading/article-files.ts';
import { buildDay } from '../src/domain/build-day.ts';
import { contentDirs } from '../src/loading/content-dir.ts';
import { loadTaxonomy } from '../src/loading/taxonomy.ts';
import { decodeText, InputError } from '../src/importer/decode-text.ts';
import { draftFileText, importDocument, LostTextError, type ImportedDocument } from '../src/importer/import-document.ts';
import { splitDocuments } from '../src/importer/split-documents.ts';
import { openingCitation } from '../src/importer/infer-metadata.ts';
import { TEMPORARY_DRAFT, writeDraft } from '../src/importer/write-draft.ts';

type Status = 'created' | 'unchanged' | 'overwritten' | 'would create' | 'would overwrite' | 'conflict';

interface Planned {
  input: string;
  encoding: string;
  document: number;
  path: string;
  text: string;
  imported: ImportedDocument;
  status: Status;
  problem?: string;
}

/**
 * Paths on the command line are the reader's: relative to where `npm run import` was typed (npm
 * runs scripts from the project root and gives the original folder as INIT_CWD). The importer
 * itself works from the project root, where the content folder is, wherever it is started from.
 */
const here = process.env.INIT_CWD ?? process.cwd();
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const USAGE = 'Usage: npm run import -- <file…> [--out content/articles] [--dry-run] [--force] [--json]';

/** Above this, an input is worth a warning (README: importing). */
const LARGE_INPUT_BYTES = 1_000_000;

const OPTIONS = {
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Removes, and returns, the temporary files of imports that are no longer running. */
function removeLeftoverTemporaryFiles(dir: string): string[] {
  const running = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  const removed: string[] = [];
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const pid = TEMPORARY_DRAFT.exec(name)?.[1];
    if (!pid || running(Number(pid))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

function main(): number {
  let args: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    args = parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.positionals.length) {
    console.error(`No input file.\n${USAGE}`);
    return 2;
  }
  const dirs = contentDirs();
  if (args.values.out !== undefined && !args.values.out.trim()) {
    console.error(`--out is empty; expected a folder.\n${USAGE}`);
    return 2;
  }
  const outDir = args.values.out !== undefined ? resolve(here, args.values.out) : dirs.articles;
  const outProblem = folderProblem(outDir);
  if (outProblem) {
    console.error(`--out ${args.values.out ?? outDir}: ${outProblem}; expected a folder.`);
    return 2;
  }
  const dryRun = args.values['dry-run'] === true;
  const force = args.values.force === true;
  let taxonomy: ReturnType<typeof loadTaxonomy>;
  try {
    taxonomy = loadTaxonomy(dirs.taxonomy, dirs.fallbackTaxonomy);
  } catch (error) {
    console.error(`${(error as Error).message}\nNothing written.`);
    return 2;
  }
  const today = buildDay();

  const errors: string[] = [];
  const planned: Planned[] = [];
  // A slug is taken by any article of the content folder, not only by those under --out.
  let existing: Map<string, string>;
  try {
    existing = new Map([...listArticleFiles(dirs.articles), ...listArticleFiles(outDir)].map((file) => [slugOfFile(file), file]));
  } catch (error) {
    console.error(`${(error as Error).message}\nNothing written.`);
    return 2;
  }
  const leftovers = removeLeftoverTemporaryFiles(outDir);
  const names = new Set<string>();

  const warnings: string[] = leftovers.map((file) => `${relative(process.cwd(), file)}: a temporary file left by an interrupted import; removed.`);
  const seen = new Map<string, string>();
  for (const input of args.positionals) {
    const inputPath = resolve(here, input);
    const real = existsSync(inputPath) ? realpathSync(inputPath) : inputPath;
    if (seen.has(real)) {
      warnings.push(`${input}: the same file as ${seen.get(real)}; imported once.`);
      continue;
    }
    seen.set(real, input);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(inputPath);
    } catch (error) {
      errors.push(`${input}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      continue;
    }
    try {
      const { text, encoding, controls } = decodeText(bytes, input);
      if (controls.lineBreaks)
        warnings.push(`${input}: ${controls.lineBreaks} vertical tab(s) or form feed(s) (Word's Shift+Enter, a PDF's page break) read as line breaks.`);
      if (controls.dropped) warnings.push(`${input}: ${controls.dropped} control character(s) dropped (pages and feeds cannot carry them).`);
      if (bytes.byteLength > LARGE_INPUT_BYTES) {
        warnings.push(
          `${input}: ${(bytes.byteLength / 2 ** 20).toFixed(1)} MB; an article this long makes heavy pages and feeds (each feed carries its articles whole): split it, or link the text at its source.`,
        );
      }
      const documents = splitDocuments(text, (line) => openingCitation(line, taxonomy) !== undefined);
      if (!documents.length) throw new InputError(`${input}: no document found (no line with letters or digits).`);
      documents.forEach((raw, index) => {
        let imported: ImportedDocument;
        try {
          imported = importDocument(raw, taxonomy, today);
        } catch (error) {
          if (error instanceof LostTextError) throw new InputError(`${input}, document ${index + 1}: ${error.message}`);
          throw error;
        }
        // Two documents of one run never share a name.
        let name = imported.fileName;
        for (let n = 2; names.has(name); n++) name = imported.fileName.replace(/\.mdx$/, `-${n}.mdx`);
        names.add(name);
        imported.fileName = name;
        const path = join(outDir, name);
        const text = draftFileText(imported);
        let status: Status;
        let problem: string | undefined;
        const clash = existing.get(slugOfFile(name));
        if (clash && resolve(clash) !== path) {
          status = 'conflict';
          problem = `slug "${slugOfFile(name)}" is already used by ${relative(process.cwd(), clash)}`;
        } else if (existsSync(path)) {
          if (readFileSync(path, 'utf8') === text) status = 'unchanged';
          else if (force) status = dryRun ? 'would overwrite' : 'overwritten';
          else {
            status = 'conflict';
            problem = `${relative(process.cwd(), path)} exists with other content; not overwritten (use --force)`;
          }
        } else status = dryRun ? 'would create' : 'created';
        planned.push({ input, encoding, document: index + 1, path, text, imported, status, ...(problem ? { problem } : {}) });
      });
    } catch (error) {
      if (error instanceof InputError) errors.push(error.message);
      else throw error;
    }
  }

  const conflicts = planned.filter((p) => p.status === 'conflict');
  let written = 0;
  if (!errors.length && !conflicts.length && !dryRun) {
    for (const plan of planned) {
      if (plan.status === 'unchanged') continue;
      mkdirSync(dirname(plan.path), { recursive: true });
      if (writeDraft(plan.path, plan.text, plan.status === 'overwritten')) written++;
      else {
        // Another import created this draft while this one ran.
        plan.status = 'conflict';
        plan.problem = `${relative(process.cwd(), plan.path)} was created by another import while this one ran; not overwritten (run the import again)`;
        conflicts.push(plan);
      }
    }
  }
  const failed = errors.length > 0 || conflicts.length > 0;

  if (args.values.json) {
    console.log(
      JSON.stringify(
        {
          ok: !failed,
          written,
          errors: [...errors, ...conflicts.map((c) => c.problem!)],
          warnings,
          documents: planned.map((p) => ({
            input: p.input,
            encoding: p.encoding,
            document: p.document,
            file: relative(process.cwd(), p.path),
            status: p.status,
            ...(p.problem ? { problem: p.problem } : {}),
            title: p.imported.frontmatter.title,
            summary: p.imported.frontmatter.summary,
            ...(p.imported.frontmatter.decision ? { decision: p.imported.frontmatter.decision } : {}),
            inferred: p.imported.inferred,
            review: p.imported.review,
          })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const p of planned) {
      const i = p.imported.inferred;
      console.log(`\n${p.input} — document ${p.document}${p.encoding === 'windows-1252' ? ' (decoded from Windows-1252, converted to UTF-8)' : ''}`);
      console.log(`  → ${relative(process.cwd(), p.path)}: ${p.status}${p.problem ? ` (${p.problem})` : ''}`);
      console.log(`  title (to check): ${p.imported.frontmatter.title}`);
      console.log(`  published: ${i.published.value}${i.published.from.length ? ` ← "${i.published.from[0]}"` : ''}`);
      console.log(`  jurisdiction: ${i.jurisdiction.value}${i.jurisdiction.from.length ? ` ← ${i.jurisdiction.from.join(', ')}` : ''}`);
      if (i.authority)
        console.log(
          `  authority: ${i.authority.value}${i.authority.chamber ? ` (${i.authority.chamber})` : ''}${i.authority.known ? '' : ' [not in taxonomy]'} ← ${i.authority.from.join(', ')}`,
        );
      console.log(`  type: ${i.type.value}${i.type.from.length ? ` ← ${i.type.from.join(', ')}` : ''}`);
      console.log(`  topics: ${i.topics.map((t) => `${t.value} ← ${t.from.join(', ')}`).join('; ') || '(none)'}`);
      if (i.identifiers.length) console.log(`  identifiers: ${i.identifiers.map((id) => `${id.kind} ${id.value}`).join(', ')}`);
      for (const note of p.imported.review) console.log(`  review: ${note}`);
    }
    for (const warning of warnings) console.error(`warning: ${warning}`);
    for (const error of errors) console.error(`error: ${error}`);
    for (const conflict of conflicts) console.error(`error: ${conflict.problem}`);
    const count = (status: Status) => planned.filter((p) => p.status === status).length;
    if (failed)
      console.error(`\n${written ? `${written} draft(s) written, the others not` : 'Nothing written'}: ${errors.length + conflicts.length} problem(s).`);
    else if (dryRun) console.log(`\nDry run: ${planned.length} document(s), nothing written.`);
    else if (count('unchanged') === planned.length) console.log(`\nNothing to do: all ${planned.length} draft(s) already exist with the same content.`);
    else
      console.log(
        `\n${count('created')} created, ${count('overwritten')} overwritten, ${count('unchanged')} unchanged, in ${relative(process.cwd(), outDir) || '.'}.`,
      );
  }
  return failed ? 1 : 0;
}

/** Why `dir` cannot be the output folder (a file, or under a file), if it cannot. */
function folderProblem(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(current)) {
      if (statSync(current).isDirectory()) return undefined;
      return current === dir ? 'is a file' : `${current} is a file`;
    }
    if (dirname(current) === current) return undefined;
  }
}

process.exitCode = main();
