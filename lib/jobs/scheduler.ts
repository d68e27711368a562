// The in-process scheduler: runs each registered job again and again, `intervalMs` apart
// (± jitter, so several servers on one database do not all knock at the same moment).
// The next run of a job is scheduled only when its previous run has finished, so a job
// never overlaps itself in this process; lib/jobs/lock.ts keeps other processes out.
// Timers are unref'd: the scheduler never keeps a process alive on its own.
import type { Job } from './job';

export interface SchedulerOptions {
  jobs: readonly Job[];
  /** Runs one job once (under its lock); errors are the caller's to report, never thrown here. */
  runJob: (job: Job) => Promise<unknown>;
  intervalMs?: number;
  /** Delay before the first round, so a starting server serves its first requests first. */
  initialDelayMs?: number;
  /** ±this fraction of the interval, at random. */
  jitter?: number;
  random?: () => number;
  onError?: (job: Job, error: unknown) => void;
}

export interface Scheduler {
  /** Stops scheduling; resolves when the runs in progress have finished. */
  stop(): Promise<void>;
}

export const DEFAULT_JOB_INTERVAL_MS = 30_000;

export function startScheduler(options: SchedulerOptions): Scheduler {
  const interval = options.intervalMs ?? DEFAULT_JOB_INTERVAL_MS;
  const jitter = options.jitter ?? 0.2;
  const random = options.random ?? Math.random;
  const delay = (base: number) => Math.max(0, Math.round(base + base * jitter * (2 * random() - 1)));
  let stopped = false;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Map<string, Promise<void>>();

  const schedule = (job: Job, after: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(job.name);
      const run = Promise.resolve()
        .then(() => options.runJob(job))
        .then(
          () => undefined,
          (error: unknown) => options.onError?.(job, error),
        )
        .finally(() => {
          inFlight.delete(job.name);
          schedule(job, delay(interval));
        });
      inFlight.set(job.name, run);
    }, after);
    timer.unref?.();
    timers.set(job.name, timer);
  };

  for (const job of options.jobs) schedule(job, delay(options.initialDelayMs ?? interval));

  return {
    async stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.all(inFlight.values());
    },
  };
}
