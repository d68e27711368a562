// Claims as a brand agent's organisation sees them: those it filed, and — for a brand
// owner — those an agency filed for its brands (the owner is the agency's principal).
// Another agency's drafts are its own business until filed.
import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { ClaimItemStatus, ClaimStatus } from '../generated/prisma/enums';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';

export function claimsVisibleTo(organisationId: string): Prisma.ClaimWhereInput {
  return {
    OR: [
      { filerOrganisationId: organisationId },
      { brand: { ownerOrganisationId: organisationId }, status: { not: 'DRAFT' } },
    ],
  };
}

export type ItemCounts = Partial<Record<ClaimItemStatus, number>>;

/** Item counts by status for each claim, in one grouped query. */
export async function itemCountsByClaim(claimIds: string[]): Promise<Map<string, ItemCounts>> {
  if (claimIds.length === 0) return new Map();
  const prisma = await db();
  const groups = await prisma.claimItem.groupBy({
    by: ['claimId', 'status'],
    where: { claimId: { in: claimIds } },
    _count: { _all: true },
  });
  const counts = new Map<string, ItemCounts>();
  for (const group of groups) {
    const forClaim = counts.get(group.claimId) ?? {};
    forClaim[group.status] = group._count._all;
    counts.set(group.claimId, forClaim);
  }
  return counts;
}

export const CLAIMS_PAGE_SIZE = 20;

export interface ClaimListFilters {
  status?: ClaimStatus | undefined;
  /** Only this brand's claims. */
  brandId?: string | undefined;
  page: number;
}

export interface ClaimRow {
  id: string;
  reference: string;
  status: ClaimStatus;
  submittedAt: Date | null;
  dueAt: Date | null;
  createdAt: Date;
  brand: { id: string; name: string };
  filer: { id: string; name: string; isSelf: boolean };
  itemTotal: number;
  items: ItemCounts;
}

export interface ClaimList extends Paged<ClaimRow> {
  /** Claims per status within the brand filter (whatever the status filter), for the filter's options. */
  statusCounts: Partial<Record<ClaimStatus, number>>;
  /** Brands the organisation's claims are about, with their claim counts within the status filter. */
  brandCounts: { id: string; name: string; count: number }[];
}

export async function listClaimsForOrganisation(
  organisationId: string,
  { status, brandId, page, pageSize = CLAIMS_PAGE_SIZE }: ClaimListFilters & { pageSize?: number },
): Promise<ClaimList> {
  const prisma = await db();
  const visible = claimsVisibleTo(organisationId);
  const ofBrand: Prisma.ClaimWhereInput = brandId ? { AND: [visible, { brandId }] } : visible;
  const ofStatus: Prisma.ClaimWhereInput = status ? { AND: [visible, { status }] } : visible;
  const where: Prisma.ClaimWhereInput = status ? { AND: [ofBrand, { status }] } : ofBrand;
  const [total, statusGroups, brandGroups] = await Promise.all([
    prisma.claim.count({ where }),
    prisma.claim.groupBy({ by: ['status'], where: ofBrand, _count: { _all: true } }),
    prisma.claim.groupBy({ by: ['brandId'], where: ofStatus, _count: { _all: true } }),
  ]);
  const brandNames = brandGroups.length
    ? await prisma.brand.findMany({ where: { id: { in: brandGroups.map((g) => g.brandId) } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(brandNames.map((b) => [b.id, b.name]));
  const pageCount = pageCountOf(total, pageSize);
  const current = clampPage(page, pageCount);
  const claims = await prisma.claim.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageSlice(current, pageSize),
    select: {
      id: true,
      reference: true,
      status: true,
      submittedAt: true,
      dueAt: true,
      createdAt: true,
      brand: { select: { id: true, name: true } },
      filerOrganisation: { select: { id: true, name: true } },
      _count: { select: { items: true } },
    },
  });
  const itemCounts = await itemCountsByClaim(claims.map((c) => c.id));
  return {
    rows: claims.map((claim) => ({
      id: claim.id,
      reference: claim.reference,
      status: claim.status,
      submittedAt: claim.submittedAt,
      dueAt: claim.dueAt,
      createdAt: claim.createdAt,
      brand: claim.brand,
      filer: { ...claim.filerOrganisation, isSelf: claim.filerOrganisation.id === organisationId },
      itemTotal: claim._count.items,
      items: itemCounts.get(claim.id) ?? {},
    })),
    total,
    page: current,
    pageSize,
    pageCount,
    statusCounts: Object.fromEntries(statusGroups.map((g) => [g.status, g._count._all])),
    brandCounts: brandGroups
      .map((g) => ({ id: g.brandId, name: nameOf.get(g.brandId) ?? g.brandId, count: g._count._all }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}
