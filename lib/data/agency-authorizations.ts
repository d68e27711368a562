// An agency's powers of attorney as the agency sees them: its requests to act for brands
// (new, waiting, rejected, lapsed) and the brands on Assay it may ask to act for. Until a
// reviewer verifies a power, the brand stays out of the agency's brand list
// (brandsActableBy): a request shows only its own facts.
import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { VerificationStatus } from '../generated/prisma/enums';
import type { SessionUser } from '../auth/session';
import type { RequestMeta } from '../request-meta';
import { recordAudit } from '../audit';
import { agencyRequestViolation, type AgencyRequestViolation } from '../domain/verification';
import type { RequestAgencyAuthorizationInput } from '../validations/brands';
import { DOCUMENT_SUMMARY } from './rights';

export const BRAND_SEARCH_RESULTS = 20;

export interface BrandSearchResult {
  id: string;
  name: string;
  category: string | null;
  ownerName: string;
  verificationStatus: VerificationStatus;
  /** The agency's own request for this brand, if any. */
  request: { id: string; status: VerificationStatus; validUntil: Date | null } | null;
}

/**
 * Brands on Assay an agency may ask to act for, by name. Brand names are public on the
 * marketplace; rejected brands and the agency's own are left out.
 */
export async function searchBrandsForAgency(organisationId: string, query: string): Promise<BrandSearchResult[]> {
  const prisma = await db();
  const brands = await prisma.brand.findMany({
    where: {
      name: { contains: query, mode: 'insensitive' },
      verificationStatus: { not: 'REJECTED' },
      ownerOrganisationId: { not: organisationId },
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: BRAND_SEARCH_RESULTS,
    select: {
      id: true,
      name: true,
      category: true,
      verificationStatus: true,
      ownerOrganisation: { select: { name: true } },
      agencyAuthorizations: { where: { agencyOrganisationId: organisationId }, select: { id: true, status: true, validUntil: true } },
    },
  });
  return brands.map((b) => ({
    id: b.id,
    name: b.name,
    category: b.category,
    ownerName: b.ownerOrganisation.name,
    verificationStatus: b.verificationStatus,
    request: b.agencyAuthorizations[0] ?? null,
  }));
}

/** One brand an agency may ask to act for (the same rules as the search), or null. */
export async function getBrandForAgencyRequest(organisationId: string, brandId: string): Promise<BrandSearchResult | null> {
  const prisma = await db();
  const brand = await prisma.brand.findFirst({
    where: { id: brandId, verificationStatus: { not: 'REJECTED' }, ownerOrganisationId: { not: organisationId } },
    select: {
      id: true,
      name: true,
      category: true,
      verificationStatus: true,
      ownerOrganisation: { select: { name: true } },
      agencyAuthorizations: { where: { agencyOrganisationId: organisationId }, select: { id: true, status: true, validUntil: true } },
    },
  });
  if (!brand) return null;
  return {
    id: brand.id,
    name: brand.name,
    category: brand.category,
    ownerName: brand.ownerOrganisation.name,
    verificationStatus: brand.verificationStatus,
    request: brand.agencyAuthorizations[0] ?? null,
  };
}

const REQUEST_SELECT = {
  id: true,
  status: true,
  statusReason: true,
  validUntil: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  powerOfAttorneyDocument: { select: DOCUMENT_SUMMARY },
  brand: { select: { id: true, name: true, category: true, verificationStatus: true, ownerOrganisation: { select: { name: true, country: true } } } },
} as const satisfies Prisma.AgencyAuthorizationSelect;

export type AgencyRequest = Prisma.AgencyAuthorizationGetPayload<{ select: typeof REQUEST_SELECT }>;

/** Every power of attorney the agency has asked for, newest first. */
export async function listAgencyRequests(organisationId: string): Promise<AgencyRequest[]> {
  const prisma = await db();
  return prisma.agencyAuthorization.findMany({
    where: { agencyOrganisationId: organisationId },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: REQUEST_SELECT,
  });
}

/** One of the agency's own requests, or null (another agency's looks absent). */
export async function getAgencyRequest(organisationId: string, authorizationId: string): Promise<AgencyRequest | null> {
  const prisma = await db();
  return prisma.agencyAuthorization.findFirst({ where: { id: authorizationId, agencyOrganisationId: organisationId }, select: REQUEST_SELECT });
}

export type AgencyRequestResult =
  | { ok: true; authorizationId: string }
  | { ok: false; violation: AgencyRequestViolation | 'agenciesOnly' | 'notFound' | 'powerOfAttorneyInvalid' };

/**
 * An agency asks to act for a brand on Assay with a power of attorney: a first request, a
 * resubmission after a rejection, or a renewal once the last power has lapsed. It waits
 * for a reviewer either way.
 */
export async function requestAgencyAuthorization(
  actor: SessionUser,
  input: RequestAgencyAuthorizationInput,
  meta: RequestMeta,
  now = new Date(),
): Promise<AgencyRequestResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<AgencyRequestResult> => {
    const organisation = await tx.organisation.findUnique({ where: { id: actor.organisationId }, select: { kind: true } });
    if (organisation?.kind !== 'AGENCY') return { ok: false, violation: 'agenciesOnly' };
    const brand = await tx.brand.findFirst({
      where: { id: input.brandId, verificationStatus: { not: 'REJECTED' }, ownerOrganisationId: { not: actor.organisationId } },
      select: { id: true },
    });
    if (!brand) return { ok: false, violation: 'notFound' };
    // One row per agency and brand (unique): lock it so two requests cannot both pass.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`agency-authorization:${actor.organisationId}:${input.brandId}`}))`;
    const existing = await tx.agencyAuthorization.findUnique({
      where: { agencyOrganisationId_brandId: { agencyOrganisationId: actor.organisationId, brandId: input.brandId } },
      select: { id: true, status: true, statusReason: true, validUntil: true, powerOfAttorneyDocumentId: true },
    });
    const violation = agencyRequestViolation(existing, now);
    if (violation) return { ok: false, violation };
    const document = await tx.document.findFirst({
      where: { id: input.powerOfAttorneyDocumentId, organisationId: actor.organisationId, kind: 'POWER_OF_ATTORNEY' },
      select: { id: true },
    });
    if (!document) return { ok: false, violation: 'powerOfAttorneyInvalid' };
    const data = {
      status: 'PENDING' as const,
      statusReason: null,
      validUntil: input.validUntil,
      powerOfAttorneyDocumentId: input.powerOfAttorneyDocumentId,
    };
    const authorization = existing
      ? await tx.agencyAuthorization.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } })
      : await tx.agencyAuthorization.create({
          data: { ...data, agencyOrganisationId: actor.organisationId, brandId: input.brandId },
          select: { id: true },
        });
    await recordAudit(tx, {
      actor: { id: actor.id, role: actor.role, organisationId: actor.organisationId },
      action: 'agencyAuthorization.request',
      objectType: 'agencyAuthorization',
      objectId: authorization.id,
      before: existing
        ? {
            status: existing.status,
            statusReason: existing.statusReason,
            validUntil: existing.validUntil?.toISOString() ?? null,
            powerOfAttorneyDocumentId: existing.powerOfAttorneyDocumentId,
          }
        : null,
      after: {
        brandId: input.brandId,
        agencyOrganisationId: actor.organisationId,
        status: 'PENDING',
        validUntil: input.validUntil.toISOString(),
        powerOfAttorneyDocumentId: input.powerOfAttorneyDocumentId,
      },
      meta,
    });
    return { ok: true, authorizationId: authorization.id };
  });
}
