// Every query about organisations. Only admins list them all (callers check
// 'organisation.list'); everyone else reaches their own organisation through their session.
import 'server-only';
import { db, type Db, type Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { ORGANISATIONS_PAGE_SIZE, type OrganisationListFilters } from '../validations/organisations';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import type { OrganisationKind, VerificationStatus } from '../generated/prisma/enums';
import type { SessionUser } from '../auth/session';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  verificationStatus: VerificationStatus;
  country: string | null;
  createdAt: Date;
  members: number;
  brandsOwned: number;
  stores: number;
}

export async function listOrganisations(filters: OrganisationListFilters, requestedPage: number): Promise<Paged<OrganisationRow>> {
  const prisma = await db();
  const where: Prisma.OrganisationWhereInput = {};
  if (filters.kind) where.kind = filters.kind;
  if (filters.verification) where.verificationStatus = filters.verification;
  const total = await prisma.organisation.count({ where });
  const pageCount = pageCountOf(total, ORGANISATIONS_PAGE_SIZE);
  const page = clampPage(requestedPage, pageCount);
  const organisations = await prisma.organisation.findMany({
    where,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    ...pageSlice(page, ORGANISATIONS_PAGE_SIZE),
    include: { _count: { select: { memberships: true, ownedBrands: true, stores: true } } },
  });
  const rows = organisations.map(({ _count, ...o }) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    verificationStatus: o.verificationStatus,
    country: o.country,
    createdAt: o.createdAt,
    members: _count.memberships,
    brandsOwned: _count.ownedBrands,
    stores: _count.stores,
  }));
  return { rows, total, page, pageSize: ORGANISATIONS_PAGE_SIZE, pageCount };
}

export interface OrganisationOverview {
  total: number;
  byKind: Record<OrganisationKind, number>;
  byVerificationStatus: Record<VerificationStatus, number>;
  brandsPendingVerification: number;
}

export async function organisationOverview(): Promise<OrganisationOverview> {
  const prisma = await db();
  const [byKind, byStatus, brandsPendingVerification] = await Promise.all([
    prisma.organisation.groupBy({ by: ['kind'], _count: { _all: true } }),
    prisma.organisation.groupBy({ by: ['verificationStatus'], _count: { _all: true } }),
    prisma.brand.count({ where: { verificationStatus: 'PENDING' } }),
  ]);
  const kinds: Record<OrganisationKind, number> = { BRAND_OWNER: 0, AGENCY: 0, MARKETPLACE: 0, SELLER: 0 };
  for (const row of byKind) kinds[row.kind] = row._count._all;
  const statuses: Record<VerificationStatus, number> = { UNVERIFIED: 0, PENDING: 0, VERIFIED: 0, REJECTED: 0 };
  for (const row of byStatus) statuses[row.verificationStatus] = row._count._all;
  return {
    total: Object.values(kinds).reduce((a, b) => a + b, 0),
    byKind: kinds,
    byVerificationStatus: statuses,
    brandsPendingVerification,
  };
}

/**
 * The marketplace organisation staff accounts are created in: the admin's own when it is
 * a marketplace (an installation could hold more than one), else the oldest marketplace.
 */
export async function marketplaceOrganisationFor(tx: Db | Tx, admin: Pick<SessionUser, 'organisationId'>): Promise<{ id: string; name: string } | null> {
  const own = await tx.organisation.findFirst({
    where: { id: admin.organisationId, kind: 'MARKETPLACE' },
    select: { id: true, name: true },
  });
  if (own) return own;
  return tx.organisation.findFirst({
    where: { kind: 'MARKETPLACE' },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true },
  });
}
