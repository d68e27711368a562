// Starts the scheduler inside the server process (called once from instrumentation.ts).
// The server owns the embedded database, so the jobs have to run in it; on PostgreSQL
// every server process runs the scheduler and the job locks decide who works.
import { openSharedClient } from '../db/shared-client';
import { env } from '../env';
import { jobLockKindFor } from './lock';
import { JOBS } from './registry';
import { describeRun, runJob } from './run';
import { startScheduler, type Scheduler } from './scheduler';

const state = globalThis as unknown as { assayScheduler?: Scheduler };

export function startBackgroundJobs(): void {
  const settings = env();
  if (settings.ASSAY_DISABLE_SCHEDULER) {
    console.log('[assay] Scheduled jobs are off (ASSAY_DISABLE_SCHEDULER): run them with `npm run jobs:run -- all`.');
    return;
  }
  if (state.assayScheduler) return; // once per process, whatever reloads the module
  const lock = jobLockKindFor(settings.database);
  state.assayScheduler = startScheduler({
    jobs: JOBS,
    initialDelayMs: 5_000,
    runJob: async (job) => {
      const result = await runJob(job, { db: await openSharedClient(), lock, log: (m) => console.log(`[jobs] ${m}`) });
      // Quiet when there was nothing to do; every failure is logged.
      if (result.status === 'failed') console.error(`[jobs] ${describeRun(result)}`);
      else if (result.status === 'done' && result.summary) console.log(`[jobs] ${describeRun(result)}`);
    },
  });
}
