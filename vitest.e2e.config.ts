import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e-web/**/*.test.ts'],
    globalSetup: ['tests/e2e-web/global-setup.ts'],
    setupFiles: ['tests/e2e-web/cleanup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
