// Databases for the `db` test project. By default an in-memory PGlite; with
// TEST_DATABASE_URL=postgres://… a fresh database on that PostgreSQL server, created for
// the worker and dropped afterwards (tests/setup/db-global.ts drops any a crashed worker
// left behind). Either way the migrations are applied with the WASM schema engine, the
// same way `npm run db:migrate` does it.
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { inject } from 'vitest';
import { openDatabase } from '@/lib/db/connection';
import { applyMigrations, createSchemaEngine } from '@/lib/db/schema-engine';

export interface TestDatabase {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** e.g. "in-memory PGlite" or "PostgreSQL assay_test_…". */
  label: string;
  close(): Promise<void>;
}

/** The PostgreSQL server of TEST_DATABASE_URL, if set. */
export function testServerUrl(): URL | null {
  const raw = process.env.TEST_DATABASE_URL?.trim();
  if (!raw) return null;
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error('TEST_DATABASE_URL must be a postgres:// URL');
  return new URL(raw);
}

/** Prefix of every database this test run creates on the server (dropped at teardown). */
export function testDatabasePrefix(): string {
  let runId = 'local';
  try {
    runId = inject('assayTestRunId') || runId;
  } catch {
    // outside a Vitest worker: keep the default
  }
  return `assay_test_${runId}_`;
}

let sequence = 0;

/** An empty database, not migrated. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const server = testServerUrl();
  if (!server) {
    const database = await openDatabase({ kind: 'pglite-memory' });
    return { adapterFactory: database.adapterFactory, label: 'in-memory PGlite', close: () => database.close() };
  }
  sequence += 1;
  const name = `${testDatabasePrefix()}${process.pid}_${sequence}`;
  await runOnServer(server, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const { PrismaPg } = await import('@prisma/adapter-pg');
  // allowExitOnIdle: a worker's idle pool must not keep the worker process alive at the end.
  const adapterFactory = new PrismaPg({ connectionString: url.toString(), max: 10, allowExitOnIdle: true });
  return {
    adapterFactory,
    label: `PostgreSQL ${name}`,
    close: async () => {
      await runOnServer(server, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
    },
  };
}

/** An empty database with every migration applied. */
export async function createMigratedDatabase(): Promise<TestDatabase> {
  const database = await createEmptyDatabase();
  try {
    const engine = await createSchemaEngine(database.adapterFactory);
    try {
      await applyMigrations(engine);
    } finally {
      engine.free();
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Runs statements on the server's own database (the one TEST_DATABASE_URL names). */
export async function runOnServer(server: URL, statements: string[]): Promise<unknown[][]> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const results: unknown[][] = [];
    for (const sql of statements) results.push((await client.query(sql)).rows);
    return results;
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  interface ProvidedContext {
    assayTestRunId: string;
  }
}
