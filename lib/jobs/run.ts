// Runs one job once under its lock (lib/jobs/lock.ts) and reports what happened. Never
// throws: a failing job is reported (and retried on the next round), it does not take the
// scheduler or the command line down with it.
import type { Db } from '../db/shared-client';
import type { Job } from './job';
import { withJobLock, type JobLockKind } from './lock';

export type JobRunResult =
  | { job: string; status: 'done'; summary: string | null; ms: number }
  | { job: string; status: 'skipped'; reason: 'running elsewhere' }
  | { job: string; status: 'failed'; error: string; ms: number };

export interface RunJobOptions {
  db: Db;
  lock: JobLockKind;
  now?: Date;
  log?: (message: string) => void;
}

export async function runJob(job: Job, options: RunJobOptions): Promise<JobRunResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  try {
    const outcome = await withJobLock(options.db, options.lock, job.name, () =>
      job.run({ db: options.db, now: options.now ?? new Date(), log: (message) => log(`${job.name}: ${message}`) }),
    );
    if (!outcome.ran) return { job: job.name, status: 'skipped', reason: 'running elsewhere' };
    return { job: job.name, status: 'done', summary: outcome.value, ms: Date.now() - started };
  } catch (error) {
    return { job: job.name, status: 'failed', error: error instanceof Error ? error.message : String(error), ms: Date.now() - started };
  }
}

export function describeRun(result: JobRunResult): string {
  switch (result.status) {
    case 'done':
      return `${result.job}: ${result.summary ?? 'nothing due'} (${result.ms} ms)`;
    case 'skipped':
      return `${result.job}: skipped — another process is running it right now`;
    case 'failed':
      return `${result.job}: FAILED after ${result.ms} ms — ${result.error}`;
  }
}
