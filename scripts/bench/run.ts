/**
 * Vigie's build benchmark: the full site build against a bare Astro build of the same
 * corpus, in one run, on one machine.
 *
 *   npm run bench -- [--articles 1000] [--out bench-results] [--keep] [--seed 7] [--repeat 1]
 *                    [--only vigie,bare-unified,bare-markdown,bare-satteri]
 *   npm run bench -- --report DIR [DIR…]   (docs/benchmark.md from earlier runs' results.json)
 *
 * 1. generates N articles of real legal text (generate-corpus.ts);
 * 2. builds them four ways, one after the other, each in a child process (Vigie through Astro's
 *    programmatic build, scripts/astro-child.ts; the bare sites through the Astro CLI):
 *    - vigie: `npm run build`, i.e. `astro build` of the project (every page, feed, sitemap and
 *      the Pagefind index, written by the integration at the end of the build), with
 *      VIGIE_CONTENT_DIR pointing at the corpus;
 *    - bare-unified: scripts/bench/bare, one page per article, same Markdown pipeline as Vigie
 *      (unified + remark-gfm + the project's rehype plugins), Pagefind index of every page;
 *    - bare-markdown: the same over a `.md` copy of the corpus (markdown-corpus.ts), which Astro
 *      renders while syncing instead of compiling modules, indexed afterwards by Pagefind's CLI in
 *      its own process: how a theme with Markdown posts such as AstroPaper builds, doing at least
 *      this much (the floor under it on this corpus);
 *    - bare-satteri: bare-unified with Astro's default Markdown processor (Sätteri, no plugins);
 * 3. for each: wall time, split into the Astro part and the index part (the "Indexed … in X ms"
 *    log line, or the Pagefind CLI's own run for bare-markdown), peak summed RSS of the process tree (sampled every 100 ms from /proc), pages,
 *    dist and index sizes; for Vigie also the search downloads and query times in Node, and gzip
 *    sizes of typical pages and of the CSS;
 * 4. writes results.json and results.md into --out, prints the table, the Vigie/bare ratios and,
 *    as the last line of stdout, a one-line JSON summary.
 *
 * Builds inherit the environment, NODE_OPTIONS included. The bare MDX builds hold every article's
 * compiled module: at 10,000 articles they may need more than V8's default heap limit (≈ 4 GB), hence
 * `NODE_OPTIONS=--max-old-space-size=20000 npm run bench -- --articles 10000`.
 *
 * Corpus and builds live in .cache/bench/<run>/ (inside the project, so Astro keeps its prerender
 * chunks in the build's own folder) and are deleted at the end unless --keep is given.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, DEFAULT_SEED } from './generate-corpus.ts';
import { PROJECT_ROOT } from './legi-data.ts';
import { gzipSize, listFiles, runMeasured, siteSizes, sizeOf, type RunResult } from './measure.ts';
import { measureSearch, TIMED_QUERIES } from './search-metrics.ts';
import { measureBrowserLatency } from './browser-latency.ts';
import { writeMarkdownCorpus } from './markdown-corpus.ts';
import { pagefindCliArgs, pagesIndexedByCli } from './pagefind-cli.ts';
import {
  benchmarkDoc,
  type BuildMetrics,
  type GzipMetrics,
  MARKDOWN_FLOOR_RATIO,
  markdownReport,
  mb,
  type Results,
  ratio,
  round,
  seconds,
  type Variant,
  VARIANTS,
} from './report.ts';

const ROOT = PROJECT_ROOT;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const BARE_ROOT = join(ROOT, 'scripts', 'bench', 'bare');
/** Astro's programmatic build with an inline configuration (outDir and cacheDir of the run). */
const ASTRO_CHILD = join(ROOT, 'scripts', 'astro-child.ts');
/** The build day of every benchmark build (as in the tests), so pages do not depend on the date. */
const TODAY = '2025-06-01';
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** The environment of a build: the user's, minus anything that would change the site or the output. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) ||
      key.startsWith('VITEST') ||
      key.startsWith('VIGIE_') ||
      key.startsWith('BENCH_')
    )
      delete env[key];
  }
  return { ...env, ...extra, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

/** ANSI colour codes, built from a string: an escape character in a regex literal reads as a typo. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const plain = (text: string) => text.replace(ANSI_COLOUR, '');

/** `contentDir`: the corpus folder this build reads (the `.md` copy for bare-markdown). */
async function build(variant: Variant, contentDir: string, workDir: string, logsDir: string): Promise<BuildMetrics> {
  const dir = join(workDir, variant);
  const dist = join(dir, 'dist');
  const cache = join(dir, 'cache');
  // Always a cold build: no dist, no content-layer cache from a previous run.
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const loadAverage = round(loadavg()[0]!);
  const logFile = join(dir, 'build.log');
  // The .md floor builds as a theme with Markdown posts does (AstroPaper: `astro build && pagefind
  // --site dist`): the index by Pagefind's CLI once Astro has exited, so the two peaks never add up.
  const indexAfter = variant === 'bare-markdown';
  const env =
    variant === 'vigie'
      ? buildEnv({ VIGIE_CONTENT_DIR: contentDir, VIGIE_TODAY: TODAY })
      : buildEnv({
          BENCH_CONTENT_DIR: contentDir,
          BENCH_OUT_DIR: dist,
          BENCH_CACHE_DIR: cache,
          BENCH_PROCESSOR: variant === 'bare-satteri' ? 'satteri' : 'unified',
          BENCH_INDEX: indexAfter ? 'after' : 'in-build',
        });
  const args =
    variant === 'vigie'
      ? [ASTRO_CHILD, 'build', JSON.stringify({ root: ROOT, outDir: dist, cacheDir: cache, site: 'http://localhost:4321' })]
      : [ASTRO, 'build', '--root', BARE_ROOT];
  progress(`building ${variant}…`);
  // cwd is the project root for every build: Vigie resolves its built-in content from it.
  const run = await runMeasured(process.execPath, args, { cwd: ROOT, env, logFile });
  const log = plain(readFileSync(logFile, 'utf8'));
  const warnings = (log.match(/\[WARN\]/g) ?? []).length;
  // A readable copy of the log: the per-page lines and code frames dropped.
  const kept = log.split('\n').filter((line) => !/[├└]─|^\s*[│╭╰─]|^\s*\d+ │/.test(line) && line.trim() !== '');
  writeFileSync(join(logsDir, `${variant}.log`), `${kept.join('\n')}\n`);
  if (run.code !== 0) throw new Error(`astro build (${variant}) exited with ${run.code}; log: ${logFile}\n${kept.slice(-40).join('\n')}`);
  let indexRun: RunResult | undefined;
  let indexed: { pages: number; ms: number };
  if (indexAfter) {
    const indexLog = join(dir, 'index.log');
    indexRun = await runMeasured(process.execPath, pagefindCliArgs(dist), { cwd: ROOT, env, logFile: indexLog });
    const output = plain(readFileSync(indexLog, 'utf8'));
    writeFileSync(join(logsDir, `${variant}.index.log`), output);
    const pages = pagesIndexedByCli(output);
    if (indexRun.code !== 0 || pages === undefined)
      throw new Error(`pagefind (${variant}) exited with ${indexRun.code}; log: ${indexLog}\n${output.split('\n').slice(-20).join('\n')}`);
    indexed = { pages, ms: round(indexRun.wallMs, 0) };
  } else {
    const line = /Indexed (\d+) article page\(s\) in (\d+) ms/.exec(log);
    if (!line) throw new Error(`astro build (${variant}): no "Indexed … in … ms" line in ${logFile}`);
    indexed = { pages: Number(line[1]), ms: Number(line[2]) };
  }
  const indexMs = indexed.ms;
  const sizes = siteSizes(dist);
  const metrics: BuildMetrics = {
    variant,
    wallMs: round(run.wallMs + (indexRun?.wallMs ?? 0), 0),
    astroMs: round(indexRun ? run.wallMs : run.wallMs - indexMs, 0),
    indexMs,
    indexedPages: indexed.pages,
    peakRssBytes: Math.max(run.peakRssBytes, indexRun?.peakRssBytes ?? 0),
    // In the build, the index step is its end: it starts indexMs before the process exits.
    peakRssAstroBytes: indexRun ? run.peakRssBytes : run.peakRssBetween(0, run.wallMs - indexMs),
    peakRssIndexBytes: indexRun ? indexRun.peakRssBytes : run.peakRssBetween(run.wallMs - indexMs, Infinity),
    peakProcesses: Math.max(run.peakProcesses, indexRun?.peakProcesses ?? 0),
    cpuMs: round(run.cpuMs + (indexRun?.cpuMs ?? 0), 0),
    rssSamples: run.samples + (indexRun?.samples ?? 0),
    astroReport: /\[build\] (\d+ page\(s\) built in .+)/.exec(log)?.[1]?.trim(),
    warnings,
    loadAverage,
    ...sizes,
  };
  progress(
    `${variant}: ${seconds(metrics.wallMs)} s (Astro ${seconds(metrics.astroMs)} s + index ${seconds(indexMs)} s), peak ${mb(metrics.peakRssBytes)} MB (before the index step ${mb(metrics.peakRssAstroBytes)}, during it ${mb(metrics.peakRssIndexBytes)}), ${metrics.pages} pages`,
  );
  return metrics;
}

function gzipMetrics(dist: string): GzipMetrics {
  const articles = listFiles(join(dist, 'articles')).filter((file) => file.endsWith('/index.html'));
  const bySize = articles.map((file) => ({ file, bytes: sizeOf([file]) })).sort((a, b) => a.bytes - b.bytes);
  const median = bySize[Math.floor(bySize.length / 2)]!;
  const home = join(dist, 'index.html');
  const css = listFiles(join(dist, '_astro')).filter((file) => file.endsWith('.css'));
  return {
    articlePage: { path: `/${relative(dist, median.file).replace(/index\.html$/, '')}`, bytes: median.bytes, gzipBytes: gzipSize(median.file) },
    home: { bytes: sizeOf([home]), gzipBytes: gzipSize(home) },
    css: { files: css.length, bytes: sizeOf(css), gzipBytes: css.reduce((sum, file) => sum + gzipSize(file), 0) },
  };
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `--report DIR…`: docs/benchmark.md from those runs' results.json. */
function writeReport(dirs: readonly string[]): void {
  if (!dirs.length) throw new Error('--report needs one or more folders holding a results.json (the --out of earlier runs).');
  const runs = dirs.map((dir) => {
    const file = join(resolve(dir), 'results.json');
    if (!existsSync(file)) throw new Error(`${file}: no such file; expected the results.json of a benchmark run (npm run bench -- --out ${dir}).`);
    return JSON.parse(readFileSync(file, 'utf8')) as Results;
  });
  const doc = join(ROOT, 'docs', 'benchmark.md');
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(doc, benchmarkDoc(runs));
  console.log(`written: ${relative(process.cwd(), doc)} (${runs.map((r) => `${r.articles} articles`).join(', ')})`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      report: { type: 'boolean', default: false },
      articles: { type: 'string', default: '1000' },
      out: { type: 'string', default: join(ROOT, 'bench-results') },
      keep: { type: 'boolean', default: false },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      only: { type: 'string' },
      repeat: { type: 'string', default: '1' },
    },
  });
  if (values.report) return writeReport(positionals);
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a positive integer, got "${values.repeat}".`);
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive integer, got "${values.articles}".`);
  const variants = values.only ? values.only.split(',').map((v) => v.trim()) : [...VARIANTS];
  for (const variant of variants)
    if (!(VARIANTS as readonly string[]).includes(variant)) throw new Error(`--only: unknown build "${variant}"; expected ${VARIANTS.join(', ')}.`);
  const outDir = resolve(values.out!);
  const logsDir = join(outDir, 'logs');
  mkdirSync(logsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const workDir = join(ROOT, '.cache', 'bench', `run-${articles}-${stamp}-${process.pid}`);
  mkdirSync(workDir, { recursive: true });
  const corpusDir = join(workDir, 'corpus');

  progress(`${articles} articles; work folder ${relative(ROOT, workDir)}${values.keep ? ' (kept)' : ' (deleted at the end)'}`);
  const generateStart = performance.now();
  const corpus = generateCorpus({ articles, dir: corpusDir, seed: Number(values.seed) });
  const generateMs = performance.now() - generateStart;
  progress(`corpus: ${corpus.articles.length} articles, ${mb(corpus.bodyBytes)} MB of body, in ${seconds(generateMs)} s`);
  const markdownDir = join(workDir, 'corpus-md');
  if (variants.includes('bare-markdown')) writeMarkdownCorpus(corpusDir, markdownDir);
  const contentDirOf = (variant: Variant) => (variant === 'bare-markdown' ? markdownDir : corpusDir);

  const results: Results = {
    articles,
    repeat,
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryGB: round(totalmem() / 1024 ** 3, 1),
      node: process.versions.node,
      astro: version('astro'),
      pagefind: version('pagefind'),
      platform: `${process.platform}-${process.arch}`,
      nodeOptions: process.env.NODE_OPTIONS ?? null,
    },
    corpus: {
      articles: corpus.articles.length,
      seed: corpus.seed,
      bodyBytes: corpus.bodyBytes,
      generateMs: round(generateMs, 0),
      codes: corpus.codes,
      reusedText: corpus.reusedText,
    },
    builds: {},
    ratios: {},
    workDir: values.keep ? workDir : null,
  };

  let failed = false;
  try {
    // Runs interleaved (vigie, bare, bare, vigie…) so that a slow spell of the machine hits all alike.
    const runs = new Map<Variant, BuildMetrics[]>();
    for (let r = 0; r < repeat; r++) {
      for (const variant of VARIANTS) {
        if (!variants.includes(variant)) continue;
        if (repeat > 1) progress(`run ${r + 1}/${repeat}`);
        runs.set(variant, [...(runs.get(variant) ?? []), await build(variant, contentDirOf(variant), workDir, logsDir)]);
      }
    }
    for (const [variant, list] of runs) {
      const last = list[list.length - 1]!;
      if (list.length === 1) {
        results.builds[variant] = last;
        continue;
      }
      // Each measure's own median (peak RSS varies with GC timing independently of wall time).
      const median = (pick: (b: BuildMetrics) => number) => {
        const sorted = list.map(pick).sort((a, b) => a - b);
        return round((sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2, 0);
      };
      results.builds[variant] = {
        ...last,
        wallMs: median((b) => b.wallMs),
        astroMs: median((b) => b.astroMs),
        indexMs: median((b) => b.indexMs),
        cpuMs: median((b) => b.cpuMs),
        peakRssBytes: median((b) => b.peakRssBytes),
        peakRssAstroBytes: median((b) => b.peakRssAstroBytes),
        peakRssIndexBytes: median((b) => b.peakRssIndexBytes),
        loadAverage: median((b) => b.loadAverage * 100) / 100,
        runs: list.map((b) => ({
          wallMs: b.wallMs,
          astroMs: b.astroMs,
          indexMs: b.indexMs,
          cpuMs: b.cpuMs,
          peakRssBytes: b.peakRssBytes,
          loadAverage: b.loadAverage,
        })),
      };
    }
    const vigie = results.builds.vigie;
    if (vigie) {
      const dist = join(workDir, 'vigie', 'dist');
      progress('measuring search…');
      results.search = await measureSearch(dist);
      progress('measuring search in Chromium…');
      results.browserSearch = await measureBrowserLatency(dist, TIMED_QUERIES);
      results.gzip = gzipMetrics(dist);
    }
    const compare = (a: BuildMetrics | undefined, b: BuildMetrics | undefined) => ({
      wallTime: ratio(a?.wallMs, b?.wallMs),
      astroTime: ratio(a?.astroMs, b?.astroMs),
      indexTime: ratio(a?.indexMs, b?.indexMs),
      cpuTime: ratio(a?.cpuMs, b?.cpuMs),
      peakRss: ratio(a?.peakRssBytes, b?.peakRssBytes),
    });
    const { vigie: v, 'bare-unified': u, 'bare-markdown': m, 'bare-satteri': s } = results.builds;
    if (v && u) results.ratios['Vigie / bare unified'] = compare(v, u);
    if (v && m) results.ratios[MARKDOWN_FLOOR_RATIO] = compare(v, m);
    if (v && s) results.ratios['Vigie / bare Sätteri'] = compare(v, s);
    if (u && s) results.ratios['bare unified / bare Sätteri (cost of unified + remark-gfm)'] = compare(u, s);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(outDir, 'results.md'), markdownReport(results));
    copyFileSync(join(corpusDir, 'corpus.json'), join(outDir, 'corpus.json'));
    if (values.keep || failed) progress(`kept ${workDir}${failed ? ' (build failed)' : ''}`);
    else rmSync(workDir, { recursive: true, force: true });
  }

  process.stdout.write(markdownReport(results));
  process.stdout.write('\n');
  for (const [label, r] of Object.entries(results.ratios)) {
    console.log(
      `${label}: time × ${r.wallTime} (Astro part × ${r.astroTime}, index part × ${r.indexTime}; CPU time × ${r.cpuTime}), peak memory × ${r.peakRss}`,
    );
  }
  console.log(`results: ${relative(process.cwd(), join(outDir, 'results.md')) || basename(outDir)}, ${relative(process.cwd(), join(outDir, 'results.json'))}`);
  const brief = (b: BuildMetrics | undefined) =>
    b
      ? {
          wallS: round(b.wallMs / 1000, 1),
          astroS: round(b.astroMs / 1000, 1),
          indexS: round(b.indexMs / 1000, 1),
          cpuS: round(b.cpuMs / 1000, 1),
          peakMB: round(b.peakRssBytes / 1024 ** 2, 0),
          pages: b.pages,
        }
      : null;
  const headline = results.ratios['Vigie / bare unified'];
  console.log(
    JSON.stringify({
      articles,
      vigie: brief(results.builds.vigie),
      bareUnified: brief(results.builds['bare-unified']),
      bareMarkdown: brief(results.builds['bare-markdown']),
      bareSatteri: brief(results.builds['bare-satteri']),
      timeRatio: headline?.wallTime ?? null,
      cpuRatio: headline?.cpuTime ?? null,
      memoryRatio: headline?.peakRss ?? null,
      markdownFloorTimeRatio: results.ratios[MARKDOWN_FLOOR_RATIO]?.wallTime ?? null,
      markdownFloorMemoryRatio: results.ratios[MARKDOWN_FLOOR_RATIO]?.peakRss ?? null,
      // KB = 1,024 bytes, as in results.md. Index data: what the targets count (fixed files apart).
      firstQueryFixedKB: results.search ? round(results.search.first.fixedBytes / 1024, 1) : null,
      firstQueryIndexKB: results.search ? round(results.search.first.indexBytes / 1024, 1) : null,
      secondQueryKB: results.search ? round(results.search.second.indexBytes / 1024, 1) : null,
      medianQueryMs: results.search ? round(results.search.medianMs, 1) : null,
      indexChunkMedianKB: results.search ? round(results.search.chunks.medianBytes / 1024, 1) : null,
      browserFirstMs: results.browserSearch && !results.browserSearch.skipped ? results.browserSearch.firstMs : null,
      browserMedianMs: results.browserSearch && !results.browserSearch.skipped ? results.browserSearch.medianMs : null,
      results: join(outDir, 'results.json'),
    }),
  );
}

if (!existsSync(ASTRO)) {
  console.error(`Astro not found at ${ASTRO}; run npm install first.`);
  process.exit(1);
}
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
