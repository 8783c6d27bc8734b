/**
 * Pagefind's own command line (the `pagefind` bin of its npm package), run on a built site the way
 * themes run it after `astro build` (AstroPaper: `pagefind --site dist`), in French as Vigie's index.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from './legi-data.ts';

const PAGEFIND_CLI = join(PROJECT_ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/** Node arguments that index `dist` into `dist/pagefind/`. */
export function pagefindCliArgs(dist: string): string[] {
  return [PAGEFIND_CLI, '--site', dist, '--force-language', 'fr'];
}

/** The page count of the CLI's summary ("Indexed 10000 pages"), undefined when it has none. */
export function pagesIndexedByCli(output: string): number | undefined {
  const match = /Indexed (\d+) pages?\b/.exec(output);
  return match ? Number(match[1]) : undefined;
}
