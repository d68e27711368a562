// What a brand sees of its trusted status (journey 5): the tier, since when, the lockout, its
// figures over the accuracy window against the policy's thresholds and the distance to them,
// and the listings its claims took down at once. Scoped to brands the organisation may act for.
import 'server-only';
import { db } from '../db';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { trustStanding, type FilingCounts, type TrustStanding } from '../domain/accuracy';
import type { Policy } from '../domain/policy';
import type { BrandTier, ClaimItemStatus } from '../generated/prisma/enums';
import { accuracyWindow, filingCountsOf } from './accuracy';
import { brandsActableBy } from './brands';
import { readPolicy } from './policy';

const EXPEDITED_SHOWN = 20;

export interface ExpeditedTakedown {
  id: string;
  status: ClaimItemStatus;
  expeditedAt: Date;
  decided: boolean;
  listing: { title: string; externalId: string };
  claim: { id: string; reference: string };
}

export interface BrandTrust {
  tier: BrandTier;
  tierChangedAt: Date | null;
  tierLockoutUntil: Date | null;
  counts: FilingCounts;
  standing: TrustStanding;
  policy: Pick<Policy, 'accuracyWindowDays' | 'trustedMinAccuracy' | 'trustedMaxRestoredShare' | 'trustedMinDecidedItems'>;
  expedited: ExpeditedTakedown[];
}

/** The brand's trusted status, or null when the organisation may not act for it. */
export async function brandTrustFor(actor: Pick<SessionUser, 'role' | 'organisationId'>, brandId: string, now = new Date()): Promise<BrandTrust | null> {
  if (!can(actor.role, 'brand.viewOwn')) return null;
  const prisma = await db();
  const brand = await prisma.brand.findFirst({
    where: { AND: [{ id: brandId }, brandsActableBy(actor.organisationId, now)] },
    select: { id: true, tier: true, tierChangedAt: true, tierLockoutUntil: true },
  });
  if (!brand) return null;
  const policy = await readPolicy(prisma);
  const { from, to } = accuracyWindow(now, policy.accuracyWindowDays);
  const [counts, items] = await Promise.all([
    filingCountsOf(prisma, 'brand', brand.id, from, to),
    prisma.claimItem.findMany({
      where: { expedited: true, expeditedAt: { not: null }, claim: { brandId: brand.id } },
      orderBy: [{ expeditedAt: 'desc' }, { id: 'desc' }],
      take: EXPEDITED_SHOWN,
      select: {
        id: true,
        status: true,
        expeditedAt: true,
        decidedById: true,
        listing: { select: { title: true, externalId: true } },
        claim: { select: { id: true, reference: true } },
      },
    }),
  ]);
  return {
    tier: brand.tier,
    tierChangedAt: brand.tierChangedAt,
    tierLockoutUntil: brand.tierLockoutUntil,
    counts,
    standing: trustStanding(counts, policy),
    policy,
    expedited: items.map(({ decidedById, expeditedAt, ...i }) => ({ ...i, expeditedAt: expeditedAt!, decided: decidedById !== null })),
  };
}
