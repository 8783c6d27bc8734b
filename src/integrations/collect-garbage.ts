/**
 * A full garbage collection, run before the search index is built. At the end of a large build
 * V8 has not collected what Astro no longer uses (under a high heap limit nothing makes it), and
 * some of those objects hold native memory that is only freed once they are collected: at 10,000
 * articles the build process held 9.5 GB of RSS for 0.9 GB of JavaScript heap when indexing
 * began, and Pagefind's own process then added about 3 GB on top. Node has no `gc()` without
 * `--expose-gc`; the flag can be set at run time, and `gc` is then found in a fresh context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Returns false when the engine offers no collection to call (nothing is lost then). */
export function collectGarbage(): boolean {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc !== 'function') return false;
    gc();
    return true;
  } catch {
    return false;
  }
}
