// The trusted tier of brands, kept by the brand-tiers job (journey 5): every brand that is
// trusted or verified is measured over the accuracy window (lib/data/accuracy.ts), and
// promoted or demoted by the rules in lib/domain/accuracy.ts. Each change is one transaction
// per brand, guarded by the brand's version and its tier as read, so a second run (or two
// runs at once) changes nothing more: the figures are the same and the tier already moved.
import 'server-only';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import { NO_FILINGS, formatShare, nextTier, trustStanding, type FilingCounts, type TrustStanding } from '../domain/accuracy';
import { REVIEW_PRIORITY_BY_TIER, type Policy } from '../domain/policy';
import type { BrandTier } from '../generated/prisma/enums';
import { notify } from '../notifications';
import { accuracyWindow, filingCounts } from './accuracy';
import { readPolicy } from './policy';

/** Items still before a reviewer: their priority follows the brand's tier; their due time does not (promised at filing). */
const OPEN_ITEM_STATUSES = ['PENDING', 'IN_REVIEW', 'INFO_REQUESTED'] as const;

export interface TierRunResult {
  promoted: string[];
  demoted: string[];
}

function figures(counts: FilingCounts, standing: TrustStanding) {
  return {
    decided: counts.decided,
    stood: counts.stood,
    removed: counts.removed,
    rejected: counts.rejected,
    restored: counts.restored,
    overturned: counts.overturned,
    accuracy: standing.accuracy,
    restoredShare: standing.restoredShare,
    distance: standing.distance,
  };
}

/** Promotes and demotes brands as their figures say; returns the brands changed. Safe to run twice. */
export async function applyBrandTiers(client: Db, now: Date): Promise<TierRunResult> {
  const policy = await readPolicy(client);
  const brands = await client.brand.findMany({
    where: { OR: [{ tier: 'TRUSTED' }, { verificationStatus: 'VERIFIED' }] },
    orderBy: { id: 'asc' },
    select: { id: true, name: true, ownerOrganisationId: true, tier: true, verificationStatus: true, tierLockoutUntil: true, version: true },
  });
  const result: TierRunResult = { promoted: [], demoted: [] };
  if (brands.length === 0) return result;
  const window = accuracyWindow(now, policy.accuracyWindowDays);
  const counts = await filingCounts(client, { by: 'brand', ...window, ids: brands.map((b) => b.id) });
  for (const brand of brands) {
    const brandCounts = counts.get(brand.id) ?? { ...NO_FILINGS };
    const standing = trustStanding(brandCounts, policy);
    const change = nextTier(brand, standing, policy, now);
    if (change.change === null) continue;
    const tier: BrandTier = change.change === 'promote' ? 'TRUSTED' : 'STANDARD';
    const lockoutUntil = change.change === 'demote' ? change.lockoutUntil : null;
    const changed = await client.$transaction(async (tx) => {
      const { count } = await tx.brand.updateMany({
        where: { id: brand.id, version: brand.version, tier: brand.tier },
        data: {
          tier,
          tierChangedAt: now,
          ...(lockoutUntil ? { tierLockoutUntil: lockoutUntil } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0) return false;
      const reprioritised = await tx.claimItem.updateMany({
        where: { status: { in: [...OPEN_ITEM_STATUSES] }, claim: { brandId: brand.id, status: { not: 'DRAFT' } } },
        data: { priority: REVIEW_PRIORITY_BY_TIER[tier] },
      });
      await recordAudit(tx, {
        actor: null,
        action: 'brand.tierChange',
        objectType: 'brand',
        objectId: brand.id,
        before: { tier: brand.tier, tierLockoutUntil: brand.tierLockoutUntil?.toISOString() ?? null, version: brand.version },
        after: {
          tier,
          change: change.change,
          because: change.change === 'demote' ? change.because : 'meetsThresholds',
          tierLockoutUntil: lockoutUntil?.toISOString() ?? brand.tierLockoutUntil?.toISOString() ?? null,
          version: brand.version + 1,
          windowDays: policy.accuracyWindowDays,
          figures: figures(brandCounts, standing),
          openItemsReprioritised: reprioritised.count,
        },
      });
      await notifyOwner(tx, brand, brandCounts, standing, policy, lockoutUntil);
      return true;
    });
    if (changed) (tier === 'TRUSTED' ? result.promoted : result.demoted).push(brand.id);
  }
  return result;
}

async function notifyOwner(
  tx: Tx,
  brand: { id: string; name: string; ownerOrganisationId: string },
  counts: FilingCounts,
  standing: TrustStanding,
  policy: Policy,
  lockoutUntil: Date | null,
): Promise<void> {
  const link = `/brand/brands/${brand.id}`;
  const recipients = { organisationIds: [brand.ownerOrganisationId] };
  if (lockoutUntil === null) {
    await notify(tx, {
      type: 'brandTrusted',
      params: {
        brandName: brand.name,
        windowDays: policy.accuracyWindowDays,
        accuracy: formatShare(standing.accuracy),
        decided: counts.decided,
        restoredShare: formatShare(standing.restoredShare),
      },
      link,
      recipients,
    });
    return;
  }
  await notify(tx, {
    type: 'brandTrustLost',
    params: {
      brandName: brand.name,
      windowDays: policy.accuracyWindowDays,
      accuracy: formatShare(standing.accuracy),
      decided: counts.decided,
      restoredShare: formatShare(standing.restoredShare),
      minAccuracy: formatShare(policy.trustedMinAccuracy),
      minDecided: policy.trustedMinDecidedItems,
      maxRestoredShare: formatShare(policy.trustedMaxRestoredShare),
      lockoutEndsAt: lockoutUntil,
    },
    link,
    recipients,
  });
}
