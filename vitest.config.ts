import { defineConfig } from 'vitest/config';

// Unit tests (Node) and e2e tests (Debian's Chromium against `itinera serve`) in one run.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/e2e/**/*.spec.ts', 'renderer/src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: e2e files each start a browser; keep the parallelism modest.
    maxWorkers: 2,
  },
});
