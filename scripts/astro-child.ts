/**
 * Runs Astro's programmatic API (`build` or `sync`) in a process of its own, with the inline
 * configuration given as JSON in argv[3] (site, base path, output and cache folders), so that the
 * tests and the benchmark can run builds side by side without sharing a data store.
 */
import { build, sync } from 'astro';

const [command, json] = process.argv.slice(2);
const inline = JSON.parse(json ?? '{}') as Record<string, unknown>;
try {
  if (command === 'build') await build(inline);
  else if (command === 'sync') await sync(inline);
  else throw new Error(`astro-child: unknown command "${command}"; expected build or sync.`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
