// One claim as the brand follows it: the claim itself (reference, rights, declarations,
// signature, evidence, counts per item status) and its items a page at a time — a claim may
// carry 10,000 listings. Scoped like the claims list (claimsVisibleTo): the filer sees its
// claims, drafts included; a brand owner sees what an agency filed for its brands. Any other
// claim id reads as null, so the page answers "not found" and never says the claim exists.
import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { ClaimItemStatus } from '../generated/prisma/enums';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import { claimsVisibleTo, type ItemCounts } from './claims';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const claimSelect = {
  id: true,
  reference: true,
  status: true,
  summary: true,
  goodFaithDeclared: true,
  accuracyDeclared: true,
  signatureName: true,
  signedAt: true,
  submittedAt: true,
  dueAt: true,
  withdrawnAt: true,
  withdrawalReason: true,
  createdAt: true,
  brand: { select: { id: true, name: true, ownerOrganisationId: true } },
  filerOrganisation: { select: { id: true, name: true } },
  filedBy: { select: { id: true, name: true } },
  rights: {
    orderBy: { rightId: 'asc' },
    select: { right: { select: { id: true, type: true, office: true, registrationNumber: true, jurisdiction: true, classes: true, expiresAt: true, status: true } } },
  },
  evidence: {
    where: { claimItemId: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, kind: true, description: true, documentId: true },
  },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

export interface ClaimForBrand extends Omit<ClaimRow, 'rights'> {
  rights: ClaimRow['rights'][number]['right'][];
  /** Items per status, for the filter and the summary. */
  itemCounts: ItemCounts;
  itemTotal: number;
  /** The caller's organisation filed it (false: an agency filed it for the caller's brand). */
  filedBySelf: boolean;
}

export async function getClaimForBrand(organisationId: string, claimId: string): Promise<ClaimForBrand | null> {
  if (!UUID.test(claimId)) return null;
  const prisma = await db();
  const claim = await prisma.claim.findFirst({ where: { AND: [{ id: claimId }, claimsVisibleTo(organisationId)] }, select: claimSelect });
  if (!claim) return null;
  const groups = await prisma.claimItem.groupBy({ by: ['status'], where: { claimId }, _count: { _all: true } });
  const itemCounts: ItemCounts = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  return {
    ...claim,
    rights: claim.rights.map((r) => r.right),
    itemCounts,
    itemTotal: groups.reduce((sum, g) => sum + g._count._all, 0),
    filedBySelf: claim.filerOrganisation.id === organisationId,
  };
}

export const CLAIM_ITEMS_PAGE_SIZE = 25;

const itemSelect = {
  id: true,
  status: true,
  version: true,
  infringementType: true,
  note: true,
  dueAt: true,
  createdAt: true,
  removalReason: true,
  rejectionReason: true,
  decisionNote: true,
  decidedAt: true,
  decidedBy: { select: { name: true } },
  removalRight: { select: { id: true, type: true, office: true, registrationNumber: true } },
  infoRequest: true,
  infoRequestedAt: true,
  infoResponse: true,
  infoRespondedAt: true,
  listing: {
    select: {
      id: true,
      externalId: true,
      title: true,
      url: true,
      status: true,
      store: { select: { name: true } },
    },
  },
  evidence: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, description: true, documentId: true } },
  counterNotices: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true, status: true, createdAt: true, brandResponseDueAt: true } },
} satisfies Prisma.ClaimItemSelect;

export type ClaimItemForBrand = Prisma.ClaimItemGetPayload<{ select: typeof itemSelect }>;

export interface ClaimItemFilters {
  status?: ClaimItemStatus | undefined;
  page: number;
  pageSize?: number;
}

/**
 * One page of a claim's items, in the order they were filed; null when the claim is not the
 * caller's to see. The filter's counts come from getClaimForBrand (one grouped query).
 */
export async function listClaimItemsForBrand(
  organisationId: string,
  claimId: string,
  { status, page, pageSize = CLAIM_ITEMS_PAGE_SIZE }: ClaimItemFilters,
): Promise<Paged<ClaimItemForBrand> | null> {
  if (!UUID.test(claimId)) return null;
  const prisma = await db();
  const visible = await prisma.claim.findFirst({ where: { AND: [{ id: claimId }, claimsVisibleTo(organisationId)] }, select: { id: true } });
  if (!visible) return null;
  const where: Prisma.ClaimItemWhereInput = status ? { claimId, status } : { claimId };
  const total = await prisma.claimItem.count({ where });
  const pageCount = pageCountOf(total, pageSize);
  const current = clampPage(page, pageCount);
  const rows = await prisma.claimItem.findMany({
    where,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    ...pageSlice(current, pageSize),
    select: itemSelect,
  });
  return { rows, total, page: current, pageSize, pageCount };
}
