// Brands as a brand agent's organisation sees them: the brands it owns and the brands it
// acts for under a verified, unexpired power of attorney. Anything else reads as absent.
import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { BrandTier, VerificationStatus } from '../generated/prisma/enums';
import { tallyRightCounts, type RightCounts } from '../domain/rights';
import { claimsVisibleTo, itemCountsByClaim, type ItemCounts } from './claims';

/** Brands the organisation may act for: owned, or held under a live agency authorization. */
export function brandsActableBy(organisationId: string, now: Date): Prisma.BrandWhereInput {
  return {
    OR: [
      { ownerOrganisationId: organisationId },
      {
        agencyAuthorizations: {
          some: {
            agencyOrganisationId: organisationId,
            status: 'VERIFIED',
            OR: [{ validUntil: null }, { validUntil: { gt: now } }],
          },
        },
      },
    ],
  };
}

/**
 * Agency authorizations of a brand the organisation may see: the owner sees every agency
 * acting for its brand; an agency sees only its own power of attorney.
 */
function agencyAuthorizationsVisibleTo(organisationId: string): Prisma.AgencyAuthorizationWhereInput {
  return { OR: [{ agencyOrganisationId: organisationId }, { brand: { ownerOrganisationId: organisationId } }] };
}

export type ActingAs = { kind: 'OWNER' } | { kind: 'AGENT'; ownerName: string; validUntil: Date | null };

export interface BrandSummary {
  id: string;
  name: string;
  category: string | null;
  verificationStatus: VerificationStatus;
  isProtected: boolean;
  tier: BrandTier;
  actingAs: ActingAs;
  rights: RightCounts;
}

/** Right counts per brand, by standing (expiry read against `now`), in two grouped queries. */
async function rightCountsByBrand(brandIds: string[], now: Date): Promise<Map<string, RightCounts>> {
  if (brandIds.length === 0) return new Map();
  const prisma = await db();
  const [live, expired] = await Promise.all([
    prisma.right.groupBy({
      by: ['brandId', 'status'],
      where: { brandId: { in: brandIds }, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      _count: { _all: true },
    }),
    prisma.right.groupBy({
      by: ['brandId', 'status'],
      where: { brandId: { in: brandIds }, expiresAt: { lte: now } },
      _count: { _all: true },
    }),
  ]);
  const groups = new Map<string, { status: (typeof live)[number]['status']; expired: boolean; count: number }[]>();
  for (const [rows, isExpired] of [
    [live, false],
    [expired, true],
  ] as const) {
    for (const row of rows) {
      const list = groups.get(row.brandId) ?? [];
      list.push({ status: row.status, expired: isExpired, count: row._count._all });
      groups.set(row.brandId, list);
    }
  }
  return new Map(brandIds.map((id) => [id, tallyRightCounts(groups.get(id) ?? [])]));
}

function actingAsFor(
  organisationId: string,
  brand: { ownerOrganisationId: string; ownerOrganisation: { name: string }; agencyAuthorizations: { agencyOrganisationId: string; validUntil: Date | null }[] },
): ActingAs {
  if (brand.ownerOrganisationId === organisationId) return { kind: 'OWNER' };
  const own = brand.agencyAuthorizations.find((a) => a.agencyOrganisationId === organisationId);
  return { kind: 'AGENT', ownerName: brand.ownerOrganisation.name, validUntil: own?.validUntil ?? null };
}

export async function listBrandsForOrganisation(organisationId: string, now = new Date()): Promise<BrandSummary[]> {
  const prisma = await db();
  const brands = await prisma.brand.findMany({
    where: brandsActableBy(organisationId, now),
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      name: true,
      category: true,
      verificationStatus: true,
      isProtected: true,
      tier: true,
      ownerOrganisationId: true,
      ownerOrganisation: { select: { name: true } },
      agencyAuthorizations: {
        where: { agencyOrganisationId: organisationId },
        select: { agencyOrganisationId: true, validUntil: true },
      },
    },
  });
  const counts = await rightCountsByBrand(
    brands.map((b) => b.id),
    now,
  );
  return brands.map((brand) => ({
    id: brand.id,
    name: brand.name,
    category: brand.category,
    verificationStatus: brand.verificationStatus,
    isProtected: brand.isProtected,
    tier: brand.tier,
    actingAs: actingAsFor(organisationId, brand),
    rights: counts.get(brand.id) ?? tallyRightCounts([]),
  }));
}

const RECENT_CLAIMS = 10;

async function loadBrandDetail(organisationId: string, brandId: string, now: Date) {
  const prisma = await db();
  return prisma.brand.findFirst({
    where: { AND: [{ id: brandId }, brandsActableBy(organisationId, now)] },
    select: {
      id: true,
      name: true,
      slug: true,
      category: true,
      verificationStatus: true,
      verificationNote: true,
      isProtected: true,
      tier: true,
      tierChangedAt: true,
      createdAt: true,
      ownerOrganisationId: true,
      ownerOrganisation: { select: { name: true } },
      rights: {
        orderBy: [{ registrationNumber: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          type: true,
          registrationNumber: true,
          office: true,
          jurisdiction: true,
          classes: true,
          ownerName: true,
          registeredAt: true,
          expiresAt: true,
          status: true,
          statusReason: true,
          verifiedAt: true,
        },
      },
      agencyAuthorizations: {
        where: agencyAuthorizationsVisibleTo(organisationId),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          agencyOrganisationId: true,
          status: true,
          statusReason: true,
          validUntil: true,
          createdAt: true,
          agency: { select: { name: true } },
        },
      },
      referencePrices: {
        orderBy: [{ productLine: 'asc' }, { currency: 'asc' }],
        select: { id: true, productLine: true, currency: true, amountCents: true },
      },
      distributors: {
        orderBy: [{ active: 'desc' }, { name: 'asc' }],
        select: { id: true, name: true, country: true, productLines: true, active: true },
      },
      claims: {
        where: claimsVisibleTo(organisationId),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: RECENT_CLAIMS,
        select: {
          id: true,
          reference: true,
          status: true,
          submittedAt: true,
          dueAt: true,
          createdAt: true,
          filerOrganisationId: true,
          filerOrganisation: { select: { name: true } },
        },
      },
    },
  });
}

type LoadedBrand = NonNullable<Awaited<ReturnType<typeof loadBrandDetail>>>;

export type BrandDetail = Omit<LoadedBrand, 'claims'> & {
  actingAs: ActingAs;
  rightCounts: RightCounts;
  recentClaims: (LoadedBrand['claims'][number] & { items: ItemCounts; filedBySelf: boolean })[];
};

/**
 * One brand in full, or null when it does not exist or the organisation may not act for
 * it — the two cases look the same, so a page can only say "not found".
 */
export async function getBrandForOrganisation(organisationId: string, brandId: string, now = new Date()): Promise<BrandDetail | null> {
  const brand = await loadBrandDetail(organisationId, brandId, now);
  if (!brand) return null;
  const [itemCounts, rightCounts] = await Promise.all([
    itemCountsByClaim(brand.claims.map((c) => c.id)),
    rightCountsByBrand([brand.id], now),
  ]);
  const { claims, ...rest } = brand;
  return {
    ...rest,
    actingAs: actingAsFor(organisationId, brand),
    rightCounts: rightCounts.get(brand.id) ?? tallyRightCounts([]),
    recentClaims: claims.map((claim) => ({
      ...claim,
      items: itemCounts.get(claim.id) ?? {},
      filedBySelf: claim.filerOrganisationId === organisationId,
    })),
  };
}
