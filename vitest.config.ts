import { defineConfig } from 'vitest/config';

// The database tests run once per engine: always on embedded PGlite, and on a PostgreSQL
// server when TEST_DATABASE_URL is set (CI sets it; a laptop without a server skips it).
const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) {
  console.log('[sipolima] PostgreSQL engine skipped: TEST_DATABASE_URL is not set (PGlite only).');
}

const dbProject = (engine: 'pglite' | 'postgres') => ({
  test: {
    name: engine,
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    env: { TEST_ENGINE: engine },
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    // PGlite takes ~1 s and a few hundred MB per database: two workers on two cores.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], testTimeout: 20_000 } },
      dbProject('pglite'),
      ...(pgUrl ? [dbProject('postgres')] : []),
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
