import { defineConfig } from 'vitest/config';

// Unit, store/service and reliability tests run in plain Node with a Node build of better-sqlite3.
// Browser end-to-end tests live in vitest.e2e.config.ts (they need Chromium and run one at a time).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/store/**/*.test.ts', 'tests/services/**/*.test.ts', 'tests/reliability/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/eval/**/*.test.ts', 'tests/e2e-electron/**/*.test.ts', 'tests/hub/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
