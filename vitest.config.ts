// Two projects:
//   unit  tests/unit/**         pure: no database, fast
//   db    tests/integration/**  against a real database: an in-memory PGlite per worker, or,
//                               with TEST_DATABASE_URL=postgres://…, a fresh database per
//                               worker on that PostgreSQL server (tests/helpers/test-database.ts)
// `npx vitest run` runs both; `npx vitest run --project db` only the database tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // The real package throws outside a React Server Components build.
      { find: /^server-only$/, replacement: path.join(root, 'tests/helpers/server-only.ts') },
    ],
  },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Same as db: projects with different limits would have to run one after the other.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/db-global.ts'],
          setupFiles: ['tests/setup/db-worker.ts'],
          // One database per worker, reused by every file the worker runs: starting an
          // in-memory PGlite costs ~3.5 s, so files share it instead of each making one.
          isolate: false,
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
