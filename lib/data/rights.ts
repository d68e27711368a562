// Rights as a brand agent's organisation sees and changes them: only the rights of brands it
// may act for (lib/data/brands.ts brandsActableBy), anything else reads as absent. Every
// change re-reads the facts inside its transaction and writes its audit event there.
//
// Claim filing must take its rights from rightsUsableForClaims / usableRightsWhere: that is
// where "only verified, unexpired rights of a verified brand can carry a claim" is enforced.
import 'server-only';
import { db, type Db, type Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { DocumentKind, RightStatus, RightType } from '../generated/prisma/enums';
import type { SessionUser } from '../auth/session';
import type { RequestMeta } from '../request-meta';
import { recordAudit, type Actor } from '../audit';
import { rightStatusAfterEdit, type RightFacts } from '../domain/rights';
import type { RightFieldsInput } from '../validations/rights';
import { brandsActableBy } from './brands';

const actorOf = (user: SessionUser): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

// ───────────────────────────── Rights that may carry a claim ─────────────────────────────

/**
 * The rights an organisation may rest a claim on for a brand, as a where clause (so filing
 * can re-check inside its own transaction): the brand is one the organisation may act for
 * and is verified; the right is verified and its expiry lies after `now`.
 */
export function usableRightsWhere(organisationId: string, brandId: string, now: Date): Prisma.RightWhereInput {
  return {
    brandId,
    status: 'VERIFIED',
    OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    brand: { AND: [brandsActableBy(organisationId, now), { verificationStatus: 'VERIFIED' }] },
  };
}

export interface UsableRight {
  id: string;
  type: RightType;
  registrationNumber: string;
  office: string;
  jurisdiction: string;
  classes: number[];
  expiresAt: Date | null;
}

/** Every right the organisation may rest a claim on for this brand, now. */
export async function rightsUsableForClaims(organisationId: string, brandId: string, now = new Date(), client?: Db | Tx): Promise<UsableRight[]> {
  const prisma = client ?? (await db());
  return prisma.right.findMany({
    where: usableRightsWhere(organisationId, brandId, now),
    orderBy: [{ office: 'asc' }, { registrationNumber: 'asc' }],
    select: { id: true, type: true, registrationNumber: true, office: true, jurisdiction: true, classes: true, expiresAt: true },
  });
}

// ───────────────────────────── Reading ─────────────────────────────

export const DOCUMENT_SUMMARY = { id: true, kind: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true } as const;
export type DocumentSummary = Prisma.DocumentGetPayload<{ select: typeof DOCUMENT_SUMMARY }>;

const RIGHT_DETAIL = {
  id: true,
  brandId: true,
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
  brand: { select: { id: true, name: true, ownerOrganisation: { select: { name: true } } } },
} as const satisfies Prisma.RightSelect;

export type RightDetail = Prisma.RightGetPayload<{ select: typeof RIGHT_DETAIL }>;

/** One right of a brand the organisation may act for, or null (absent and foreign look alike). */
export async function getRightForOrganisation(organisationId: string, brandId: string, rightId: string, now = new Date()): Promise<RightDetail | null> {
  const prisma = await db();
  return prisma.right.findFirst({
    where: { id: rightId, brandId, brand: brandsActableBy(organisationId, now) },
    select: RIGHT_DETAIL,
  });
}

// ───────────────────────────── Changing ─────────────────────────────

export type RightChangeViolation = 'notFound' | 'duplicateRegistration' | 'certificateInvalid' | 'stale';
export type RightChangeResult = { ok: true; rightId: string; brandId: string; status: RightStatus; changed: boolean } | { ok: false; violation: RightChangeViolation };

/**
 * Whether a document may be attached by this organisation as this kind: its own upload, of
 * that kind. A document id from someone else's upload matches nothing.
 */
export async function isOwnDocument(tx: Tx, documentId: string, organisationId: string, kind: DocumentKind): Promise<boolean> {
  const document = await tx.document.findFirst({ where: { id: documentId, organisationId, kind }, select: { id: true } });
  return document !== null;
}

function factsOf(input: RightFieldsInput): RightFacts {
  return {
    type: input.type,
    registrationNumber: input.registrationNumber,
    office: input.office,
    jurisdiction: input.jurisdiction,
    classes: input.classes,
    ownerName: input.ownerName,
    registeredAt: input.registeredAt,
    expiresAt: input.expiresAt,
    certificateDocumentId: input.certificateDocumentId,
  };
}

/** What an audit event keeps of a right (dates as ISO strings). */
function auditFacts(facts: Partial<RightFacts> & { status?: RightStatus; statusReason?: string | null }) {
  return Object.fromEntries(Object.entries(facts).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}

async function registrationTaken(tx: Tx, office: string, registrationNumber: string, exceptId?: string): Promise<boolean> {
  const existing = await tx.right.findUnique({ where: { office_registrationNumber: { office, registrationNumber } }, select: { id: true } });
  return existing !== null && existing.id !== exceptId;
}

/** A brand agent adds a right to a brand its organisation may act for; it waits for a reviewer. */
export async function createRight(actor: SessionUser, brandId: string, input: RightFieldsInput, meta: RequestMeta, now = new Date()): Promise<RightChangeResult> {
  const prisma = await db();
  const facts = factsOf(input);
  try {
    return await prisma.$transaction(async (tx): Promise<RightChangeResult> => {
      const brand = await tx.brand.findFirst({ where: { AND: [{ id: brandId }, brandsActableBy(actor.organisationId, now)] }, select: { id: true } });
      if (!brand) return { ok: false, violation: 'notFound' };
      if (await registrationTaken(tx, facts.office, facts.registrationNumber)) return { ok: false, violation: 'duplicateRegistration' };
      if (!(await isOwnDocument(tx, facts.certificateDocumentId!, actor.organisationId, 'TRADEMARK_CERTIFICATE'))) {
        return { ok: false, violation: 'certificateInvalid' };
      }
      const right = await tx.right.create({ data: { ...facts, brandId, status: 'PENDING' }, select: { id: true } });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: 'right.create',
        objectType: 'right',
        objectId: right.id,
        after: auditFacts({ ...facts, status: 'PENDING' }),
        meta,
      });
      return { ok: true, rightId: right.id, brandId, status: 'PENDING', changed: true };
    });
  } catch (error) {
    // Two agents adding one registration at the same moment: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, violation: 'duplicateRegistration' };
    throw error;
  }
}

/**
 * A brand agent edits a right: corrects a pending one, resubmits a rejected one, or changes
 * a verified one (which goes back to the reviewer if anything they checked changed —
 * lib/domain/rights.ts rightStatusAfterEdit). `version` is the one the form was rendered
 * from: an edit over someone else's change is refused, not merged.
 */
export async function updateRight(
  actor: SessionUser,
  rightId: string,
  version: number,
  input: RightFieldsInput,
  meta: RequestMeta,
  now = new Date(),
): Promise<RightChangeResult> {
  const prisma = await db();
  const facts = factsOf(input);
  try {
    return await prisma.$transaction(async (tx): Promise<RightChangeResult> => {
      const before = await tx.right.findFirst({
        where: { id: rightId, brand: brandsActableBy(actor.organisationId, now) },
        select: {
          id: true,
          brandId: true,
          status: true,
          statusReason: true,
          version: true,
          type: true,
          registrationNumber: true,
          office: true,
          jurisdiction: true,
          classes: true,
          ownerName: true,
          registeredAt: true,
          expiresAt: true,
          certificateDocumentId: true,
        },
      });
      if (!before) return { ok: false, violation: 'notFound' };
      if (before.version !== version) return { ok: false, violation: 'stale' };
      const { status, changed, resubmitted } = rightStatusAfterEdit(before, facts);
      if (changed.length === 0 && !resubmitted) return { ok: true, rightId, brandId: before.brandId, status, changed: false };
      if (await registrationTaken(tx, facts.office, facts.registrationNumber, rightId)) return { ok: false, violation: 'duplicateRegistration' };
      // The certificate already on the right may have been uploaded by another organisation
      // acting for the brand; a new one must be this organisation's own upload.
      if (
        facts.certificateDocumentId !== before.certificateDocumentId &&
        !(await isOwnDocument(tx, facts.certificateDocumentId!, actor.organisationId, 'TRADEMARK_CERTIFICATE'))
      ) {
        return { ok: false, violation: 'certificateInvalid' };
      }
      const backToReviewer = status === 'PENDING';
      const { count } = await tx.right.updateMany({
        where: { id: rightId, version },
        data: {
          ...facts,
          status,
          version: { increment: 1 },
          // A resubmission starts over: the old reason and verifier no longer apply.
          ...(backToReviewer ? { statusReason: null, verifiedById: null, verifiedAt: null } : {}),
          // A new expiry date is a new term: its reminder has not been sent.
          ...(changed.includes('expiresAt') ? { expiryNotifiedAt: null } : {}),
        },
      });
      if (count === 0) return { ok: false, violation: 'stale' };
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: 'right.update',
        objectType: 'right',
        objectId: rightId,
        before: auditFacts({
          ...Object.fromEntries(changed.map((key) => [key, before[key]])),
          status: before.status,
          statusReason: before.statusReason,
        }),
        after: auditFacts({ ...Object.fromEntries(changed.map((key) => [key, facts[key]])), status }),
        meta,
      });
      return { ok: true, rightId, brandId: before.brandId, status, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, violation: 'duplicateRegistration' };
    throw error;
  }
}
