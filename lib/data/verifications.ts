// The reviewer's side of onboarding (journey 6): what waits for verification — brands,
// rights, agencies' powers of attorney — and the decisions on them. Reviewers are
// marketplace staff, so reading is scoped by role (the policy table), not by organisation;
// the check is repeated here so no other caller can read or decide by mistake.
//
// Two reviewers deciding the same object at once: each decision is an update guarded by the
// version the reviewer saw and by the PENDING status, so exactly one succeeds; the other is
// told "already decided" (or "changed since you opened it" if the agent edited it).
import 'server-only';
import { forbidden } from 'next/navigation';
import { db, type Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { Role, VerificationStatus } from '../generated/prisma/enums';
import type { SessionUser } from '../auth/session';
import type { RequestMeta } from '../request-meta';
import { can, type Action } from '../authz/policy';
import { recordAudit, type Actor } from '../audit';
import { notify } from '../notifications';
import { clampPage, pageCountOf, type Paged } from '../domain/pagination';
import { decideRightVerification, rightChecklist, type CheckResult, type DecisionViolation, type ReviewerDecision, type RightCheck } from '../domain/rights';
import {
  agencyChecklist,
  brandChecklist,
  decideAgencyAuthorization,
  decideBrandVerification,
  type AgencyCheck,
  type BrandCheck,
} from '../domain/verification';
import { VERIFICATION_KINDS, type VerificationFilters, type VerificationKind } from '../validations/verifications';
import { agencyMayAct } from '../domain/standing';
import { DOCUMENT_SUMMARY } from './rights';

export { VERIFICATION_KINDS, type VerificationFilters, type VerificationKind };

export const VERIFICATIONS_PAGE_SIZE = 25;

function assertMay(viewer: { role: Role }, action: Action): void {
  if (!can(viewer.role, action)) forbidden();
}

const actorOf = (user: SessionUser): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

// ───────────────────────────── The list of what waits ─────────────────────────────

export type VerificationRow =
  | {
      kind: 'brand';
      id: string;
      submittedAt: Date;
      /** A resubmission (or a change sending a verified item back): when it came back. */
      resubmittedAt: Date | null;
      brand: { id: string; name: string };
      ownerName: string;
      category: string | null;
      pendingRights: number;
    }
  | {
      kind: 'right';
      id: string;
      submittedAt: Date;
      /** A resubmission (or a change sending a verified item back): when it came back. */
      resubmittedAt: Date | null;
      brand: { id: string; name: string };
      type: string;
      registrationNumber: string;
      office: string;
      jurisdiction: string;
      expiresAt: Date | null;
    }
  | {
      kind: 'agency';
      id: string;
      submittedAt: Date;
      /** A resubmission (or a change sending a verified item back): when it came back. */
      resubmittedAt: Date | null;
      brand: { id: string; name: string };
      agencyName: string;
      validUntil: Date | null;
    };

export interface VerificationList extends Paged<VerificationRow> {
  /** Waiting items of each kind under the name and office filters. */
  counts: Record<VerificationKind, number>;
  /** Offices of the rights waiting, for the office filter. */
  offices: string[];
}

const nameFilter = (q: string | undefined): Prisma.BrandWhereInput => (q ? { name: { contains: q, mode: 'insensitive' } } : {});

function whereFor(filters: VerificationFilters) {
  return {
    brand: { verificationStatus: 'PENDING', ...nameFilter(filters.q) } satisfies Prisma.BrandWhereInput,
    right: {
      status: 'PENDING',
      ...(filters.q ? { brand: nameFilter(filters.q) } : {}),
      ...(filters.office ? { office: filters.office } : {}),
    } satisfies Prisma.RightWhereInput,
    agency: { status: 'PENDING', ...(filters.q ? { brand: nameFilter(filters.q) } : {}) } satisfies Prisma.AgencyAuthorizationWhereInput,
  };
}

/** Kinds the filters leave in the list. */
function kindsShown(filters: VerificationFilters): VerificationKind[] {
  if (filters.office) return filters.kind && filters.kind !== 'right' ? [] : ['right'];
  return filters.kind ? [filters.kind] : [...VERIFICATION_KINDS];
}

const bySubmission = (a: VerificationRow, b: VerificationRow) =>
  a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Everything waiting for verification, first submitted first: a resubmission keeps its
 * place (the agent has waited since the first submission). The three kinds live in three
 * tables: each gives its first page × size rows in order and they are merged — a backlog
 * stays small.
 */
export async function listPendingVerifications(
  viewer: { role: Role },
  filters: VerificationFilters,
  requestedPage: number,
  pageSize = VERIFICATIONS_PAGE_SIZE,
): Promise<VerificationList> {
  assertMay(viewer, 'verification.view');
  const prisma = await db();
  const where = whereFor(filters);
  const shown = kindsShown(filters);
  const [brandCount, rightCount, agencyCount, offices] = await Promise.all([
    filters.office ? 0 : prisma.brand.count({ where: where.brand }),
    prisma.right.count({ where: where.right }),
    filters.office ? 0 : prisma.agencyAuthorization.count({ where: where.agency }),
    prisma.right.findMany({ where: { status: 'PENDING' }, distinct: ['office'], orderBy: { office: 'asc' }, select: { office: true } }),
  ]);
  const counts = { brand: brandCount, right: rightCount, agency: agencyCount };
  const total = shown.reduce((sum, kind) => sum + counts[kind], 0);
  const pageCount = pageCountOf(total, pageSize);
  const page = clampPage(requestedPage, pageCount);
  const take = page * pageSize;
  const order = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

  const [brands, rights, agencies] = await Promise.all([
    shown.includes('brand')
      ? prisma.brand.findMany({
          where: where.brand,
          orderBy: order,
          take,
          select: {
            id: true,
            name: true,
            category: true,
            version: true,
            createdAt: true,
            updatedAt: true,
            ownerOrganisation: { select: { name: true } },
            _count: { select: { rights: { where: { status: 'PENDING' } } } },
          },
        })
      : [],
    shown.includes('right')
      ? prisma.right.findMany({
          where: where.right,
          orderBy: order,
          take,
          select: {
            id: true,
            type: true,
            registrationNumber: true,
            office: true,
            jurisdiction: true,
            expiresAt: true,
            version: true,
            createdAt: true,
            updatedAt: true,
            brand: { select: { id: true, name: true } },
          },
        })
      : [],
    shown.includes('agency')
      ? prisma.agencyAuthorization.findMany({
          where: where.agency,
          orderBy: order,
          take,
          select: { id: true, validUntil: true, version: true, createdAt: true, updatedAt: true, agency: { select: { name: true } }, brand: { select: { id: true, name: true } } },
        })
      : [],
  ]);
  const rows: VerificationRow[] = [
    ...brands.map((b) => ({
      kind: 'brand' as const,
      id: b.id,
      submittedAt: b.createdAt,
      resubmittedAt: b.version > 0 ? b.updatedAt : null,
      brand: { id: b.id, name: b.name },
      ownerName: b.ownerOrganisation.name,
      category: b.category,
      pendingRights: b._count.rights,
    })),
    ...rights.map((r) => ({
      kind: 'right' as const,
      id: r.id,
      submittedAt: r.createdAt,
      resubmittedAt: r.version > 0 ? r.updatedAt : null,
      brand: r.brand,
      type: r.type,
      registrationNumber: r.registrationNumber,
      office: r.office,
      jurisdiction: r.jurisdiction,
      expiresAt: r.expiresAt,
    })),
    ...agencies.map((a) => ({
      kind: 'agency' as const,
      id: a.id,
      submittedAt: a.createdAt,
      resubmittedAt: a.version > 0 ? a.updatedAt : null,
      brand: a.brand,
      agencyName: a.agency.name,
      validUntil: a.validUntil,
    })),
  ].sort(bySubmission);
  return {
    rows: rows.slice((page - 1) * pageSize, page * pageSize),
    total,
    page,
    pageSize,
    pageCount,
    counts,
    offices: offices.map((o) => o.office),
  };
}

// ───────────────────────────── One object, for the decision ─────────────────────────────

const OWNER_ORGANISATION = { id: true, name: true, country: true, verificationStatus: true, website: true, registrationNumber: true } as const;

export async function getRightForReview(viewer: { role: Role }, rightId: string, now = new Date()) {
  assertMay(viewer, 'right.verify');
  const prisma = await db();
  const right = await prisma.right.findUnique({
    where: { id: rightId },
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
      version: true,
      createdAt: true,
      updatedAt: true,
      certificateDocumentId: true,
      certificateDocument: { select: DOCUMENT_SUMMARY },
      verifiedBy: { select: { name: true } },
      brand: {
        select: {
          id: true,
          name: true,
          verificationStatus: true,
          ownerOrganisation: { select: OWNER_ORGANISATION },
          rights: {
            where: { id: { not: rightId } },
            orderBy: [{ office: 'asc' }, { registrationNumber: 'asc' }],
            select: { id: true, type: true, registrationNumber: true, office: true, status: true, expiresAt: true },
          },
        },
      },
    },
  });
  if (!right) return null;
  const checklist: Record<RightCheck, CheckResult> = rightChecklist(right, right.brand.ownerOrganisation.name, now);
  return { ...right, checklist };
}
export type RightReview = NonNullable<Awaited<ReturnType<typeof getRightForReview>>>;

export async function getBrandForReview(viewer: { role: Role }, brandId: string) {
  assertMay(viewer, 'brand.verify');
  const prisma = await db();
  const brand = await prisma.brand.findUnique({
    where: { id: brandId },
    select: {
      id: true,
      name: true,
      category: true,
      website: true,
      verificationStatus: true,
      verificationNote: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      ownerOrganisation: { select: { ...OWNER_ORGANISATION, _count: { select: { memberships: true } } } },
      rights: {
        orderBy: [{ office: 'asc' }, { registrationNumber: 'asc' }],
        select: { id: true, type: true, registrationNumber: true, office: true, jurisdiction: true, status: true, expiresAt: true },
      },
      agencyAuthorizations: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, status: true, validUntil: true, agency: { select: { name: true } } },
      },
    },
  });
  if (!brand) return null;
  const sameNameBrands = await prisma.brand.count({
    where: { id: { not: brand.id }, name: { equals: brand.name, mode: 'insensitive' }, verificationStatus: { not: 'REJECTED' } },
  });
  const checklist: Record<BrandCheck, CheckResult> = brandChecklist({
    ownerVerificationStatus: brand.ownerOrganisation.verificationStatus,
    rightCount: brand.rights.length,
    verifiedRightCount: brand.rights.filter((r) => r.status === 'VERIFIED').length,
    sameNameBrands,
  });
  return { ...brand, sameNameBrands, checklist };
}
export type BrandReview = NonNullable<Awaited<ReturnType<typeof getBrandForReview>>>;

export async function getAgencyAuthorizationForReview(viewer: { role: Role }, authorizationId: string, now = new Date()) {
  assertMay(viewer, 'agencyAuthorization.verify');
  const prisma = await db();
  const authorization = await prisma.agencyAuthorization.findUnique({
    where: { id: authorizationId },
    select: {
      id: true,
      status: true,
      statusReason: true,
      validUntil: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      powerOfAttorneyDocumentId: true,
      powerOfAttorneyDocument: { select: DOCUMENT_SUMMARY },
      agency: { select: OWNER_ORGANISATION },
      brand: { select: { id: true, name: true, category: true, verificationStatus: true, ownerOrganisation: { select: OWNER_ORGANISATION } } },
    },
  });
  if (!authorization) return null;
  const checklist: Record<AgencyCheck, CheckResult> = agencyChecklist(
    {
      powerOfAttorneyDocumentId: authorization.powerOfAttorneyDocumentId,
      validUntil: authorization.validUntil,
      agencyVerificationStatus: authorization.agency.verificationStatus,
      brandOwnerName: authorization.brand.ownerOrganisation.name,
      agencyName: authorization.agency.name,
    },
    now,
  );
  return { ...authorization, checklist };
}
export type AgencyAuthorizationReview = NonNullable<Awaited<ReturnType<typeof getAgencyAuthorizationForReview>>>;

// ───────────────────────────── Decisions ─────────────────────────────

export type DecideViolation = DecisionViolation | 'forbidden' | 'notFound' | 'stale';
export type DecideResult<S> = { ok: true; status: S } | { ok: false; violation: DecideViolation };

export interface DecideInput {
  id: string;
  /** The version the reviewer's page was rendered from. */
  version: number;
  decision: ReviewerDecision;
}

/** Why a guarded update matched nothing: someone decided first, or the agent changed it. */
function lostRace(current: { status: string } | null): DecideViolation {
  if (!current) return 'notFound';
  return current.status === 'PENDING' ? 'stale' : 'alreadyDecided';
}

/**
 * Who hears about a decision on a brand or its rights: the owner organisation, the
 * agencies acting for the brand now, and agencies whose power of attorney is still waiting
 * (an agency that registered the brand for its owner wants to know). Each with the page
 * that organisation can open.
 */
async function brandAudience(tx: Tx, brandId: string, now: Date) {
  const brand = await tx.brand.findUniqueOrThrow({
    where: { id: brandId },
    select: {
      name: true,
      ownerOrganisationId: true,
      agencyAuthorizations: {
        where: { status: { in: ['PENDING', 'VERIFIED'] } },
        select: { id: true, status: true, validUntil: true, agencyOrganisationId: true },
      },
    },
  });
  const acting = brand.agencyAuthorizations.filter((a) => agencyMayAct(a, now)).map((a) => a.agencyOrganisationId);
  const waiting = brand.agencyAuthorizations.filter((a) => !agencyMayAct(a, now));
  return { name: brand.name, acting: [brand.ownerOrganisationId, ...acting], waiting };
}

/** Checks common to every decision before the domain rule is asked. */
function precheck(row: { status: string; version: number } | null, version: number): DecideViolation | null {
  if (!row) return 'notFound';
  if (row.status !== 'PENDING') return 'alreadyDecided';
  if (row.version !== version) return 'stale';
  return null;
}

export async function recordRightDecision(viewer: SessionUser, input: DecideInput, meta: RequestMeta, now = new Date()): Promise<DecideResult<'VERIFIED' | 'REJECTED' | 'PENDING'>> {
  if (!can(viewer.role, 'right.verify')) return { ok: false, violation: 'forbidden' };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const right = await tx.right.findUnique({
      where: { id: input.id },
      select: { status: true, statusReason: true, version: true, expiresAt: true, brandId: true, office: true, registrationNumber: true },
    });
    const refused = precheck(right, input.version);
    if (refused || !right) return { ok: false, violation: refused ?? 'notFound' } as const;
    const outcome = decideRightVerification(right, input.decision, now);
    if (!outcome.ok) return outcome;
    const verified = outcome.status === 'VERIFIED';
    const { count } = await tx.right.updateMany({
      where: { id: input.id, version: input.version, status: 'PENDING' },
      data: {
        status: outcome.status,
        statusReason: outcome.statusReason,
        verifiedById: verified ? viewer.id : null,
        verifiedAt: verified ? now : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) return { ok: false, violation: lostRace(await tx.right.findUnique({ where: { id: input.id }, select: { status: true } })) } as const;
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: verified ? 'right.verify' : 'right.reject',
      objectType: 'right',
      objectId: input.id,
      before: { status: right.status, statusReason: right.statusReason },
      after: { status: outcome.status, statusReason: outcome.statusReason },
      meta,
    });
    // The organisations that may act for the brand, the only ones who can open the right.
    const audience = await brandAudience(tx, right.brandId, now);
    const rightName = `${right.office} ${right.registrationNumber}`;
    const link = `/brand/brands/${right.brandId}/rights/${input.id}`;
    if (verified) {
      await notify(tx, { type: 'rightVerified', params: { rightName, brandName: audience.name }, link, recipients: { organisationIds: audience.acting } });
    } else {
      await notify(tx, {
        type: 'rightRejected',
        params: { rightName, brandName: audience.name, reason: outcome.statusReason ?? '' },
        link,
        recipients: { organisationIds: audience.acting },
      });
    }
    return { ok: true, status: outcome.status } as const;
  });
}

export async function recordBrandDecision(viewer: SessionUser, input: DecideInput, meta: RequestMeta, now = new Date()): Promise<DecideResult<VerificationStatus>> {
  if (!can(viewer.role, 'brand.verify')) return { ok: false, violation: 'forbidden' };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const brand = await tx.brand.findUnique({ where: { id: input.id }, select: { verificationStatus: true, verificationNote: true, version: true } });
    const refused = precheck(brand && { status: brand.verificationStatus, version: brand.version }, input.version);
    if (refused || !brand) return { ok: false, violation: refused ?? 'notFound' } as const;
    const outcome = decideBrandVerification(brand, input.decision);
    if (!outcome.ok) return outcome;
    const { count } = await tx.brand.updateMany({
      where: { id: input.id, version: input.version, verificationStatus: 'PENDING' },
      data: { verificationStatus: outcome.status, verificationNote: outcome.statusReason, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.brand.findUnique({ where: { id: input.id }, select: { verificationStatus: true } });
      return { ok: false, violation: lostRace(current && { status: current.verificationStatus }) } as const;
    }
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: outcome.status === 'VERIFIED' ? 'brand.verify' : 'brand.reject',
      objectType: 'brand',
      objectId: input.id,
      before: { verificationStatus: brand.verificationStatus, verificationNote: brand.verificationNote },
      after: { verificationStatus: outcome.status, verificationNote: outcome.statusReason },
      meta,
    });
    const audience = await brandAudience(tx, input.id, now);
    const announce = (organisationIds: string[], link: string) =>
      outcome.status === 'VERIFIED'
        ? notify(tx, { type: 'brandVerified', params: { brandName: audience.name }, link, recipients: { organisationIds } })
        : notify(tx, { type: 'brandRejected', params: { brandName: audience.name, reason: outcome.statusReason ?? '' }, link, recipients: { organisationIds } });
    await announce(audience.acting, `/brand/brands/${input.id}`);
    // An agency still waiting for its power of attorney cannot open the brand yet: its request can.
    for (const request of audience.waiting) await announce([request.agencyOrganisationId], `/brand/agency-requests/${request.id}`);
    return { ok: true, status: outcome.status } as const;
  });
}

export async function recordAgencyDecision(
  viewer: SessionUser,
  input: DecideInput,
  meta: RequestMeta,
  now = new Date(),
): Promise<DecideResult<VerificationStatus>> {
  if (!can(viewer.role, 'agencyAuthorization.verify')) return { ok: false, violation: 'forbidden' };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const authorization = await tx.agencyAuthorization.findUnique({
      where: { id: input.id },
      select: {
        status: true,
        statusReason: true,
        validUntil: true,
        version: true,
        brandId: true,
        agency: { select: { id: true, name: true } },
        brand: { select: { name: true, ownerOrganisationId: true } },
      },
    });
    const refused = precheck(authorization, input.version);
    if (refused || !authorization) return { ok: false, violation: refused ?? 'notFound' } as const;
    const outcome = decideAgencyAuthorization(authorization, input.decision, now);
    if (!outcome.ok) return outcome;
    const { count } = await tx.agencyAuthorization.updateMany({
      where: { id: input.id, version: input.version, status: 'PENDING' },
      data: { status: outcome.status, statusReason: outcome.statusReason, version: { increment: 1 } },
    });
    if (count === 0) {
      return { ok: false, violation: lostRace(await tx.agencyAuthorization.findUnique({ where: { id: input.id }, select: { status: true } })) } as const;
    }
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: outcome.status === 'VERIFIED' ? 'agencyAuthorization.verify' : 'agencyAuthorization.reject',
      objectType: 'agencyAuthorization',
      objectId: input.id,
      before: { status: authorization.status, statusReason: authorization.statusReason },
      after: { status: outcome.status, statusReason: outcome.statusReason },
      meta,
    });
    const names = { agencyName: authorization.agency.name, brandName: authorization.brand.name };
    const announce = (organisationId: string, link: string) =>
      outcome.status === 'VERIFIED'
        ? notify(tx, { type: 'agencyAuthorizationVerified', params: names, link, recipients: { organisationIds: [organisationId] } })
        : notify(tx, {
            type: 'agencyAuthorizationRejected',
            params: { ...names, reason: outcome.statusReason ?? '' },
            link,
            recipients: { organisationIds: [organisationId] },
          });
    await announce(authorization.agency.id, `/brand/agency-requests/${input.id}`);
    await announce(authorization.brand.ownerOrganisationId, `/brand/brands/${authorization.brandId}`);
    return { ok: true, status: outcome.status } as const;
  });
}
