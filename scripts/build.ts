/**
 * `npm run build`: `astro build`, then the search index once Astro has exited.
 *
 * The index is the same one the integration writes at the end of `astro build`
 * (src/integrations/pagefind.ts, `writeSearchIndex`), from the same pages. Written here, in a
 * small process of its own, Pagefind's process no longer runs beside the memory the build
 * process still holds: at 10,000 articles the peak drops from their sum to the larger of the two
 * (see README, Benchmark). It takes no arguments: the index must land where astro.config.mjs
 * puts the site; `astro build` with Astro's own options writes its index itself.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { htmlPagesIn } from '../src/integrations/built-pages.ts';
import { INDEX_STEP_VARIABLE, writeSearchIndex } from '../src/integrations/pagefind.ts';

if (process.argv.length > 2) {
  console.error(`npm run build takes no arguments (got: ${process.argv.slice(2).join(' ')}). For Astro's options, run "npx astro build …", which writes the search index itself.`);
  process.exit(1);
}
const astro = resolve(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, [INDEX_STEP_VARIABLE]: 'after-build' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

// Where astro.config.mjs writes the site.
const outDir = resolve(process.env.VIGIE_OUT_DIR || 'dist');
try {
  await writeSearchIndex(outDir, htmlPagesIn(outDir), (message) => console.log(`[vigie-pagefind] ${message}`));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
