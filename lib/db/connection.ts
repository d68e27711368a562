// Which database Assay talks to, and how. Shared by the Next server (lib/db.ts) and the
// command-line scripts (scripts/*.ts), so it must not import 'server-only'.
//
// - No DATABASE_URL: embedded PGlite in ASSAY_PGLITE_DIR (default ./data/pglite), owned by
//   one process under an exclusive lock (lib/db/lock.ts).
// - DATABASE_URL=postgres://…: a PostgreSQL server through @prisma/adapter-pg, pooled.
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { acquireDirectoryLock, lockFilePath, type HeldLock } from './lock';

export type DatabaseTarget =
  | { kind: 'pglite'; directory: string }
  | { kind: 'pglite-memory' }
  | { kind: 'postgres'; url: string };

export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.ASSAY_DATA_DIR || 'data');
}

export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL (or unset for the embedded database).');
    }
    return { kind: 'postgres', url };
  }
  const directory = env.ASSAY_PGLITE_DIR
    ? path.resolve(/*turbopackIgnore: true*/ env.ASSAY_PGLITE_DIR)
    : path.join(dataDirectory(env), 'pglite');
  return { kind: 'pglite', directory };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'postgres') {
    const u = new URL(target.url);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return target.kind === 'pglite' ? `embedded PGlite at ${target.directory}` : 'in-memory PGlite';
}

export interface OpenDatabase {
  target: DatabaseTarget;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The PGlite instance itself (embedded targets only), for raw SQL beside Prisma (the bench). */
  pglite?: import('@electric-sql/pglite').PGlite;
  /**
   * Closes the underlying database (PGlite) and releases the directory lock it took.
   * A lock passed in by the caller (options.lock) stays held: the caller owns it.
   */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  poolSize?: number;
  /**
   * The directory lock, already taken by the caller. The start script takes it before
   * anything else and keeps it across migrate/seed and the hand-over to the server, so
   * there is no moment where a second process could open the directory.
   */
  lock?: HeldLock;
}

export async function openDatabase(
  target: DatabaseTarget = resolveDatabaseTarget(),
  options: OpenDatabaseOptions = {},
): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const adapterFactory = new PrismaPg({ connectionString: target.url, max: options.poolSize ?? 10 });
    return { target, adapterFactory, close: async () => {} };
  }
  let lock: HeldLock | undefined;
  if (target.kind === 'pglite' && options.lock) {
    if (options.lock.file !== lockFilePath(target.directory)) {
      throw new Error(`The lock ${options.lock.file} does not guard ${target.directory}`);
    }
  } else if (target.kind === 'pglite') {
    lock = acquireDirectoryLock(target.directory, { inheritToken: process.env.ASSAY_DB_LOCK_TOKEN });
  }
  try {
    const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('pglite-prisma-adapter'),
    ]);
    const { mkdirSync } = await import('node:fs');
    if (target.kind === 'pglite') mkdirSync(target.directory, { recursive: true });
    const pglite = target.kind === 'pglite' ? new PGlite(target.directory) : new PGlite();
    await pglite.waitReady;
    return {
      target,
      adapterFactory: new PrismaPGlite(pglite),
      pglite,
      close: async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
