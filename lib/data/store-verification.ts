// Store verification (issue 4, "Seller verification"): a seller submits its store's business
// licence and the owner's identity document with the declared facts; a reviewer verifies or
// rejects with a reason. The rules are lib/domain/store-verification.ts; this module reads
// the facts inside the transaction that changes them, checks the ban keys
// (lib/data/bans.ts), and audits and notifies in that same transaction.
//
// Who sees what: the seller reads only its own organisation's stores and, of its identity
// document, only that it was submitted (file name and time) — the bytes are for reviewers
// and admins (lib/domain/document-access.ts). Reviewers read every store's submissions.
import 'server-only';
import { db, type Db, type Tx } from '../db';
import type { Role, StoreStatus, VerificationStatus } from '../generated/prisma/enums';
import type { SessionUser } from '../auth/session';
import type { RequestMeta } from '../request-meta';
import { can } from '../authz/policy';
import { recordAudit, type Actor } from '../audit';
import { notify } from '../notifications';
import type { ReviewerDecision } from '../domain/rights';
import {
  decideStoreVerification,
  organisationStatusAfter,
  submissionRefusal,
  type BanKey,
  type SubmissionRefusal,
} from '../domain/store-verification';
import { isBannedIdentity } from './bans';
import { activeReviewerIds } from './reviewers';
import { storesOwnedBy } from './stores';

const actorOf = (user: SessionUser): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

/** Whether the store is verified now (the right-to-sell application requires it). */
export async function isStoreVerified(client: Db | Tx, storeId: string): Promise<boolean> {
  const store = await client.store.findUnique({ where: { id: storeId }, select: { verificationStatus: true } });
  return store?.verificationStatus === 'VERIFIED';
}

// ───────────────────────────── The seller's side ─────────────────────────────

/** What the seller sees of a document it submitted: that it is there, not its bytes. */
export interface SubmittedFile {
  id: string;
  fileName: string;
  createdAt: Date;
}

export interface SellerVerificationRow {
  id: string;
  status: VerificationStatus;
  submittedAt: Date | null;
  decidedAt: Date | null;
  reason: string | null;
  licenceNumber: string | null;
  ownerName: string | null;
  ownerPhone: string | null;
  businessLicence: SubmittedFile | null;
  identityDocument: SubmittedFile | null;
}

export interface SellerStoreVerification {
  store: { id: string; name: string; status: StoreStatus; verificationStatus: VerificationStatus; businessLicenceNumber: string | null };
  /** Newest first. */
  submissions: SellerVerificationRow[];
  refusal: SubmissionRefusal | null;
}

const FILE = { select: { id: true, fileName: true, createdAt: true } } as const;

/** The store's verification as its seller sees it; another organisation's store is null. */
export async function getStoreVerificationForSeller(organisationId: string, storeId: string): Promise<SellerStoreVerification | null> {
  const prisma = await db();
  const store = await prisma.store.findFirst({
    where: { id: storeId, ...storesOwnedBy(organisationId) },
    select: {
      id: true,
      name: true,
      status: true,
      verificationStatus: true,
      businessLicenceNumber: true,
      verifications: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 20,
        select: {
          id: true,
          status: true,
          submittedAt: true,
          decidedAt: true,
          reason: true,
          licenceNumber: true,
          ownerName: true,
          ownerPhone: true,
          businessLicenceDocument: FILE,
          identityDocument: FILE,
        },
      },
    },
  });
  if (!store) return null;
  const { verifications, ...facts } = store;
  return {
    store: facts,
    submissions: verifications.map(({ businessLicenceDocument, identityDocument, ...row }) => ({
      ...row,
      businessLicence: businessLicenceDocument,
      identityDocument,
    })),
    refusal: submissionRefusal(store),
  };
}

export interface SubmitVerificationInput {
  storeId: string;
  businessLicenceDocumentId: string;
  identityDocumentId: string;
  licenceNumber: string;
  ownerName: string;
  /** Normalised already (the form's schema). */
  ownerPhone: string;
}

export type SubmitVerificationResult =
  | { ok: true; verificationId: string }
  | { ok: false; violation: 'forbidden' | 'notFound' | SubmissionRefusal | 'businessLicenceInvalid' | 'identityDocumentInvalid' }
  | { ok: false; violation: 'banned'; key: BanKey };

/**
 * The seller submits its store for verification. Refused, with nothing stored, when the
 * store is not the seller's, is closed, is already pending or verified, a document is not
 * the seller's own upload of the right kind, or any identity key (licence number, owner
 * phone, identity document's hash, the submitter's e-mail) matches a standing ban.
 */
export async function submitStoreVerification(
  seller: SessionUser,
  input: SubmitVerificationInput,
  meta: RequestMeta,
  now = new Date(),
): Promise<SubmitVerificationResult> {
  if (!can(seller.role, 'storeVerification.submit')) return { ok: false, violation: 'forbidden' };
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<SubmitVerificationResult> => {
    // Serialise submissions for one store: two tabs submitting at once make one row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`store-verification:${input.storeId}`}))`;
    const store = await tx.store.findFirst({
      where: { id: input.storeId, ...storesOwnedBy(seller.organisationId) },
      select: {
        id: true,
        name: true,
        status: true,
        verificationStatus: true,
        sellerOrganisationId: true,
        sellerOrganisation: { select: { verificationStatus: true } },
      },
    });
    if (!store) return { ok: false, violation: 'notFound' };
    const refusal = submissionRefusal(store);
    if (refusal) return { ok: false, violation: refusal };

    const documents = await tx.document.findMany({
      where: { id: { in: [input.businessLicenceDocumentId, input.identityDocumentId] }, organisationId: seller.organisationId },
      select: { id: true, kind: true, sha256: true },
    });
    const licence = documents.find((d) => d.id === input.businessLicenceDocumentId && d.kind === 'BUSINESS_LICENCE');
    const identity = documents.find((d) => d.id === input.identityDocumentId && d.kind === 'IDENTITY_DOCUMENT');
    if (!licence) return { ok: false, violation: 'businessLicenceInvalid' };
    if (!identity) return { ok: false, violation: 'identityDocumentInvalid' };

    const banned = await isBannedIdentity(tx, {
      emails: [seller.email],
      phones: [input.ownerPhone],
      licenceNumbers: [input.licenceNumber],
      identityDocumentHashes: [identity.sha256],
    });
    if (banned) return { ok: false, violation: 'banned', key: banned };

    const verification = await tx.storeVerification.create({
      data: {
        storeId: store.id,
        status: 'PENDING',
        businessLicenceDocumentId: licence.id,
        identityDocumentId: identity.id,
        licenceNumber: input.licenceNumber.trim(),
        ownerName: input.ownerName.trim(),
        ownerPhone: input.ownerPhone,
        submittedById: seller.id,
        submittedAt: now,
      },
      select: { id: true },
    });
    await tx.store.update({
      where: { id: store.id },
      data: { verificationStatus: 'PENDING', businessLicenceNumber: input.licenceNumber.trim() },
    });
    const organisation = store.sellerOrganisation?.verificationStatus;
    if (store.sellerOrganisationId && organisation && organisation !== 'VERIFIED') {
      await tx.organisation.update({ where: { id: store.sellerOrganisationId }, data: { verificationStatus: 'PENDING' } });
    }
    await recordAudit(tx, {
      actor: actorOf(seller),
      action: 'store.submitVerification',
      objectType: 'store',
      objectId: store.id,
      before: { verificationStatus: store.verificationStatus },
      after: {
        verificationStatus: 'PENDING',
        verificationId: verification.id,
        licenceNumber: input.licenceNumber.trim(),
        ownerName: input.ownerName.trim(),
        businessLicenceDocumentId: licence.id,
        identityDocumentId: identity.id,
      },
      meta,
    });
    await notify(tx, {
      type: 'storeVerificationSubmitted',
      params: { storeName: store.name },
      link: `/review/verifications/stores/${verification.id}`,
      recipients: { userIds: await activeReviewerIds(tx) },
    });
    return { ok: true, verificationId: verification.id };
  });
}

// ───────────────────────────── The reviewer's side ─────────────────────────────

function assertMay(viewer: { role: Role }, action: 'verification.view' | 'store.verify'): void {
  if (!can(viewer.role, action)) throw new Error(`${viewer.role} may not ${action}`);
}

export interface PendingStoreVerificationRow {
  id: string;
  submittedAt: Date;
  store: { id: string; name: string; country: string | null };
  organisationName: string | null;
  licenceNumber: string | null;
  /** Earlier submissions of the same store that were rejected. */
  previousRejections: number;
}

export const PENDING_STORES_SHOWN = 50;

/** Store submissions waiting for a reviewer, first submitted first. */
export async function listPendingStoreVerifications(viewer: { role: Role }, limit = PENDING_STORES_SHOWN): Promise<{ rows: PendingStoreVerificationRow[]; total: number }> {
  assertMay(viewer, 'verification.view');
  const prisma = await db();
  const where = { status: 'PENDING' } as const;
  const [total, rows] = await Promise.all([
    prisma.storeVerification.count({ where }),
    prisma.storeVerification.findMany({
      where,
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      take: limit,
      select: {
        id: true,
        submittedAt: true,
        createdAt: true,
        licenceNumber: true,
        store: {
          select: {
            id: true,
            name: true,
            country: true,
            sellerOrganisation: { select: { name: true } },
            _count: { select: { verifications: { where: { status: 'REJECTED' } } } },
          },
        },
      },
    }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      submittedAt: r.submittedAt ?? r.createdAt,
      store: { id: r.store.id, name: r.store.name, country: r.store.country },
      organisationName: r.store.sellerOrganisation?.name ?? null,
      licenceNumber: r.licenceNumber,
      previousRejections: r.store._count.verifications,
    })),
  };
}

/** One submission for the reviewer's decision, with the store's standing and its earlier submissions. */
export async function getStoreVerificationForReview(viewer: { role: Role }, verificationId: string) {
  assertMay(viewer, 'store.verify');
  if (!/^[0-9a-f-]{36}$/i.test(verificationId)) return null;
  const prisma = await db();
  const verification = await prisma.storeVerification.findUnique({
    where: { id: verificationId },
    select: {
      id: true,
      status: true,
      version: true,
      licenceNumber: true,
      ownerName: true,
      ownerPhone: true,
      submittedAt: true,
      decidedAt: true,
      reason: true,
      createdAt: true,
      submittedById: true,
      businessLicenceDocumentId: true,
      identityDocumentId: true,
      reviewer: { select: { name: true } },
      store: {
        select: {
          id: true,
          name: true,
          slug: true,
          status: true,
          verificationStatus: true,
          country: true,
          businessLicenceNumber: true,
          openedAt: true,
          sellerOrganisation: { select: { id: true, name: true, country: true, registrationNumber: true, phone: true, verificationStatus: true } },
        },
      },
    },
  });
  if (!verification) return null;
  const [submitter, history, sameLicence] = await Promise.all([
    verification.submittedById ? prisma.user.findUnique({ where: { id: verification.submittedById }, select: { name: true, email: true } }) : null,
    prisma.storeVerification.findMany({
      where: { storeId: verification.store.id, id: { not: verification.id } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, status: true, submittedAt: true, decidedAt: true, reason: true, licenceNumber: true, reviewer: { select: { name: true } } },
    }),
    // Another store declaring the same licence number is worth a reviewer's second look.
    verification.licenceNumber
      ? prisma.store.count({
          where: {
            id: { not: verification.store.id },
            businessLicenceNumber: { equals: verification.licenceNumber, mode: 'insensitive' },
          },
        })
      : 0,
  ]);
  return { ...verification, submitter, history, otherStoresWithLicence: sameLicence };
}
export type StoreVerificationReview = NonNullable<Awaited<ReturnType<typeof getStoreVerificationForReview>>>;

export type StoreDecisionResult =
  | { ok: true; status: VerificationStatus }
  | { ok: false; violation: 'forbidden' | 'notFound' | 'alreadyDecided' | 'stale' | 'reasonRequired' | 'expired' };

/**
 * A reviewer verifies or rejects a pending submission. Guarded by the version the reviewer's
 * page showed and by PENDING, so of two reviewers deciding at once exactly one succeeds and
 * the other is told it was already decided.
 */
export async function recordStoreVerificationDecision(
  reviewer: SessionUser,
  input: { id: string; version: number; decision: ReviewerDecision },
  meta: RequestMeta,
  now = new Date(),
): Promise<StoreDecisionResult> {
  if (!can(reviewer.role, 'store.verify')) return { ok: false, violation: 'forbidden' };
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<StoreDecisionResult> => {
    const verification = await tx.storeVerification.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        status: true,
        version: true,
        storeId: true,
        store: { select: { name: true, verificationStatus: true, sellerOrganisationId: true, sellerOrganisation: { select: { verificationStatus: true } } } },
      },
    });
    if (!verification) return { ok: false, violation: 'notFound' };
    if (verification.status !== 'PENDING') return { ok: false, violation: 'alreadyDecided' };
    if (verification.version !== input.version) return { ok: false, violation: 'stale' };
    const outcome = decideStoreVerification(verification, input.decision);
    if (!outcome.ok) return outcome;
    const { count } = await tx.storeVerification.updateMany({
      where: { id: input.id, version: input.version, status: 'PENDING' },
      data: { status: outcome.status, reason: outcome.statusReason, reviewerId: reviewer.id, decidedAt: now, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.storeVerification.findUnique({ where: { id: input.id }, select: { status: true } });
      return { ok: false, violation: current && current.status === 'PENDING' ? 'stale' : 'alreadyDecided' };
    }
    await tx.store.update({ where: { id: verification.storeId }, data: { verificationStatus: outcome.status } });
    const organisation = verification.store.sellerOrganisation?.verificationStatus;
    if (verification.store.sellerOrganisationId && organisation) {
      const next = organisationStatusAfter(organisation, outcome.status);
      if (next !== organisation) await tx.organisation.update({ where: { id: verification.store.sellerOrganisationId }, data: { verificationStatus: next } });
    }
    const verified = outcome.status === 'VERIFIED';
    await recordAudit(tx, {
      actor: actorOf(reviewer),
      action: verified ? 'store.verify' : 'store.reject',
      objectType: 'store',
      objectId: verification.storeId,
      before: { verificationStatus: verification.store.verificationStatus },
      after: { verificationStatus: outcome.status, verificationId: verification.id, reason: outcome.statusReason },
      meta,
    });
    const link = `/seller/stores/${verification.storeId}/verification`;
    const recipients = { organisationIds: verification.store.sellerOrganisationId ? [verification.store.sellerOrganisationId] : [] };
    if (verified) {
      await notify(tx, { type: 'storeVerified', params: { storeName: verification.store.name }, link, recipients });
    } else {
      await notify(tx, { type: 'storeVerificationRejected', params: { storeName: verification.store.name, reason: outcome.statusReason ?? '' }, link, recipients });
    }
    return { ok: true, status: outcome.status };
  });
}
