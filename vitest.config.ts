import { defineConfig } from 'vitest/config';

/**
 * Four layers of tests. `unit` runs pure functions (and again under a far-away time zone to
 * prove dates never depend on the machine's); `cli` runs the command-line tools as an
 * archivist does, in child processes over temporary content folders; `build` checks a real
 * `dist/`; `e2e` drives a real Chromium over it. The build is made once, by
 * tests/support/global-setup.ts.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'unit-los-angeles',
          include: ['tests/unit/dates.test.ts', 'tests/unit/timeline.test.ts'],
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      { test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Several files run real builds in this project's root: one at a time, or they race.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
