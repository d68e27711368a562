// Flags on listings of a protected brand sold without a valid grant (journey 3). A flag
// starts the policy's grace period; the protected-listings job removes what is still
// flagged when it ends. Every path that ends a store's right to sell a brand (no grant, an
// expired or revoked grant, a revoked authorization) flags through here, and a new grant
// clears the flags through here, so the rules live in one place.
import 'server-only';
import { recordAudit, type Actor } from '../audit';
import type { Tx } from '../db';
import type { ListingFlagReason } from '../generated/prisma/enums';
import { notify } from '../notifications';
import type { Policy } from '../domain/policy';

const DAY_MS = 86_400_000;

export interface FlagListingsInput {
  storeId: string;
  brandId: string;
  reason: ListingFlagReason;
  now: Date;
  policy: Pick<Policy, 'protectedBrandGraceDays'>;
  /** Who ended the right (a brand revoking, a reviewer), or null for the system. */
  actor: Actor | null;
}

/**
 * Flags the store's active, not yet flagged listings of the brand, with the grace period
 * from `now`, tells the seller once per listing, and writes one audit event. Listings
 * already flagged keep their earlier deadline. Returns how many were flagged.
 */
export async function flagListingsOfBrand(tx: Tx, input: FlagListingsInput): Promise<number> {
  const graceEndsAt = new Date(input.now.getTime() + input.policy.protectedBrandGraceDays * DAY_MS);
  const listings = await tx.listing.findMany({
    where: { storeId: input.storeId, brandId: input.brandId, status: 'ACTIVE', flaggedAt: null },
    select: { id: true, title: true },
    orderBy: { id: 'asc' },
  });
  if (listings.length === 0) return 0;
  // Guarded on flaggedAt so a concurrent flagger cannot move a deadline already set.
  const flagged = await tx.listing.updateMany({
    where: { id: { in: listings.map((l) => l.id) }, status: 'ACTIVE', flaggedAt: null },
    data: { flaggedAt: input.now, flagReason: input.reason, graceEndsAt },
  });
  const store = await tx.store.findUniqueOrThrow({ where: { id: input.storeId }, select: { sellerOrganisationId: true } });
  const brand = await tx.brand.findUniqueOrThrow({ where: { id: input.brandId }, select: { name: true } });
  await recordAudit(tx, {
    actor: input.actor,
    action: 'listing.flag',
    objectType: 'store',
    objectId: input.storeId,
    after: { brandId: input.brandId, reason: input.reason, graceEndsAt: graceEndsAt.toISOString(), listingIds: listings.map((l) => l.id) },
  });
  if (store.sellerOrganisationId) {
    for (const listing of listings) {
      await notify(tx, {
        type: 'listingFlagged',
        params: { listingTitle: listing.title, brandName: brand.name, graceEndsAt },
        link: `/seller/stores/${input.storeId}`,
        recipients: { organisationIds: [store.sellerOrganisationId] },
      });
    }
  }
  return flagged.count;
}

/** Clears the flags on the store's listings of the brand (a grant now covers them). Returns how many. */
export async function clearListingFlagsOfBrand(tx: Tx, input: { storeId: string; brandId: string; actor: Actor | null }): Promise<number> {
  const cleared = await tx.listing.updateMany({
    where: { storeId: input.storeId, brandId: input.brandId, flaggedAt: { not: null } },
    data: { flaggedAt: null, flagReason: null, graceEndsAt: null },
  });
  if (cleared.count > 0) {
    await recordAudit(tx, {
      actor: input.actor,
      action: 'listing.unflag',
      objectType: 'store',
      objectId: input.storeId,
      after: { brandId: input.brandId, cleared: cleared.count },
    });
  }
  return cleared.count;
}
