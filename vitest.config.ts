import { defineConfig } from 'vitest/config';

// Unit tests (Node) and e2e tests (Debian's Chromium against `itinera serve`) in one run.
// Tests that measure what a user waits for (live lists: another tab shows an edit within a
// second) run last and alone, so no other browser shares the two cores while they measure.
const ALONE = ['tests/e2e/live-lists.spec.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: e2e files each start a browser; keep the parallelism modest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['tests/**/*.test.ts', 'tests/e2e/**/*.spec.ts', 'renderer/src/**/*.test.ts'],
          exclude: [...ALONE, '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'alone', include: ALONE, sequence: { groupOrder: 1 } } },
    ],
  },
});
