// The two databases the bench runs on, opened through the application's own code
// (lib/db/connection.ts, migrated by lib/db/schema-engine.ts as `npm run db:migrate` does),
// plus a raw client beside Prisma for the floors: pg for PostgreSQL, the PGlite instance
// itself for the embedded database.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '../../lib/db/connection';
import { applyMigrations, createSchemaEngine } from '../../lib/db/schema-engine';
import { OMIT_SECRETS, type Db } from '../../lib/db/shared-client';
import { PrismaClient } from '../../lib/generated/prisma/client';

export type BenchDatabaseKind = 'pg' | 'pglite';

export interface RawResult {
  rows: Record<string, unknown>[];
}

export interface BenchDatabase {
  kind: BenchDatabaseKind;
  label: string;
  prisma: Db;
  /** The driver adapter the application client runs on (the reports case records through it). */
  adapterFactory: OpenDatabase['adapterFactory'];
  /** One statement, no result (generation). */
  exec(sql: string): Promise<unknown>;
  /** A raw query with $1… parameters, straight to the driver: the floors. */
  query(sql: string, params?: unknown[]): Promise<RawResult>;
  /** The PGlite instance (embedded only): COPY FROM '/dev/blob' needs it. */
  pglite?: NonNullable<OpenDatabase['pglite']>;
  /** A raw pg client (PostgreSQL only): COPY FROM STDIN needs it. */
  pgClient?: pg.Client;
  /** The database's URL (PostgreSQL only): the HTTP case starts a server on it. */
  url?: string;
  close(): Promise<void>;
}

async function migrate(database: OpenDatabase): Promise<void> {
  const engine = await createSchemaEngine(database.adapterFactory);
  try {
    await applyMigrations(engine);
  } finally {
    engine.free();
  }
}

/** A fresh database on a PostgreSQL server (dropped by close()), migrated. */
export async function openBenchPostgres(serverUrl: string, label: string): Promise<BenchDatabase> {
  const name = `assay_bench_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() }, { poolSize: 10 });
  await migrate(database);
  const prisma: Db = new PrismaClient({ adapter: database.adapterFactory, omit: OMIT_SECRETS });
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  // The floors run on a connection of their own, opened after the load: on the connection that
  // loaded the data (and dropped and rebuilt the indexes) some statements ran twice as slowly,
  // which made floors too high and ratios too low (docs/benchmarks.md, reports case).
  let floorClient: pg.Client | undefined;
  return {
    kind: 'pg',
    label,
    prisma,
    adapterFactory: database.adapterFactory,
    pgClient: client,
    url: url.toString(),
    exec: (sql) => client.query(sql),
    query: async (sql, params) => {
      if (!floorClient) {
        floorClient = new pg.Client({ connectionString: url.toString() });
        await floorClient.connect();
      }
      return { rows: (await floorClient.query(sql, params)).rows as Record<string, unknown>[] };
    },
    close: async () => {
      await prisma.$disconnect();
      await floorClient?.end();
      await client.end();
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A fresh embedded database in a temporary directory (removed by close()), migrated. */
export async function openBenchPglite(): Promise<BenchDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'assay-bench-pglite-'));
  const database = await openDatabase({ kind: 'pglite', directory: path.join(dir, 'pglite') });
  const pglite = database.pglite!;
  await migrate(database);
  const prisma: Db = new PrismaClient({ adapter: database.adapterFactory, omit: OMIT_SECRETS });
  return {
    kind: 'pglite',
    label: 'PGlite',
    prisma,
    adapterFactory: database.adapterFactory,
    pglite,
    exec: (sql) => pglite.exec(sql),
    query: async (sql, params) => ({ rows: (await pglite.query<Record<string, unknown>>(sql, params)).rows }),
    close: async () => {
      await prisma.$disconnect();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Makes lib/db.ts's db() return this database's client, as the server's would. */
export function installAsApplicationClient(database: BenchDatabase): void {
  (globalThis as unknown as { assayDb?: Promise<Db> }).assayDb = Promise.resolve(database.prisma);
}
