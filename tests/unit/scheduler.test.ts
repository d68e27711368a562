// The in-process scheduler (lib/jobs/scheduler.ts) under fake timers, and the in-process
// half of the job lock (lib/jobs/lock.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/shared-client';
import type { Job } from '@/lib/jobs/job';
import { withJobLock } from '@/lib/jobs/lock';
import { startScheduler } from '@/lib/jobs/scheduler';

const job = (name: string): Job => ({ name, description: name, run: async () => null });

/** A promise and the function that settles it. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('scheduler', () => {
  it('runs each job every interval, the first one after the initial delay', async () => {
    const runs: string[] = [];
    const scheduler = startScheduler({
      jobs: [job('a'), job('b')],
      runJob: async (j) => void runs.push(j.name),
      intervalMs: 30_000,
      initialDelayMs: 5_000,
      jitter: 0,
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs.sort()).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(runs).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(8);
    await scheduler.stop();
  });

  it('never overlaps a job with itself: the next run is timed from the end of the last', async () => {
    const gate = deferred();
    let started = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const scheduler = startScheduler({
      jobs: [job('slow')],
      runJob: async () => {
        started++;
        concurrent++;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        if (started === 1) await gate.promise; // the first run takes "forever"
        concurrent--;
      },
      intervalMs: 30_000,
      initialDelayMs: 0,
      jitter: 0,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(10 * 30_000); // ten intervals while it still runs
    expect(started).toBe(1);
    gate.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(2);
    expect(maxConcurrent).toBe(1);
    await scheduler.stop();
  });

  it('keeps going after a run fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const scheduler = startScheduler({
      jobs: [job('flaky')],
      runJob: async () => {
        runs++;
        if (runs === 1) throw new Error('database away');
      },
      onError: (_job, error) => errors.push(error),
      intervalMs: 1_000,
      initialDelayMs: 0,
      jitter: 0,
    });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toBe(3);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('database away');
    await scheduler.stop();
  });

  it('jitters each wait within ±jitter of the interval', async () => {
    const times: number[] = [];
    const randoms = [0, 1, 0.5];
    let i = 0;
    const scheduler = startScheduler({
      jobs: [job('j')],
      runJob: async () => void times.push(Date.now()),
      intervalMs: 10_000,
      initialDelayMs: 10_000,
      jitter: 0.2,
      random: () => randoms[i++ % randoms.length]!,
    });
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(40_000);
    // waits: 10 s × (1 − 0.2), × (1 + 0.2), × 1
    expect(times.slice(0, 3).map((t) => t - start)).toEqual([8_000, 20_000, 30_000]);
    await scheduler.stop();
  });

  it('stop() ends the schedule and waits for the run in progress', async () => {
    const gate = deferred();
    let runs = 0;
    let finished = false;
    const scheduler = startScheduler({
      jobs: [job('j')],
      runJob: async () => {
        runs++;
        await gate.promise;
        finished = true;
      },
      intervalMs: 1_000,
      initialDelayMs: 0,
      jitter: 0,
    });
    await vi.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    gate.resolve();
    await stopping;
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(1);
  });
});

describe('job lock in one process', () => {
  const noDatabase = null as unknown as Db; // the process lock never touches the database

  it('refuses a second run of the same job while the first runs, and frees it after', async () => {
    const gate = deferred();
    const first = withJobLock(noDatabase, 'process', 'deliver-email', () => gate.promise.then(() => 'first'));
    const second = await withJobLock(noDatabase, 'process', 'deliver-email', async () => 'second');
    expect(second).toEqual({ ran: false });
    const other = await withJobLock(noDatabase, 'process', 'another-job', async () => 'other');
    expect(other).toEqual({ ran: true, value: 'other' });
    gate.resolve();
    expect(await first).toEqual({ ran: true, value: 'first' });
    expect(await withJobLock(noDatabase, 'process', 'deliver-email', async () => 'third')).toEqual({ ran: true, value: 'third' });
  });

  it('frees the lock when the job throws', async () => {
    await expect(withJobLock(noDatabase, 'process', 'throws', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withJobLock(noDatabase, 'process', 'throws', async () => 1)).toEqual({ ran: true, value: 1 });
  });
});
