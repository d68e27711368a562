// The one Prisma client of the server process, created lazily on first use so that
// `next build` never opens the database (it runs module top-level code while collecting
// pages, and PGlite would take the data directory). Secrets are omitted from every query
// result unless a query asks for them by name.
import 'server-only';
import { PrismaClient } from './generated/prisma/client';
import { openDatabase, type OpenDatabase } from './db/connection';
import { env } from './env';

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

/** The shared client; the first call opens the database (and, embedded, takes its lock). */
export function db(): Promise<Db> {
  // Tests install their own client (an in-memory database per worker) before this runs.
  globalForDb.assayDb ??= connect().catch((error: unknown) => {
    globalForDb.assayDb = undefined;
    throw error;
  });
  return globalForDb.assayDb;
}
