// Brands as a brand agent's organisation sees them: the brands it owns and the brands it
// acts for under a verified, unexpired power of attorney. Anything else reads as absent.
import 'server-only';
import { db, type Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { BrandTier, VerificationStatus } from '../generated/prisma/enums';
import type { SessionUser } from '../auth/session';
import type { RequestMeta } from '../request-meta';
import { recordAudit, type Actor } from '../audit';
import { tallyRightCounts, type RightCounts } from '../domain/rights';
import { firstFreeSlug, slugify } from '../domain/slug';
import { brandStatusAfterEdit } from '../domain/verification';
import type { RegisterBrandForOwnerInput, RegisterBrandInput, UpdateBrandInput } from '../validations/brands';
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
      website: true,
      version: true,
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
          certificateDocument: { select: { id: true, fileName: true } },
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
          powerOfAttorneyDocument: { select: { id: true, fileName: true } },
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

// ───────────────────────────── Registering and editing brands ─────────────────────────────

const actorOf = (user: SessionUser): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

/** A free slug for a brand name, taken under a lock until the caller's transaction ends. */
async function freeBrandSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name, 'brand');
  // Two brands with one name registered at once would pick the same free slug.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`brand-slug:${base}`}))`;
  const taken = await tx.brand.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, taken.map((b) => b.slug));
}

async function organisationKindOf(tx: Tx, organisationId: string) {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { kind: true } });
  return organisation?.kind ?? null;
}

export type RegisterBrandResult =
  | { ok: true; brandId: string }
  | { ok: false; violation: 'brandOwnersOnly' | 'agenciesOnly' | 'powerOfAttorneyInvalid' };

/**
 * A brand owner's agent registers a brand the organisation owns. It waits for a reviewer
 * (PENDING) and can carry no claim until verified.
 */
export async function registerBrand(actor: SessionUser, input: RegisterBrandInput, meta: RequestMeta): Promise<RegisterBrandResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<RegisterBrandResult> => {
    // An agency acts for owners under a power of attorney (registerBrandForOwner) instead.
    if ((await organisationKindOf(tx, actor.organisationId)) !== 'BRAND_OWNER') return { ok: false, violation: 'brandOwnersOnly' };
    const brand = await tx.brand.create({
      data: {
        name: input.name,
        slug: await freeBrandSlug(tx, input.name),
        category: input.category,
        website: input.website,
        ownerOrganisationId: actor.organisationId,
        verificationStatus: 'PENDING',
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'brand.create',
      objectType: 'brand',
      objectId: brand.id,
      after: { name: input.name, category: input.category, website: input.website, ownerOrganisationId: actor.organisationId, verificationStatus: 'PENDING' },
      meta,
    });
    return { ok: true, brandId: brand.id };
  });
}

/**
 * An agency registers a brand that is not on Assay yet, on its owner's behalf: a record of
 * the owner organisation (unverified, without users: the owner has no account here), the
 * brand, and the agency's power of attorney — all three waiting for a reviewer. The agency
 * may act for the brand once the power of attorney is verified.
 */
export async function registerBrandForOwner(
  actor: SessionUser,
  input: RegisterBrandForOwnerInput,
  meta: RequestMeta,
): Promise<RegisterBrandResult & { authorizationId?: string }> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if ((await organisationKindOf(tx, actor.organisationId)) !== 'AGENCY') return { ok: false, violation: 'agenciesOnly' } as const;
    const document = await tx.document.findFirst({
      where: { id: input.powerOfAttorneyDocumentId, organisationId: actor.organisationId, kind: 'POWER_OF_ATTORNEY' },
      select: { id: true },
    });
    if (!document) return { ok: false, violation: 'powerOfAttorneyInvalid' } as const;
    const owner = await tx.organisation.create({
      data: { name: input.ownerName, kind: 'BRAND_OWNER', verificationStatus: 'UNVERIFIED', country: input.ownerCountry },
      select: { id: true },
    });
    const brand = await tx.brand.create({
      data: {
        name: input.name,
        slug: await freeBrandSlug(tx, input.name),
        category: input.category,
        website: input.website,
        ownerOrganisationId: owner.id,
        verificationStatus: 'PENDING',
      },
      select: { id: true },
    });
    const authorization = await tx.agencyAuthorization.create({
      data: {
        agencyOrganisationId: actor.organisationId,
        brandId: brand.id,
        status: 'PENDING',
        validUntil: input.validUntil,
        powerOfAttorneyDocumentId: input.powerOfAttorneyDocumentId,
      },
      select: { id: true },
    });
    const audit = { actor: actorOf(actor), meta };
    await recordAudit(tx, {
      ...audit,
      action: 'organisation.create',
      objectType: 'organisation',
      objectId: owner.id,
      after: { name: input.ownerName, kind: 'BRAND_OWNER', country: input.ownerCountry, registeredByAgency: actor.organisationId },
    });
    await recordAudit(tx, {
      ...audit,
      action: 'brand.create',
      objectType: 'brand',
      objectId: brand.id,
      after: { name: input.name, category: input.category, website: input.website, ownerOrganisationId: owner.id, verificationStatus: 'PENDING' },
    });
    await recordAudit(tx, {
      ...audit,
      action: 'agencyAuthorization.request',
      objectType: 'agencyAuthorization',
      objectId: authorization.id,
      after: {
        brandId: brand.id,
        agencyOrganisationId: actor.organisationId,
        status: 'PENDING',
        validUntil: input.validUntil.toISOString(),
        powerOfAttorneyDocumentId: input.powerOfAttorneyDocumentId,
      },
    });
    return { ok: true, brandId: brand.id, authorizationId: authorization.id } as const;
  });
}

export type UpdateBrandResult = { ok: true; changed: boolean } | { ok: false; violation: 'notFound' | 'stale' };

/**
 * An agent edits a brand it may act for. A rejected brand goes back to the reviewer; a
 * verified one only when renamed (lib/domain/verification.ts brandStatusAfterEdit).
 */
export async function updateBrand(actor: SessionUser, input: UpdateBrandInput, meta: RequestMeta, now = new Date()): Promise<UpdateBrandResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<UpdateBrandResult> => {
    const before = await tx.brand.findFirst({
      where: { AND: [{ id: input.brandId }, brandsActableBy(actor.organisationId, now)] },
      select: { name: true, category: true, website: true, verificationStatus: true, verificationNote: true, version: true },
    });
    if (!before) return { ok: false, violation: 'notFound' };
    if (before.version !== input.version) return { ok: false, violation: 'stale' };
    const after = { name: input.name, category: input.category, website: input.website };
    const status = brandStatusAfterEdit(before, after);
    const unchanged = before.name === after.name && before.category === after.category && before.website === after.website;
    if (unchanged && status === before.verificationStatus) return { ok: true, changed: false };
    const { count } = await tx.brand.updateMany({
      where: { id: input.brandId, version: input.version },
      data: {
        ...after,
        verificationStatus: status,
        version: { increment: 1 },
        ...(status !== before.verificationStatus ? { verificationNote: null } : {}),
      },
    });
    if (count === 0) return { ok: false, violation: 'stale' };
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'brand.update',
      objectType: 'brand',
      objectId: input.brandId,
      before: { name: before.name, category: before.category, website: before.website, verificationStatus: before.verificationStatus, verificationNote: before.verificationNote },
      after: { ...after, verificationStatus: status },
      meta,
    });
    return { ok: true, changed: true };
  });
}
