/**
 * Runs the real Astro build (Astro's programmatic API, in a child process: scripts/astro-child.ts) or sync (the CLI)
 * on a content folder, with the project's own astro.config.mjs, each run with its own output and
 * cache folders.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The build date of every test build. */
export const TEST_TODAY = '2025-06-30';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT = join(ROOT, 'tests', '.output');

export interface AstroRun {
  code: number;
  output: string;
}

export interface AstroOptions {
  /** Folder name under tests/.output for dist/ and the cache. */
  name: string;
  contentDir?: string;
  base?: string;
  site?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

/**
 * The environment for the Astro child process: vitest sets Vite's own variables (BASE_URL, MODE,
 * DEV, PROD, SSR, NODE_ENV=test) on process.env, and Astro would take them over its config.
 */
export function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) || key.startsWith('VITEST') || key.startsWith('VIGIE_')) delete env[key];
  }
  return env;
}

/** Strips ANSI colours so messages can be matched. */
/** ANSI colour codes, built from a string: an escape character in a regex literal reads as a typo. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const plain = (text: string) => text.replace(ANSI_COLOUR, '');

export function runAstro(command: 'build' | 'sync', options: AstroOptions): Promise<AstroRun> {
  const outDir = join(OUTPUT, options.name, 'dist');
  const cacheDir = join(OUTPUT, options.name, 'cache');
  rmSync(outDir, { recursive: true, force: true });
  const site = options.site ?? 'https://veille.example.org';
  const inline = { root: ROOT, outDir, cacheDir, base: options.base ?? '/', ...(site ? { site } : {}) };
  return new Promise((done, fail) => {
    // `sync` runs Astro's own CLI, so that content errors are printed as editors see them; builds
    // run the programmatic API, which alone takes a cache folder of their own.
    const args =
      command === 'sync'
        ? [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'sync']
        : [join(ROOT, 'scripts', 'astro-child.ts'), command, JSON.stringify(inline)];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...childEnv(),
        // A fixed build date, so the agenda's upcoming / past split is reproducible.
        VIGIE_TODAY: TEST_TODAY,
        ...(options.contentDir ? { VIGIE_CONTENT_DIR: options.contentDir } : {}),
        ...options.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output: plain(output) }));
  });
}

/** Builds and returns dist/ and Astro's output; throws with that output when the build fails. */
export async function buildSiteWithLog(options: AstroOptions): Promise<{ dist: string; log: string }> {
  const run = await runAstro('build', options);
  if (run.code !== 0) throw new Error(`astro build (${options.name}) failed:\n${run.output}`);
  return { dist: join(OUTPUT, options.name, 'dist'), log: run.output };
}

/** Builds and returns dist/; throws with Astro's output when the build fails. */
export async function buildSite(options: AstroOptions): Promise<string> {
  return (await buildSiteWithLog(options)).dist;
}

export const SITES = {
  /** The real content, at the root. */
  real: join(OUTPUT, 'real', 'dist'),
  /** The real content under /veille. */
  based: join(OUTPUT, 'based', 'dist'),
  /** The fixture content folder. */
  fixture: join(OUTPUT, 'fixture', 'dist'),
  /** The fixture content folder under /veille. */
  fixtureBased: join(OUTPUT, 'fixture-based', 'dist'),
} as const;

export const FIXTURE_CONTENT = join(OUTPUT, 'fixture-content');
