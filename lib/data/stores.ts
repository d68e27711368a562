// Stores as a seller organisation sees them: its own, never another company's.
import 'server-only';
import { db } from '../db';
import { readPolicy } from './policy';
import type { Prisma } from '../generated/prisma/client';
import type { RestrictionKind, StoreStatus, StrikeSource, StrikeStatus, VerificationStatus } from '../generated/prisma/enums';

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

export interface StoreStrikeRow {
  id: string;
  source: StrikeSource;
  reason: string;
  status: StrikeStatus;
  expiresAt: Date;
  withdrawnAt: Date | null;
  createdAt: Date;
  /** The claim item behind a claim strike, when it is a notice to this seller. */
  claimItemId: string | null;
}

export interface StoreStanding extends StoreSummary {
  strikes: StoreStrikeRow[];
  statements: { id: string; restriction: RestrictionKind; createdAt: Date; listing: { title: string; externalId: string } | null }[];
  /** Active strikes at which the store may be proposed for closure (policy). */
  strikeThreshold: number;
}

const STANDING_LIST_LIMIT = 100;

/**
 * One store's standing as its seller sees it: status, every strike (the page marks which
 * count now), and the statements of reasons it received. Another organisation's store is null.
 */
export async function getStoreStandingForSeller(organisationId: string, storeId: string, now = new Date()): Promise<StoreStanding | null> {
  const summary = (await listStoresForOrganisation(organisationId, now)).find((s) => s.id === storeId);
  if (!summary) return null;
  const prisma = await db();
  const [strikes, statements] = await Promise.all([
    prisma.strike.findMany({
      where: { storeId, store: storesOwnedBy(organisationId) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: STANDING_LIST_LIMIT,
      select: { id: true, source: true, reason: true, status: true, expiresAt: true, withdrawnAt: true, createdAt: true, claimItemId: true },
    }),
    prisma.statementOfReasons.findMany({
      where: { storeId, store: storesOwnedBy(organisationId) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: STANDING_LIST_LIMIT,
      select: { id: true, restriction: true, createdAt: true, listing: { select: { title: true, externalId: true } } },
    }),
  ]);
  const policy = await readPolicy(prisma);
  return { ...summary, strikes, statements, strikeThreshold: policy.strikeThreshold };
}
