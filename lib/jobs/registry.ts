// Every scheduled job, by name. The server's scheduler runs them all; `npm run jobs:run --
// <name|all>` runs them once. Add a job here and it runs everywhere.
import { counterNoticeDeadlinesJob } from './counter-notice-deadlines';
import { deliverEmailJob } from './deliver-email';
import { grantExpiryJob } from './grant-expiry';
import type { Job } from './job';
import { letterConfirmationsJob } from './letter-confirmations';
import { rightExpiryRemindersJob } from './right-expiry-reminders';

export const JOBS: readonly Job[] = [deliverEmailJob, rightExpiryRemindersJob, counterNoticeDeadlinesJob, letterConfirmationsJob, grantExpiryJob];

export function findJob(name: string): Job | undefined {
  return JOBS.find((job) => job.name === name);
}
