// Runs scheduled jobs once, from the command line:
//   npm run jobs:run -- <job>      one job, e.g. deliver-email
//   npm run jobs:run -- all        every job
// For PostgreSQL deployments that prefer cron to the in-process scheduler
// (ASSAY_DISABLE_SCHEDULER=1), and for operators. Each job runs under its lock, so a
// server running the same job at the same moment makes this run skip it, not repeat it.
// On the embedded database the running portal owns the data directory (and runs the jobs
// itself): this command then says so and changes nothing.
import { openDatabase, describeTarget } from '../lib/db/connection';
import { DatabaseLockedError } from '../lib/db/lock';
import { OMIT_SECRETS } from '../lib/db/shared-client';
import { EnvError, env } from '../lib/env';
import { PrismaClient } from '../lib/generated/prisma/client';
import { jobLockKindFor } from '../lib/jobs/lock';
import { JOBS, findJob } from '../lib/jobs/registry';
import { describeRun, runJob } from '../lib/jobs/run';

function usage(): string {
  return [
    'Usage: npm run jobs:run -- <job|all>',
    '',
    'Jobs:',
    ...JOBS.map((job) => `  ${job.name.padEnd(20)} ${job.description}`),
    `  ${'all'.padEnd(20)} every job above, one after the other`,
  ].join('\n');
}

async function main(): Promise<number> {
  const name = process.argv[2];
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const jobs = name === 'all' ? JOBS : [findJob(name)].filter((job) => job !== undefined);
  if (jobs.length === 0) {
    console.error(`No job named "${name}".\n\n${usage()}`);
    return 2;
  }

  const settings = env();
  let database;
  try {
    database = await openDatabase(settings.database);
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(
        `The portal (process ${error.holder.pid}) is running on the embedded database at ${error.directory} and runs ` +
          'the scheduled jobs itself every 30 seconds or so. Nothing was run. To run jobs from the command line, stop ' +
          'the portal first (or use PostgreSQL with DATABASE_URL, where both can run side by side).',
      );
      return 1;
    }
    throw error;
  }
  const db = new PrismaClient({ adapter: database.adapterFactory, omit: OMIT_SECRETS });
  let failed = false;
  try {
    console.log(`Running ${jobs.map((j) => j.name).join(', ')} on ${describeTarget(database.target)}.`);
    if (!settings.SMTP_URL && jobs.some((j) => j.name === 'deliver-email')) {
      console.log('SMTP_URL is unset: e-mail is not sent; it stays in the outbox (admins see it at /dev/mailbox).');
    }
    for (const job of jobs) {
      const result = await runJob(job, { db, lock: jobLockKindFor(database.target), log: (m) => console.log(m) });
      console.log(describeRun(result));
      if (result.status === 'failed') failed = true;
    }
  } finally {
    await db.$disconnect();
    await database.close();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : error instanceof Error ? error.message : error);
    if (process.env.ASSAY_DEBUG) console.error(error);
    process.exit(1);
  },
);
