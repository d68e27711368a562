// The process-wide Prisma client behind lib/db.ts. Kept apart from lib/db.ts (which is
// 'server-only') so instrumentation.ts can open it at server start.
import { PrismaClient } from '../generated/prisma/client';
import { env } from '../env';
import { openDatabase, type OpenDatabase } from './connection';

export const OMIT_SECRETS = { user: { passwordHash: true } } as const;

function makeClient(adapter: OpenDatabase['adapterFactory']) {
  return new PrismaClient({ adapter, omit: OMIT_SECRETS });
}
export type Db = ReturnType<typeof makeClient>;
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const globalForDb = globalThis as unknown as { assayDb?: Promise<Db> };

async function connect(): Promise<Db> {
  const database = await openDatabase(env().database);
  // Closing is left to process exit: committed rows survive even a SIGKILL, and the
  // directory lock is released by an exit hook (lib/db/lock.ts).
  return makeClient(database.adapterFactory);
}

/**
 * The shared client, created lazily so `next build` never opens the database (it runs
 * module code while collecting pages, and PGlite would take the data directory). Tests
 * install their own client (an in-memory database per worker) on globalThis first.
 */
export function openSharedClient(): Promise<Db> {
  globalForDb.assayDb ??= connect().catch((error: unknown) => {
    globalForDb.assayDb = undefined;
    throw error;
  });
  return globalForDb.assayDb;
}
