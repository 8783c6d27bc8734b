import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Build outputs and scratch files live in tests/.output/.
    exclude: ['**/node_modules/**', 'tests/.output/**'],
    globalSetup: ['tests/global-setup.ts'],
    // Build tests run the real `astro build`; give them room on 2-core machines.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
