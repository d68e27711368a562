// Where a right stands. Expiry is read against the clock, never stored as a status (see
// the schema): a verified registration whose term has run out can no longer carry a claim.
import type { RightStatus } from '../generated/prisma/enums';

export const RIGHT_STANDINGS = ['VERIFIED', 'PENDING', 'REJECTED', 'EXPIRED'] as const;
export type RightStanding = (typeof RIGHT_STANDINGS)[number];

export function isExpired(expiresAt: Date | null | undefined, now: Date): boolean {
  return expiresAt != null && expiresAt.getTime() <= now.getTime();
}

/** A rejected right stays rejected; otherwise a right past its expiry is expired. */
export function rightStanding(right: { status: RightStatus; expiresAt: Date | null }, now: Date): RightStanding {
  if (right.status === 'REJECTED') return 'REJECTED';
  if (isExpired(right.expiresAt, now)) return 'EXPIRED';
  return right.status;
}

/** Only a verified, unexpired right may carry a claim. */
export function rightCanCarryClaims(right: { status: RightStatus; expiresAt: Date | null }, now: Date): boolean {
  return rightStanding(right, now) === 'VERIFIED';
}

export type RightCounts = Record<RightStanding, number>;

export function emptyRightCounts(): RightCounts {
  return { VERIFIED: 0, PENDING: 0, REJECTED: 0, EXPIRED: 0 };
}

/**
 * Adds up right counts grouped by status, given separately for rights whose expiry has
 * passed (`expired: true`) and the rest — the two groupBy queries the data layer runs.
 */
export function tallyRightCounts(groups: { status: RightStatus; expired: boolean; count: number }[]): RightCounts {
  const counts = emptyRightCounts();
  for (const group of groups) {
    const standing: RightStanding = group.status === 'REJECTED' ? 'REJECTED' : group.expired ? 'EXPIRED' : group.status;
    counts[standing] += group.count;
  }
  return counts;
}
