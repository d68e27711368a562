// Every scheduled job, by name. The server's scheduler runs them all; `npm run jobs:run --
// <name|all>` runs them once. Add a job here and it runs everywhere.
import { counterNoticeDeadlinesJob } from './counter-notice-deadlines';
import { deliverEmailJob } from './deliver-email';
import type { Job } from './job';
import { protectedListingsJob } from './protected-listings';
import { rightExpiryRemindersJob } from './right-expiry-reminders';
import { strikeExpiryJob } from './strike-expiry';

export const JOBS: readonly Job[] = [deliverEmailJob, rightExpiryRemindersJob, counterNoticeDeadlinesJob, strikeExpiryJob, protectedListingsJob];

export function findJob(name: string): Job | undefined {
  return JOBS.find((job) => job.name === name);
}
