// How well a filer's claims stand up, and what follows from it: the trusted tier of a brand
// (journey 5, the seed's good-faith programme) and sanctions for abusing the notice system
// (DSA Art 23). Every figure comes from the claim items themselves (lib/data/accuracy.ts
// counts them); nothing here is stored by hand. Pure: no database.
//
// Definitions, over a window of decision times (policy.accuracyWindowDays, default 90):
// - decided: items a reviewer decided in the window (an expedited takedown is not a decision
//   until a reviewer confirms or overturns it);
// - stood: of those, removals still standing now;
// - removed: of those, items decided as removals (standing, restored after a counter-notice,
//   or withdrawn by the filer after the removal);
// - rejected: of those, items rejected (an overturned expedited takedown is a rejection);
// - restored: of those, removals restored after a counter-notice;
// - withdrawn: items the filer withdrew in the window, decided or not (shown, not scored).
// accuracy = stood / decided; restored share = restored / removed; bad share (abuse) =
// (rejected + restored) / decided.
import type { BrandTier, FilingSanctionKind, VerificationStatus } from '../generated/prisma/enums';
import type { Policy } from './policy';

export interface FilingCounts {
  decided: number;
  stood: number;
  removed: number;
  rejected: number;
  restored: number;
  withdrawn: number;
  /** Items taken down at once for a trusted brand, in the window (by takedown time). */
  expedited: number;
  /** Of the decided items, expedited takedowns a reviewer overturned. */
  overturned: number;
}

export const NO_FILINGS: Readonly<FilingCounts> = Object.freeze({
  decided: 0,
  stood: 0,
  removed: 0,
  rejected: 0,
  restored: 0,
  withdrawn: 0,
  expedited: 0,
  overturned: 0,
});

/** Share of decided items whose removal stood; null before any decision. */
export function accuracyOf(counts: Pick<FilingCounts, 'decided' | 'stood'>): number | null {
  return counts.decided > 0 ? counts.stood / counts.decided : null;
}

/** Share of removals restored after a counter-notice; null before any removal. */
export function restoredShareOf(counts: Pick<FilingCounts, 'removed' | 'restored'>): number | null {
  return counts.removed > 0 ? counts.restored / counts.removed : null;
}

/** Share of decided items rejected or restored after a counter-notice; null before any decision. */
export function badShareOf(counts: Pick<FilingCounts, 'decided' | 'rejected' | 'restored'>): number | null {
  return counts.decided > 0 ? (counts.rejected + counts.restored) / counts.decided : null;
}

type TrustPolicy = Pick<Policy, 'trustedMinAccuracy' | 'trustedMaxRestoredShare' | 'trustedMinDecidedItems' | 'trustedLockoutDays'>;

export interface TrustStanding {
  qualifies: boolean;
  accuracy: number | null;
  restoredShare: number | null;
  /** What stands between the figures and the thresholds (all zero when it qualifies). */
  distance: {
    /** More decided items needed. */
    items: number;
    /** More standing removals needed, at the current number of decided items. */
    standingRemovals: number;
    /** Restorations above the ceiling, at the current number of removals. */
    excessRestorations: number;
  };
}

/**
 * Whether figures meet the trusted thresholds (default: ≥ 90% of decided items removed and
 * standing, ≤ 5% of removals restored after a counter-notice, over ≥ 50 decided items), and
 * how far they are from them. Shares are compared as whole-item counts, so 45 of 50 (exactly
 * 90%) qualifies and 449 of 500 (89.8%) does not, with no floating-point edge in between.
 */
export function trustStanding(counts: FilingCounts, policy: TrustPolicy): TrustStanding {
  const items = Math.max(0, policy.trustedMinDecidedItems - counts.decided);
  // The fewest standing removals that reach the share: ceil(minAccuracy × decided), with a
  // tolerance for the binary representation of the policy's decimal (0.9 × 30 = 27.000000000000004).
  const neededStanding = Math.ceil(policy.trustedMinAccuracy * counts.decided - 1e-9);
  const standingRemovals = Math.max(0, neededStanding - counts.stood);
  const allowedRestored = Math.floor(policy.trustedMaxRestoredShare * counts.removed + 1e-9);
  const excessRestorations = Math.max(0, counts.restored - allowedRestored);
  return {
    qualifies: items === 0 && standingRemovals === 0 && excessRestorations === 0,
    accuracy: accuracyOf(counts),
    restoredShare: restoredShareOf(counts),
    distance: { items, standingRemovals, excessRestorations },
  };
}

export interface BrandTierState {
  tier: BrandTier;
  verificationStatus: VerificationStatus;
  tierLockoutUntil: Date | null;
}

export type TierChange =
  | { change: 'promote' }
  | { change: 'demote'; lockoutUntil: Date; because: 'belowThresholds' | 'notVerified' }
  | { change: null; because: 'unchanged' | 'lockedOut' | 'notVerified' };

/**
 * The tier a brand should have now. A verified brand meeting the thresholds becomes trusted,
 * unless it lost the tier less than trustedLockoutDays ago; a trusted brand below them (or no
 * longer verified) loses it at once and is locked out for trustedLockoutDays.
 */
export function nextTier(brand: BrandTierState, standing: Pick<TrustStanding, 'qualifies'>, policy: TrustPolicy, now: Date): TierChange {
  const lockoutUntil = new Date(now.getTime() + policy.trustedLockoutDays * 86_400_000);
  if (brand.tier === 'TRUSTED') {
    if (brand.verificationStatus !== 'VERIFIED') return { change: 'demote', lockoutUntil, because: 'notVerified' };
    if (!standing.qualifies) return { change: 'demote', lockoutUntil, because: 'belowThresholds' };
    return { change: null, because: 'unchanged' };
  }
  if (!standing.qualifies) return { change: null, because: 'unchanged' };
  if (brand.verificationStatus !== 'VERIFIED') return { change: null, because: 'notVerified' };
  if (brand.tierLockoutUntil && brand.tierLockoutUntil.getTime() > now.getTime()) return { change: null, because: 'lockedOut' };
  return { change: 'promote' };
}

// ─── Abuse of the notice system (DSA Art 23) ───

export interface SanctionRecord {
  kind: FilingSanctionKind;
  startsAt: Date;
  endsAt: Date | null;
  liftedAt: Date | null;
}

type AbusePolicy = Pick<Policy, 'abuseMaxBadShare' | 'abuseMinDecidedItems' | 'abuseWarningGraceDays' | 'filingSuspensionDays' | 'accuracyWindowDays'>;

/** The suspension in force now, if any (started, not ended, not lifted). */
export function activeSuspension<T extends SanctionRecord>(sanctions: readonly T[], now: Date): T | null {
  return (
    sanctions.find(
      (s) => s.kind === 'SUSPENSION' && s.liftedAt === null && s.startsAt.getTime() <= now.getTime() && (s.endsAt === null || s.endsAt.getTime() > now.getTime()),
    ) ?? null
  );
}

/** True when figures pass the abuse ceiling over enough decided items. */
export function aboveAbuseCeiling(counts: FilingCounts, policy: Pick<AbusePolicy, 'abuseMaxBadShare' | 'abuseMinDecidedItems'>): boolean {
  if (counts.decided < policy.abuseMinDecidedItems) return false;
  // Strictly above the ceiling, compared in whole items as in trustStanding.
  return counts.rejected + counts.restored > Math.floor(policy.abuseMaxBadShare * counts.decided + 1e-9);
}

export type AbuseStep =
  | { action: 'warn' }
  | { action: 'suspend'; endsAt: Date; warning: SanctionRecord }
  | { action: null; because: 'belowCeiling' | 'suspended' | 'inGracePeriod' };

/**
 * What the abuse job does for one filer. Above the ceiling: warn first (DSA Art 23 asks for a
 * prior warning); once a warning is older than the grace period and the figures are still above
 * the ceiling, suspend for filingSuspensionDays. A warning counts only if it was issued within
 * the accuracy window and after the last suspension ended, so every suspension follows its own
 * fresh warning. A lifted warning does not count.
 */
export function abuseStep(counts: FilingCounts, sanctions: readonly SanctionRecord[], policy: AbusePolicy, now: Date): AbuseStep {
  if (!aboveAbuseCeiling(counts, policy)) return { action: null, because: 'belowCeiling' };
  if (activeSuspension(sanctions, now)) return { action: null, because: 'suspended' };
  const lastSuspensionEnd = Math.max(
    0,
    ...sanctions.filter((s) => s.kind === 'SUSPENSION').map((s) => Math.min(s.liftedAt?.getTime() ?? Infinity, s.endsAt?.getTime() ?? Infinity)),
  );
  const windowStart = now.getTime() - policy.accuracyWindowDays * 86_400_000;
  const warning = sanctions
    .filter((s) => s.kind === 'WARNING' && s.liftedAt === null && s.startsAt.getTime() >= Math.max(windowStart, lastSuspensionEnd) && s.startsAt.getTime() <= now.getTime())
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
  if (!warning) return { action: 'warn' };
  if (now.getTime() - warning.startsAt.getTime() < policy.abuseWarningGraceDays * 86_400_000) return { action: null, because: 'inGracePeriod' };
  return { action: 'suspend', endsAt: new Date(now.getTime() + policy.filingSuspensionDays * 86_400_000), warning };
}

/** A share as notices and reports print it, the same in every language ("92.0%"); "–" for none. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
