// A scheduled job: something the system does by itself on a clock (deliver e-mail, enforce
// deadlines). Jobs are run by the in-process scheduler (lib/jobs/scheduler.ts, started by
// the server) or once from the command line (`npm run jobs:run -- <job|all>`), always
// through runJob, which makes sure one job never runs twice at the same time anywhere.
//
// Every job must be safe to run twice, and to be cut off at any point (a crash, a deploy):
// it works on rows it claims atomically and leaves each one finished or claimable again.
// Jobs read the time from `now`, never from the wall clock, so tests control it.
import type { Db } from '../db/shared-client';

export interface JobContext {
  db: Db;
  now: Date;
  log: (message: string) => void;
}

export interface Job {
  /** Kebab-case, unique: the command-line name and the lock's name. */
  name: string;
  /** One line for `npm run jobs:run` without arguments. */
  description: string;
  /** Does the due work; returns a one-line summary of what it did, or null if nothing was due. */
  run: (context: JobContext) => Promise<string | null>;
}
