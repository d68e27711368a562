// One run of a job at a time, across everything that shares the database.
//
// - Embedded PGlite ('process'): only one process can open the data directory at all (its
//   directory lock, lib/db/lock.ts), so an in-process guard is the whole story. A database
//   lock would not even work: PGlite has one connection, and the adapter queues every other
//   query behind an open transaction.
// - PostgreSQL ('database'): several server processes (and cron's `npm run jobs:run`) may
//   share the database. A transaction takes pg_try_advisory_xact_lock on the job's name
//   and stays open while the job runs on other connections of the pool; whoever does not
//   get the lock skips this round. If the holder dies, PostgreSQL ends its session and
//   the lock goes with it: nothing to clean up.
import type { Db } from '../db/shared-client';
import type { DatabaseTarget } from '../db/connection';

export type JobLockKind = 'process' | 'database';

export function jobLockKindFor(target: DatabaseTarget): JobLockKind {
  return target.kind === 'postgres' ? 'database' : 'process';
}

/** Advisory-lock namespace of job locks (the second key is hashtext(job name)). */
const JOB_LOCK_NAMESPACE = 7_042_100;

/**
 * The longest a job may hold its database lock. Jobs bound their own runs far below this
 * (they stop claiming new work after a couple of minutes); should one still be running,
 * the transaction is ended and the lock released rather than held forever.
 */
export const JOB_LOCK_MAX_MS = 15 * 60_000;

const running = ((globalThis as unknown as { assayRunningJobs?: Set<string> }).assayRunningJobs ??= new Set<string>());

export type LockedRun<T> = { ran: true; value: T } | { ran: false };

export async function withJobLock<T>(db: Db, kind: JobLockKind, name: string, fn: () => Promise<T>): Promise<LockedRun<T>> {
  // In-process first, in both modes: a second run in this process is refused without
  // spending a database connection on it.
  if (running.has(name)) return { ran: false };
  running.add(name);
  try {
    return kind === 'process' ? { ran: true, value: await fn() } : await withDatabaseJobLock(db, name, fn);
  } finally {
    running.delete(name);
  }
}

/** The PostgreSQL half of withJobLock: across processes. Never on PGlite (see above). */
export async function withDatabaseJobLock<T>(db: Db, name: string, fn: () => Promise<T>): Promise<LockedRun<T>> {
  return db.$transaction(
    async (tx): Promise<LockedRun<T>> => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${JOB_LOCK_NAMESPACE}::int, hashtext(${name})) AS locked`;
      if (!row?.locked) return { ran: false };
      return { ran: true, value: await fn() };
    },
    { maxWait: 30_000, timeout: JOB_LOCK_MAX_MS },
  );
}
