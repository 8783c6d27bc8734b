import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` (no build, no browser: the inner loop), `build` (real `astro build` of
 * the real, fixture and test content, and the real Pagefind index queried from Node), `browser`
 * (Debian's Chromium on the built sites) and `bench` (the benchmark's smoke test, outside
 * `npm test`). The build and browser projects share one global setup that builds the test sites.
 */
const shared = {
  environment: 'node' as const,
  // Build outputs and scratch files live in tests/.output/.
  exclude: ['**/node_modules/**', 'tests/.output/**'],
};

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker; most test time is spent waiting on child
    // processes (astro builds, the importer, Chromium, nginx), so two files at a time finish
    // sooner there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        // The schema is tested in-process: src/content.config.ts imports Astro's virtual module.
        resolve: { alias: { 'astro:content': new URL('./tests/helpers/astro-content-stub.ts', import.meta.url).pathname } },
        test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        test: {
          ...shared,
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-test-sites.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-test-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      { test: { ...shared, name: 'bench', include: ['tests/bench/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 900_000 } },
    ],
  },
});
