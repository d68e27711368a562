// Stores as a seller organisation sees them: its own, never another company's.
import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { StoreStatus, VerificationStatus } from '../generated/prisma/enums';

export function storesOwnedBy(organisationId: string): Prisma.StoreWhereInput {
  return { sellerOrganisationId: organisationId };
}

/** Strikes that count: active and not yet expired (expiry is read against the clock). */
export function countingStrikes(now: Date): Prisma.StrikeWhereInput {
  return { status: 'ACTIVE', expiresAt: { gt: now } };
}

export interface StoreSummary {
  id: string;
  name: string;
  slug: string;
  status: StoreStatus;
  verificationStatus: VerificationStatus;
  country: string | null;
  openedAt: Date;
  closedAt: Date | null;
  activeStrikes: number;
  activeListings: number;
  /** Active listings of a protected brand without a grant, waiting for the grace period to end. */
  flaggedListings: number;
}

export async function listStoresForOrganisation(organisationId: string, now = new Date()): Promise<StoreSummary[]> {
  const prisma = await db();
  const stores = await prisma.store.findMany({
    where: storesOwnedBy(organisationId),
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      verificationStatus: true,
      country: true,
      openedAt: true,
      closedAt: true,
      _count: {
        select: {
          strikes: { where: countingStrikes(now) },
          listings: { where: { status: 'ACTIVE' } },
        },
      },
    },
  });
  // Flagged listings counted in one grouped query rather than a second relation count
  // per store, because the filter needs two columns of the listing.
  const flagged = stores.length
    ? await prisma.listing.groupBy({
        by: ['storeId'],
        where: { storeId: { in: stores.map((s) => s.id) }, status: 'ACTIVE', flaggedAt: { not: null } },
        _count: { _all: true },
      })
    : [];
  const flaggedByStore = new Map(flagged.map((f) => [f.storeId, f._count._all]));
  return stores.map(({ _count, ...store }) => ({
    ...store,
    activeStrikes: _count.strikes,
    activeListings: _count.listings,
    flaggedListings: flaggedByStore.get(store.id) ?? 0,
  }));
}
