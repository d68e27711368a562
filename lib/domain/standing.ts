// Time-bound permissions and penalties read against the clock: an agency's power of
// attorney, a store's selling grant, a strike. Stored statuses say what a person decided;
// expiry is applied at read time so that nothing depends on a job having run.
import type { GrantStatus, StrikeStatus, VerificationStatus } from '../generated/prisma/enums';
import { isExpired } from './rights';

/** An agency may act for a brand while its power of attorney is verified and unexpired. */
export function agencyMayAct(auth: { status: VerificationStatus; validUntil: Date | null }, now: Date): boolean {
  return auth.status === 'VERIFIED' && !isExpired(auth.validUntil, now);
}

export type GrantStanding = GrantStatus;

/** A grant stored as ACTIVE whose expiry has passed reads as EXPIRED. */
export function grantStanding(grant: { status: GrantStatus; expiresAt: Date }, now: Date): GrantStanding {
  if (grant.status === 'ACTIVE' && isExpired(grant.expiresAt, now)) return 'EXPIRED';
  return grant.status;
}

/** A strike counts towards the closure threshold while active and unexpired. */
export function strikeCounts(strike: { status: StrikeStatus; expiresAt: Date }, now: Date): boolean {
  return strike.status === 'ACTIVE' && !isExpired(strike.expiresAt, now);
}
