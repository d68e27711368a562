// The migrations in prisma/migrations are the only way the schema reaches a database, so
// they must produce exactly prisma/schema.prisma: anyone who changes the schema without
// writing a migration (npm run db:migration -- <name>) fails here. Applying them is
// tested in migrations-apply.test.ts (a separate file so the two run in parallel).
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '@/lib/db/connection';
import { SCHEMA_PATH, createSchemaEngine, diffMigrationsToSchema, readMigrationsList } from '@/lib/db/schema-engine';
import { testDatabaseAdapter } from '../helpers/db';
import { testServerUrl } from '../helpers/test-database';

// The diff replays the migration history on a shadow database the engine asks its
// adapter for. PGlite's adapter makes a new in-memory database for that, so the worker's
// own PGlite can host the engine untouched. On PostgreSQL (TEST_DATABASE_URL) a scratch
// in-memory PGlite is used instead: adapter-pg's shadow database, when the adapter was
// given a connection string, connects back to the main database, whose tables exist.
let scratch: OpenDatabase | undefined;
afterAll(async () => {
  await scratch?.close();
});

async function engineFor(schema?: string) {
  if (!testServerUrl()) return createSchemaEngine(await testDatabaseAdapter(), schema);
  scratch ??= await openDatabase({ kind: 'pglite-memory' });
  return createSchemaEngine(scratch.adapterFactory, schema);
}

/** prisma/schema.prisma with one more column on Brand, as a careless change would add it. */
function withExtraBrandColumn(schema: string): string {
  const changed = schema.replace(/(model Brand \{\n)/, '$1  driftProbeNote String?\n');
  expect(changed).not.toBe(schema);
  return changed;
}

describe('migrations', () => {
  it('has at least one migration, in Prisma’s standard layout', async () => {
    const list = await readMigrationsList();
    expect(list.migrationDirectories.length).toBeGreaterThan(0);
    for (const dir of list.migrationDirectories) {
      expect(dir.path).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(dir.migrationFile.content.tag).toBe('ok');
    }
    expect(list.lockfile.content).toContain('provider = "postgresql"');
  });

  it('applied to an empty database produce exactly prisma/schema.prisma', async () => {
    const engine = await engineFor();
    try {
      expect(await diffMigrationsToSchema(engine)).toBe('');
    } finally {
      engine.free();
    }
  });

  it('would catch a schema change made without a migration', async () => {
    const schema = withExtraBrandColumn(await readFile(SCHEMA_PATH, 'utf8'));
    const engine = await engineFor(schema);
    try {
      const sql = await diffMigrationsToSchema(engine, schema);
      expect(sql).not.toBe('');
      expect(sql).toMatch(/ALTER TABLE "Brand" ADD COLUMN\s+"driftProbeNote" TEXT/);
    } finally {
      engine.free();
    }
  });
});
