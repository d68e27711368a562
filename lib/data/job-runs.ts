// An admin runs a scheduled job now, from /admin/jobs: through runJob (the job's lock, so it
// never overlaps the scheduler's run) in the server process, which owns the embedded
// database. protected-listings may be scoped to one store (re-check it after a grant
// changed). The "as of" moment is honoured only under ASSAY_TEST_CLOCK (end-to-end tests);
// otherwise the job runs at the real now. Every run by hand is audited.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { recordAudit } from '../audit';
import { db } from '../db';
import { openSharedClient } from '../db/shared-client';
import { env } from '../env';
import { jobLockKindFor } from '../jobs/lock';
import { PROTECTED_LISTINGS_JOB, runProtectedListings } from '../jobs/protected-listings';
import { findJob } from '../jobs/registry';
import { runJob, type JobRunResult } from '../jobs/run';
import type { RequestMeta } from '../request-meta';

export type JobRunRefusal = 'forbidden' | 'unknownJob' | 'storeUnknown' | 'storeNotScoped';

export async function runJobNow(
  actor: Pick<SessionUser, 'id' | 'role' | 'organisationId'>,
  input: { job: string; store: string | null; asOf: Date | null },
  meta?: RequestMeta,
): Promise<{ ok: true; result: JobRunResult } | { ok: false; violation: JobRunRefusal }> {
  if (!can(actor.role, 'job.run')) return { ok: false, violation: 'forbidden' };
  const job = findJob(input.job);
  if (!job) return { ok: false, violation: 'unknownJob' };
  const prisma = await db();
  let storeId: string | null = null;
  if (input.store) {
    if (job.name !== PROTECTED_LISTINGS_JOB) return { ok: false, violation: 'storeNotScoped' };
    const store = await prisma.store.findFirst({ where: { OR: [{ slug: input.store }, { id: input.store }] }, select: { id: true } });
    if (!store) return { ok: false, violation: 'storeUnknown' };
    storeId = store.id;
  }
  const settings = env();
  const now = settings.ASSAY_TEST_CLOCK && input.asOf ? input.asOf : new Date();
  // The scoped run is the same job under the same lock, with the store passed through.
  const runnable = storeId ? { ...job, run: (context: Parameters<typeof job.run>[0]) => runProtectedListings(context, storeId) } : job;
  const result = await runJob(runnable, { db: await openSharedClient(), lock: jobLockKindFor(settings.database), now });
  await prisma.$transaction((tx) =>
    recordAudit(tx, {
      actor: { id: actor.id, role: actor.role, organisationId: actor.organisationId },
      action: 'job.run',
      objectType: 'job',
      objectId: job.name,
      after: {
        storeId,
        asOf: now.toISOString(),
        status: result.status,
        summary: result.status === 'done' ? result.summary : result.status === 'failed' ? result.error : null,
      },
      ...(meta ? { meta } : {}),
    }),
  );
  return { ok: true, result };
}
