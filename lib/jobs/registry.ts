// Every scheduled job, by name. The server's scheduler runs them all; `npm run jobs:run --
// <name|all>` runs them once. Add a job here and it runs everywhere.
import { brandTiersJob } from './brand-tiers';
import { counterNoticeDeadlinesJob } from './counter-notice-deadlines';
import { deliverEmailJob } from './deliver-email';
import { filingAbuseJob } from './filing-abuse';
import { grantExpiryJob } from './grant-expiry';
import type { Job } from './job';
import { letterConfirmationsJob } from './letter-confirmations';
import { protectedListingsJob } from './protected-listings';
import { rightExpiryRemindersJob } from './right-expiry-reminders';
import { strikeExpiryJob } from './strike-expiry';

// grant-expiry before protected-listings: a grant that lapsed is marked EXPIRED (and its
// listings flagged GRANT_EXPIRED) before the sweep looks for listings without a grant.
// brand-tiers and filing-abuse last: they only read decisions already made, nothing above
// depends on a tier or a sanction, and their notices go out with deliver-email's next run.
export const JOBS: readonly Job[] = [
  deliverEmailJob,
  rightExpiryRemindersJob,
  counterNoticeDeadlinesJob,
  letterConfirmationsJob,
  grantExpiryJob,
  strikeExpiryJob,
  protectedListingsJob,
  brandTiersJob,
  filingAbuseJob,
];

export function findJob(name: string): Job | undefined {
  return JOBS.find((job) => job.name === name);
}
