// A store's full standing as reviewers and admins see it ('store.viewAny'): verification and
// its history, grants, strikes, claims against its listings, flagged and unauthorized-removed
// listings, closure proposals, appeals and bans. Any store, whoever owns it; every list is
// bounded. The seller's own, narrower view is lib/data/stores.ts.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { StoreStatus, VerificationStatus } from '../generated/prisma/enums';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import { countingStrikes } from './stores';
import { readPolicy } from './policy';

type Viewer = Pick<SessionUser, 'role'>;

const PAGE_SIZE = 50;
const LIMIT = 50;

export interface StoreListRow {
  id: string;
  name: string;
  slug: string;
  status: StoreStatus;
  verificationStatus: VerificationStatus;
  countingStrikes: number;
  activeListings: number;
  flaggedListings: number;
}

export async function listStoresForReview(
  viewer: Viewer,
  filters: { q: string | null; status: StoreStatus | null; page: number },
  now = new Date(),
): Promise<Paged<StoreListRow> | null> {
  if (!can(viewer.role, 'store.viewAny')) return null;
  const prisma = await db();
  const where: Prisma.StoreWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q ? { OR: [{ name: { contains: filters.q, mode: 'insensitive' } }, { slug: { contains: filters.q, mode: 'insensitive' } }] } : {}),
  };
  const total = await prisma.store.count({ where });
  const page = clampPage(filters.page, pageCountOf(total, PAGE_SIZE));
  const stores = await prisma.store.findMany({
    where,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    ...pageSlice(page, PAGE_SIZE),
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      verificationStatus: true,
      _count: { select: { strikes: { where: countingStrikes(now) }, listings: { where: { status: 'ACTIVE' } } } },
    },
  });
  const flagged = stores.length
    ? await prisma.listing.groupBy({
        by: ['storeId'],
        where: { storeId: { in: stores.map((s) => s.id) }, status: 'ACTIVE', flaggedAt: { not: null } },
        _count: { _all: true },
      })
    : [];
  const flaggedBy = new Map(flagged.map((f) => [f.storeId, f._count._all]));
  return {
    rows: stores.map(({ _count, ...s }) => ({ ...s, countingStrikes: _count.strikes, activeListings: _count.listings, flaggedListings: flaggedBy.get(s.id) ?? 0 })),
    total,
    page,
    pageSize: PAGE_SIZE,
    pageCount: pageCountOf(total, PAGE_SIZE),
  };
}

export async function getStoreStandingForReview(viewer: Viewer, storeId: string, now = new Date()) {
  if (!can(viewer.role, 'store.viewAny')) return null;
  const prisma = await db();
  const store = await prisma.store.findUnique({
    where: { id: storeId },
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      verificationStatus: true,
      country: true,
      businessLicenceNumber: true,
      openedAt: true,
      closedAt: true,
      sellerOrganisation: { select: { id: true, name: true } },
      _count: { select: { strikes: { where: countingStrikes(now) }, listings: { where: { status: 'ACTIVE' } } } },
    },
  });
  if (!store) return null;
  const [verifications, grants, strikes, claimCounts, claimItems, flagged, unauthorizedRemoved, closures, appeals, bans, statements, policy] = await Promise.all([
    prisma.storeVerification.findMany({
      where: { storeId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: { id: true, status: true, licenceNumber: true, submittedAt: true, decidedAt: true, reason: true, createdAt: true, reviewer: { select: { name: true } } },
    }),
    prisma.sellingGrant.findMany({
      where: { storeId },
      orderBy: [{ expiresAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: { id: true, status: true, validFrom: true, expiresAt: true, brand: { select: { name: true } } },
    }),
    prisma.strike.findMany({
      where: { storeId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: { id: true, source: true, reason: true, status: true, createdAt: true, expiresAt: true },
    }),
    prisma.claimItem.groupBy({ by: ['status'], where: { listing: { storeId } }, _count: { _all: true } }),
    prisma.claimItem.findMany({
      where: { listing: { storeId }, claim: { status: { not: 'DRAFT' } } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, status: true, createdAt: true, listing: { select: { title: true } }, claim: { select: { reference: true, brand: { select: { name: true } } } } },
    }),
    prisma.listing.findMany({
      where: { storeId, status: 'ACTIVE', flaggedAt: { not: null } },
      orderBy: [{ graceEndsAt: 'asc' }, { id: 'asc' }],
      take: LIMIT,
      select: { id: true, title: true, externalId: true, status: true, flagReason: true, graceEndsAt: true, brand: { select: { name: true } } },
    }),
    prisma.listing.findMany({
      where: { storeId, status: 'REMOVED', flaggedAt: { not: null } },
      orderBy: [{ removedAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: { id: true, title: true, externalId: true, status: true, flagReason: true, removedAt: true, brand: { select: { name: true } }, _count: { select: { statements: true } } },
    }),
    prisma.closureProposal.findMany({
      where: { storeId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: { id: true, status: true, trigger: true, includeBan: true, createdAt: true, decidedAt: true, proposedBy: { select: { name: true } }, decidedBy: { select: { name: true } } },
    }),
    prisma.closureAppeal.findMany({
      where: { storeId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: { id: true, status: true, createdAt: true, decidedAt: true },
    }),
    prisma.ban.findMany({
      where: { storeId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: { id: true, email: true, phone: true, registrationNumber: true, identityDocumentHash: true, createdAt: true, liftedAt: true },
    }),
    prisma.statementOfReasons.count({ where: { storeId } }),
    readPolicy(prisma),
  ]);
  const { _count, ...rest } = store;
  return {
    ...rest,
    countingStrikes: _count.strikes,
    activeListings: _count.listings,
    strikeThreshold: policy.strikeThreshold,
    verifications,
    grants,
    strikes,
    claimCounts: claimCounts.map((c) => ({ status: c.status, count: c._count._all })),
    claimItems,
    flagged,
    unauthorizedRemoved,
    closures,
    appeals,
    bans,
    statements,
    pendingClosureId: closures.find((c) => c.status === 'OPEN' || c.status === 'PROPOSED')?.id ?? null,
  };
}

export type ReviewStoreStanding = NonNullable<Awaited<ReturnType<typeof getStoreStandingForReview>>>;
