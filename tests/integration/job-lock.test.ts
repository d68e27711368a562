// Job locks across processes (lib/jobs/lock.ts). On PostgreSQL a transaction-scoped
// advisory lock keeps a job to one runner at a time, whichever process (or pool
// connection) asks. On the embedded database the directory lock already guarantees a
// single process, and the in-process guard is unit-tested (tests/unit/scheduler.test.ts);
// an advisory lock held by an open transaction cannot work there at all (PGlite queues
// every other query behind it), so these tests need TEST_DATABASE_URL.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { Job } from '@/lib/jobs/job';
import { withDatabaseJobLock } from '@/lib/jobs/lock';
import { runJob } from '@/lib/jobs/run';
import { testDb } from '../helpers/db';
import { testServerUrl } from '../helpers/test-database';

let prisma: Db;
beforeAll(async () => {
  prisma = await testDb();
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => (resolve = res));
  return { promise, resolve };
}

describe.skipIf(!testServerUrl())('job lock on PostgreSQL', () => {
  it('lets one runner in at a time and frees the lock when it is done', async () => {
    const gate = deferred();
    const entered = deferred();
    const first = withDatabaseJobLock(prisma, 'test-job-a', async () => {
      entered.resolve();
      await gate.promise;
      return 'first';
    });
    await entered.promise;
    // Another connection asks for the same job while the first holds it.
    expect(await withDatabaseJobLock(prisma, 'test-job-a', async () => 'second')).toEqual({ ran: false });
    // Another job is not held up.
    expect(await withDatabaseJobLock(prisma, 'test-job-b', async () => 'other')).toEqual({ ran: true, value: 'other' });
    gate.resolve();
    expect(await first).toEqual({ ran: true, value: 'first' });
    expect(await withDatabaseJobLock(prisma, 'test-job-a', async () => 'third')).toEqual({ ran: true, value: 'third' });
  });

  it('frees the lock when the job fails', async () => {
    await expect(withDatabaseJobLock(prisma, 'test-job-c', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withDatabaseJobLock(prisma, 'test-job-c', async () => 1)).toEqual({ ran: true, value: 1 });
  });

  it('runJob reports a run skipped because another process holds the job', async () => {
    const gate = deferred();
    const entered = deferred();
    const holder = withDatabaseJobLock(prisma, 'test-job-d', async () => {
      entered.resolve();
      await gate.promise;
    });
    await entered.promise;
    const job: Job = { name: 'test-job-d', description: 'test', run: async () => 'ran' };
    expect(await runJob(job, { db: prisma, lock: 'database' })).toEqual({ job: 'test-job-d', status: 'skipped', reason: 'running elsewhere' });
    gate.resolve();
    await holder;
    expect(await runJob(job, { db: prisma, lock: 'database' })).toMatchObject({ status: 'done', summary: 'ran' });
  });
});

describe('runJob', () => {
  it('reports a failing job instead of throwing', async () => {
    const job: Job = { name: 'test-job-fails', description: 'test', run: () => Promise.reject(new Error('SMTP on fire')) };
    expect(await runJob(job, { db: prisma, lock: 'process' })).toMatchObject({ job: 'test-job-fails', status: 'failed', error: 'SMTP on fire' });
  });

  it('hands the job the clock it was given', async () => {
    const now = new Date('2030-01-01T00:00:00.000Z');
    let seen: Date | null = null;
    const job: Job = { name: 'test-job-clock', description: 'test', run: async (ctx) => ((seen = ctx.now), null) };
    expect(await runJob(job, { db: prisma, lock: 'process', now })).toMatchObject({ status: 'done', summary: null });
    expect(seen).toEqual(now);
  });
});
