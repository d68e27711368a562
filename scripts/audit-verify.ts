// npm run audit:verify — checks the whole audit chain of the configured database (embedded
// or DATABASE_URL) and names the first broken event. Exit code 0: intact; 1: broken (or
// the database could not be read).
//
// The chain proves nothing was changed or removed BEFORE its last event; removing events
// from the very end leaves a shorter, intact chain. Keep the printed last hash somewhere
// else (a ticket, a log) and compare it next time to cover the end too.
import { describeTarget, openDatabase } from '../lib/db/connection';
import { DatabaseLockedError } from '../lib/db/lock';
import { OMIT_SECRETS } from '../lib/db/shared-client';
import { describeVerification, verifyAuditChain } from '../lib/audit-verify';
import { EnvError, loadEnv } from '../lib/env';
import { PrismaClient } from '../lib/generated/prisma/client';

async function main(): Promise<number> {
  const settings = loadEnv();
  let database;
  try {
    database = await openDatabase(settings.database);
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(`${error.message}\nThe embedded database can be verified while the portal is stopped.`);
      return 1;
    }
    throw error;
  }
  const db = new PrismaClient({ adapter: database.adapterFactory, omit: OMIT_SECRETS });
  try {
    console.log(`Verifying the audit chain of ${describeTarget(database.target)}…`);
    const result = await verifyAuditChain(db);
    (result.ok ? console.log : console.error)(describeVerification(result));
    return result.ok ? 0 : 1;
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : error instanceof Error ? error.message : error);
    if (process.env.ASSAY_DEBUG) console.error(error);
    process.exit(1);
  },
);
