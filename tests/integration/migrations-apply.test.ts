// `npm run db:migrate` is idempotent: the migrations apply once, and a second run on the
// same database applies nothing (on PGlite here, and on PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, createSchemaEngine, readMigrationsList } from '@/lib/db/schema-engine';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { createEmptyDatabase, type TestDatabase } from '../helpers/test-database';

let empty: TestDatabase;
beforeAll(async () => {
  empty = await createEmptyDatabase();
});
afterAll(async () => {
  await empty?.close();
});

describe('applying migrations', () => {
  it('apply once: a second run applies nothing', async () => {
    const engine = await createSchemaEngine(empty.adapterFactory);
    try {
      const expected = (await readMigrationsList()).migrationDirectories.map((d) => d.path);
      expect(await applyMigrations(engine)).toEqual(expected);
      expect(await applyMigrations(engine)).toEqual([]);
    } finally {
      engine.free();
    }
    // The schema is really there, with Prisma's own bookkeeping of what was applied.
    const client = new PrismaClient({ adapter: empty.adapterFactory });
    try {
      expect(await client.organisation.count()).toBe(0);
      const rows = await client.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
        SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
      expect(rows.map((r) => r.migration_name)).toEqual((await readMigrationsList()).migrationDirectories.map((d) => d.path));
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await client.$disconnect();
    }
  });
});
