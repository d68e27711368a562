// Enforces protected brands (lib/data/protected-listings.ts): unflags listings a grant now
// covers, removes flagged listings whose grace period ended, flags new listings without a
// grant. Safe to run twice. `storeId` scopes a run to one store (the admin's "re-check one
// store" on /admin/jobs); the scheduler runs it for the whole marketplace.
import { enforceProtectedListings } from '../data/protected-listings';
import type { JobContext } from './job';

export const PROTECTED_LISTINGS_JOB = 'protected-listings';

export async function runProtectedListings({ db, now }: JobContext, storeId: string | null = null): Promise<string | null> {
  const run = await enforceProtectedListings(db, now, { storeId });
  const parts = [
    run.flagged ? `${run.flagged} listing(s) flagged` : null,
    run.removed ? `${run.removed} listing(s) removed` : null,
    run.unflagged ? `${run.unflagged} flag(s) cleared` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

export const protectedListingsJob = {
  name: PROTECTED_LISTINGS_JOB,
  description: 'Flag listings of protected brands without a valid grant, remove them when the grace period ends, unflag them when a grant arrives',
  run: (context: JobContext) => runProtectedListings(context),
};
