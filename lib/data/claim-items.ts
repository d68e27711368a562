// One claim item as a reviewer works it, and every change to it: take, release, take
// next, remove, reject, request information — and the brand's answer to such a request.
// Each change is one transaction: the state machine (lib/domain/claim-item.ts) says whether
// it may happen; the update says `where: { id, version }`, so of two reviewers deciding one
// item at the same moment exactly one decision stands; the claim's status follows from its
// items; the audit event, the notifications and — for a removal — the listing, the strike
// and the statement of reasons are written in the same transaction or not at all.
import 'server-only';
import { forbidden } from 'next/navigation';
import { db, type Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { ClaimItemStatus, DocumentKind, RejectionReason, RemovalReason, Role } from '../generated/prisma/enums';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { recordAudit, type Actor } from '../audit';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { decisionProblems, deriveClaimStatus, type ClaimItemEvent, type DecisionProblem } from '../domain/claim-item';
import { resumeSla } from '../domain/deadlines';
import { itemChangeRefusal, referencePriceFor, shareOfReference, type ItemRefusal, type ReferencePrice } from '../domain/review';
import { canCarryClaim, rightStanding, type RightStanding } from '../domain/rights';
import { composeRemovalStatement, composeStrikeReason, statementRecord } from '../domain/statement-of-reasons';
import { claimsVisibleTo } from './claims';
import { marketplaceOrganisationFor } from './organisations';
import { issueStrike } from './enforcement';
import { takeListingDown } from './listing-removal';
import { readPolicy } from './policy';
import { countingStrikes } from './stores';

/** Who acts: the signed-in user (the fields the data layer needs). */
export type ItemActor = Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'name'>;

export const actorOf = (user: ItemActor): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

export type ClaimItemRefusal = ItemRefusal | { violation: 'notFound' } | { violation: 'invalid'; problems: DecisionProblem[] } | { violation: 'queueEmpty' };

export type ClaimItemChange =
  | { ok: true; itemId: string; status: ClaimItemStatus; statementId?: string }
  | ({ ok: false } & ClaimItemRefusal);

const refuse = (refusal: ClaimItemRefusal): ClaimItemChange => ({ ok: false, ...refusal });

// ───────────────────────────── Reading one item ─────────────────────────────

function assertReviewer(viewer: { role: Role }): void {
  if (!can(viewer.role, 'claimItem.decide')) forbidden();
}

const reviewSelect = {
  id: true,
  status: true,
  version: true,
  infringementType: true,
  note: true,
  priority: true,
  dueAt: true,
  createdAt: true,
  expedited: true,
  expeditedAt: true,
  assignedAt: true,
  assignedReviewer: { select: { id: true, name: true } },
  removalReason: true,
  rejectionReason: true,
  decisionNote: true,
  removalRight: { select: { id: true, type: true, office: true, registrationNumber: true } },
  decidedBy: { select: { id: true, name: true } },
  decidedAt: true,
  infoRequest: true,
  infoRequestedAt: true,
  infoResponse: true,
  infoRespondedAt: true,
  slaPausedSeconds: true,
  statements: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { id: true, contestUntil: true } },
  listing: {
    select: {
      id: true,
      externalId: true,
      title: true,
      description: true,
      priceCents: true,
      currency: true,
      stockQuantity: true,
      imageUrls: true,
      url: true,
      status: true,
      removedAt: true,
      createdAt: true,
      brand: { select: { id: true, name: true } },
      store: {
        select: { id: true, name: true, slug: true, status: true, verificationStatus: true, country: true },
      },
    },
  },
  claim: {
    select: {
      id: true,
      reference: true,
      status: true,
      summary: true,
      goodFaithDeclared: true,
      accuracyDeclared: true,
      signatureName: true,
      signedAt: true,
      signedFromIp: true,
      submittedAt: true,
      dueAt: true,
      brand: {
        select: {
          id: true,
          name: true,
          tier: true,
          verificationStatus: true,
          isProtected: true,
          referencePrices: { select: { productLine: true, currency: true, amountCents: true } },
        },
      },
      filerOrganisation: { select: { id: true, name: true, kind: true } },
      filedBy: { select: { id: true, name: true } },
      rights: {
        select: {
          right: {
            select: {
              id: true,
              type: true,
              office: true,
              registrationNumber: true,
              jurisdiction: true,
              classes: true,
              ownerName: true,
              expiresAt: true,
              status: true,
            },
          },
        },
      },
    },
  },
} satisfies Prisma.ClaimItemSelect;

type ReviewRow = Prisma.ClaimItemGetPayload<{ select: typeof reviewSelect }>;

export interface ReviewRight {
  id: string;
  type: ReviewRow['claim']['rights'][number]['right']['type'];
  office: string;
  registrationNumber: string;
  jurisdiction: string;
  classes: number[];
  ownerName: string;
  expiresAt: Date | null;
  standing: RightStanding;
  /** Verified and unexpired now: a removal may rest on it. */
  usable: boolean;
}

export interface ReviewEvidence {
  id: string;
  kind: DocumentKind;
  description: string | null;
  /** True when it was attached to this listing; false when it is the whole claim's. */
  forThisItem: boolean;
  document: { id: string; fileName: string; mimeType: string; sizeBytes: number; confidential: boolean; createdAt: Date };
}

export interface SiblingItem {
  id: string;
  status: ClaimItemStatus;
  infringementType: ReviewRow['infringementType'];
  listing: { title: string; externalId: string; store: { name: string } };
}

export interface ClaimItemReview extends Omit<ReviewRow, 'claim' | 'statements'> {
  claim: Omit<ReviewRow['claim'], 'rights'> & { rights: ReviewRight[] };
  statement: { id: string; contestUntil: Date | null } | null;
  store: { activeStrikes: number };
  referencePrice: ReferencePrice | null;
  /** The listing's price as a percentage of the reference price. */
  priceShare: number | null;
  evidence: ReviewEvidence[];
  siblings: SiblingItem[];
}

/**
 * Everything a reviewer needs beside the decision form. Reviewers are marketplace staff and
 * see every organisation's filed claims (403 for anyone else); a draft is nobody's business
 * until filed, so it reads as not found.
 */
export async function getClaimItemForReview(viewer: { role: Role }, itemId: string, now = new Date()): Promise<ClaimItemReview | null> {
  assertReviewer(viewer);
  const prisma = await db();
  const row = await prisma.claimItem.findFirst({
    where: { id: itemId, claim: { status: { not: 'DRAFT' } } },
    select: reviewSelect,
  });
  if (!row) return null;
  const [activeStrikes, evidence, siblings] = await Promise.all([
    prisma.strike.count({ where: { storeId: row.listing.store.id, ...countingStrikes(now) } }),
    prisma.claimEvidence.findMany({
      where: { claimId: row.claim.id, OR: [{ claimItemId: null }, { claimItemId: row.id }] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        kind: true,
        description: true,
        claimItemId: true,
        document: { select: { id: true, fileName: true, mimeType: true, sizeBytes: true, confidential: true, createdAt: true } },
      },
    }),
    prisma.claimItem.findMany({
      where: { claimId: row.claim.id, id: { not: row.id } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        status: true,
        infringementType: true,
        listing: { select: { title: true, externalId: true, store: { select: { name: true } } } },
      },
    }),
  ]);
  const { statements, claim, ...item } = row;
  const referencePrice = referencePriceFor(row.listing.title, row.listing.currency, claim.brand.referencePrices);
  return {
    ...item,
    claim: {
      ...claim,
      rights: claim.rights.map(({ right }) => ({
        ...right,
        standing: rightStanding(right, now),
        usable: canCarryClaim(right, now),
      })),
    },
    statement: statements[0] ?? null,
    store: { activeStrikes },
    referencePrice,
    priceShare: shareOfReference(row.listing.priceCents, referencePrice),
    evidence: evidence.map(({ claimItemId, ...e }) => ({ ...e, forThisItem: claimItemId === row.id })),
    siblings,
  };
}

// ───────────────────────────── Shared parts of every change ─────────────────────────────

const lockSelect = {
  id: true,
  claimId: true,
  status: true,
  version: true,
  assignedReviewerId: true,
  assignedReviewer: { select: { name: true } },
  decidedBy: { select: { name: true } },
  claim: { select: { status: true } },
} satisfies Prisma.ClaimItemSelect;

type LockRow = Prisma.ClaimItemGetPayload<{ select: typeof lockSelect }>;

function lockFacts(row: LockRow) {
  return {
    status: row.status,
    version: row.version,
    assignedReviewerId: row.assignedReviewerId,
    assigneeName: row.assignedReviewer?.name ?? null,
    deciderName: row.decidedBy?.name ?? null,
  };
}

/** The item as it stands (inside the transaction), or null when it is not a filed claim's. */
async function readLock(tx: Tx, itemId: string): Promise<LockRow | null> {
  const row = await tx.claimItem.findUnique({ where: { id: itemId }, select: lockSelect });
  // A draft's items are not before anyone yet; a withdrawn claim's items are WITHDRAWN
  // themselves, and the state machine refuses every reviewer event on them.
  if (!row || row.claim.status === 'DRAFT') return null;
  return row;
}

/** Thrown inside a transaction to roll it back and answer with a refusal. */
export class Refused extends Error {
  constructor(readonly refusal: ClaimItemRefusal) {
    super(refusal.violation);
  }
}

/**
 * The guarded update: only from the version this transaction read. Zero rows means another
 * transaction changed the item first (on PostgreSQL the row lock makes this one wait and
 * then see the winner); the winner's state, read again, says what to tell the user.
 */
async function updateFromVersion(tx: Tx, row: LockRow, event: ClaimItemEvent, actor: ItemActor, data: Prisma.ClaimItemUncheckedUpdateManyInput) {
  const { count } = await tx.claimItem.updateMany({
    where: { id: row.id, version: row.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const now = await readLock(tx, row.id);
  const refusal = now ? itemChangeRefusal(lockFacts(now), event, actor, row.version) : null;
  throw new Refused(refusal ?? { violation: 'changed' });
}

/** The claim's status from its items, after a change to one of them (the claim row locked first). */
export async function refreshClaimStatus(tx: Tx, claimId: string): Promise<{ before: string; after: string }> {
  await tx.$queryRaw`SELECT "id" FROM "Claim" WHERE "id" = ${claimId} FOR UPDATE`;
  // One query after another: a transaction is one connection.
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true } });
  const items = await tx.claimItem.findMany({ where: { claimId }, select: { status: true } });
  if (claim.status === 'DRAFT') return { before: claim.status, after: claim.status };
  const next = deriveClaimStatus(items.map((i) => i.status));
  if (next !== claim.status) await tx.claim.update({ where: { id: claimId }, data: { status: next } });
  return { before: claim.status, after: next };
}

async function inTransaction(run: (tx: Tx) => Promise<ClaimItemChange>): Promise<ClaimItemChange> {
  const prisma = await db();
  try {
    return await prisma.$transaction(run);
  } catch (error) {
    if (error instanceof Refused) return refuse(error.refusal);
    throw error;
  }
}

/** Reads and checks the item for one event; throws Refused when it may not happen. */
async function lockFor(tx: Tx, itemId: string, event: ClaimItemEvent, actor: ItemActor, formVersion: number | null): Promise<LockRow> {
  const row = await readLock(tx, itemId);
  if (!row) throw new Refused({ violation: 'notFound' });
  const refusal = itemChangeRefusal(lockFacts(row), event, actor, formVersion);
  if (refusal) throw new Refused(refusal);
  return row;
}

/** Where the brand follows a claim: its own page, with every item's status and reasons. */
export const brandClaimLink = (claimId: string): string => `/brand/claims/${claimId}`;

/** The brand side of a claim: the organisation that filed it and, when an agency did, the brand's owner. */
export function brandOrganisations(claim: { filerOrganisationId: string; brand: { ownerOrganisationId: string } }): string[] {
  return [...new Set([claim.filerOrganisationId, claim.brand.ownerOrganisationId])];
}

/** What a notification about an item names: the listing and the claim. */
function noticeFacts(tx: Tx, itemId: string) {
  return tx.claimItem.findUniqueOrThrow({
    where: { id: itemId },
    select: {
      listing: { select: { title: true } },
      claim: { select: { id: true, reference: true, filerOrganisationId: true, brand: { select: { name: true, ownerOrganisationId: true } } } },
    },
  });
}

function mayDecide(actor: ItemActor): boolean {
  return can(actor.role, 'claimItem.decide');
}

// ───────────────────────────── Taking and releasing ─────────────────────────────

/** PENDING → IN_REVIEW, assigned to the reviewer. Taking an item one already holds changes nothing. */
export async function takeClaimItem(actor: ItemActor, itemId: string, version: number, meta?: RequestMeta): Promise<ClaimItemChange> {
  if (!mayDecide(actor)) return refuse({ violation: 'forbidden' });
  return inTransaction(async (tx) => {
    const current = await readLock(tx, itemId);
    if (current?.status === 'IN_REVIEW' && current.assignedReviewerId === actor.id) return { ok: true, itemId, status: current.status };
    const row = await lockFor(tx, itemId, 'take', actor, version);
    return take(tx, row, actor, meta);
  });
}

async function take(tx: Tx, row: LockRow, actor: ItemActor, meta: RequestMeta | undefined, via: 'item' | 'next' = 'item'): Promise<ClaimItemChange> {
  const now = new Date();
  await updateFromVersion(tx, row, 'take', actor, { status: 'IN_REVIEW', assignedReviewerId: actor.id, assignedAt: now });
  const claimStatus = await refreshClaimStatus(tx, row.claimId);
  await recordAudit(tx, {
    actor: actorOf(actor),
    action: 'claimItem.take',
    objectType: 'claimItem',
    objectId: row.id,
    before: { status: row.status, assignedReviewerId: row.assignedReviewerId, version: row.version },
    after: { status: 'IN_REVIEW', assignedReviewerId: actor.id, version: row.version + 1, takeNext: via === 'next', claimStatus: claimStatus.after },
    ...(meta ? { meta } : {}),
  });
  return { ok: true, itemId: row.id, status: 'IN_REVIEW' };
}

/**
 * IN_REVIEW → PENDING: back in the queue for anyone. Any reviewer may release an item, so
 * one left taken by someone who went home never stays locked; the audit says who did.
 */
export async function releaseClaimItem(actor: ItemActor, itemId: string, version: number, meta?: RequestMeta): Promise<ClaimItemChange> {
  if (!mayDecide(actor)) return refuse({ violation: 'forbidden' });
  return inTransaction(async (tx) => {
    const row = await lockFor(tx, itemId, 'release', actor, version);
    await updateFromVersion(tx, row, 'release', actor, { status: 'PENDING', assignedReviewerId: null, assignedAt: null });
    const claimStatus = await refreshClaimStatus(tx, row.claimId);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claimItem.release',
      objectType: 'claimItem',
      objectId: row.id,
      before: { status: row.status, assignedReviewerId: row.assignedReviewerId, version: row.version },
      after: { status: 'PENDING', assignedReviewerId: null, version: row.version + 1, claimStatus: claimStatus.after },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, itemId: row.id, status: 'PENDING' };
  });
}

/**
 * Takes the first PENDING item of the queue (queue order: lib/domain/queue.ts). The row is
 * picked with FOR UPDATE SKIP LOCKED, so reviewers pressing "take next" at the same moment
 * each get a different item instead of queueing behind one another's lock.
 */
export async function takeNextClaimItem(actor: ItemActor, meta?: RequestMeta): Promise<ClaimItemChange> {
  if (!mayDecide(actor)) return refuse({ violation: 'forbidden' });
  return inTransaction(async (tx) => {
    const picked = await tx.$queryRaw<{ id: string }[]>`
      SELECT q."id" FROM "ClaimItem" q
      JOIN "Claim" c ON c."id" = q."claimId"
      WHERE q."status" = 'PENDING' AND c."status" NOT IN ('DRAFT', 'WITHDRAWN')
      ORDER BY q."priority" DESC, q."dueAt" ASC NULLS LAST, q."createdAt" ASC, q."id" ASC
      LIMIT 1
      FOR UPDATE OF q SKIP LOCKED`;
    const id = picked[0]?.id;
    if (!id) return refuse({ violation: 'queueEmpty' });
    const row = await lockFor(tx, id, 'take', actor, null);
    return take(tx, row, actor, meta, 'next');
  });
}

// ───────────────────────────── Decisions ─────────────────────────────

export interface RemoveInput {
  itemId: string;
  version: number;
  removalReason: RemovalReason;
  rightId: string;
  note: string | null;
}

/**
 * Removal, with every effect in one transaction: the item decided, the listing REMOVED
 * (out of the catalogue), a strike on the store, the statement of reasons (DSA Art 17) for
 * the seller, the claim's status, the audit event. Any failure leaves none of them.
 */
export async function removeClaimItem(actor: ItemActor, input: RemoveInput, meta?: RequestMeta): Promise<ClaimItemChange> {
  if (!mayDecide(actor)) return refuse({ violation: 'forbidden' });
  return inTransaction(async (tx) => {
    const row = await lockFor(tx, input.itemId, 'remove', actor, input.version);
    const now = new Date();
    const item = await tx.claimItem.findUniqueOrThrow({
      where: { id: row.id },
      select: {
        infringementType: true,
        note: true,
        listing: { select: { id: true, externalId: true, title: true, status: true, removedAt: true, store: { select: { id: true, name: true, sellerOrganisationId: true } } } },
        claim: {
          select: {
            id: true,
            reference: true,
            submittedAt: true,
            summary: true,
            filerOrganisationId: true,
            brand: { select: { name: true, ownerOrganisationId: true } },
            filerOrganisation: { select: { name: true } },
            rights: { select: { right: true } },
            evidence: {
              where: { OR: [{ claimItemId: null }, { claimItemId: row.id }] },
              orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
              select: { kind: true, document: { select: { fileName: true, confidential: true } } },
            },
          },
        },
      },
    });
    const usableRights = item.claim.rights.map((r) => r.right).filter((right) => canCarryClaim(right, now));
    const problems = decisionProblems(
      { kind: 'remove', removalReason: input.removalReason, rightId: input.rightId, ...(input.note ? { note: input.note } : {}) },
      usableRights.map((r) => r.id),
    );
    if (problems.length) throw new Refused({ violation: 'invalid', problems });
    const right = usableRights.find((r) => r.id === input.rightId)!;

    await updateFromVersion(tx, row, 'remove', actor, {
      status: 'REMOVED',
      removalReason: input.removalReason,
      removalRightId: right.id,
      decisionNote: input.note,
      decidedById: actor.id,
      decidedAt: now,
      assignedReviewerId: actor.id,
      ...(row.assignedReviewerId === actor.id ? {} : { assignedAt: now }),
    });

    // The listing leaves the catalogue (it may already be down for another claim: then it stays down as it was).
    const listingWasActive = await takeListingDown(tx, item.listing, now);

    const policy = await readPolicy(tx);
    const marketplace = await marketplaceOrganisationFor(tx, actor);
    const facts = {
      marketplaceName: marketplace?.name ?? actor.organisationId,
      removedAt: now,
      automated: false,
      listing: { externalId: item.listing.externalId, title: item.listing.title },
      store: { name: item.listing.store.name },
      claim: {
        reference: item.claim.reference,
        submittedAt: item.claim.submittedAt,
        summary: item.claim.summary,
        brandName: item.claim.brand.name,
        filerName: item.claim.filerOrganisation.name,
      },
      item: { infringementType: item.infringementType, note: item.note },
      decision: { removalReason: input.removalReason, note: input.note },
      right,
      evidence: item.claim.evidence.map((e) => ({ kind: e.kind, fileName: e.document.fileName, confidential: e.document.confidential })),
    };
    // The seller learns of the strike from the removal's own notice (the statement below).
    const strike = await issueStrike(tx, {
      storeId: item.listing.store.id,
      source: 'CLAIM_ITEM',
      claimItemId: row.id,
      reason: composeStrikeReason(facts),
      actor: actorOf(actor),
      now,
      policy,
      ...(meta ? { meta } : {}),
    });
    const statement = await tx.statementOfReasons.create({
      data: {
        storeId: item.listing.store.id,
        listingId: item.listing.id,
        claimItemId: row.id,
        ...statementRecord(composeRemovalStatement(facts, policy)),
        createdAt: now,
      },
      select: { id: true, contestUntil: true },
    });
    const claimStatus = await refreshClaimStatus(tx, row.claimId);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claimItem.remove',
      objectType: 'claimItem',
      objectId: row.id,
      before: { status: row.status, version: row.version, listingStatus: item.listing.status },
      after: {
        status: 'REMOVED',
        version: row.version + 1,
        removalReason: input.removalReason,
        removalRightId: right.id,
        note: input.note,
        listingStatus: 'REMOVED',
        listingRemovedNow: listingWasActive,
        strikeId: strike.id,
        strikeExpiresAt: strike.expiresAt.toISOString(),
        closureProposalId: strike.proposalId,
        statementId: statement.id,
        contestUntil: statement.contestUntil?.toISOString() ?? null,
        claimStatus: claimStatus.after,
      },
      ...(meta ? { meta } : {}),
    });
    // The seller gets the statement of reasons; the brand (the filer, and the owner when an
    // agency filed) the outcome. Written here, so nobody is told of a removal that rolled back.
    if (item.listing.store.sellerOrganisationId) {
      await notify(tx, {
        type: 'claimItemRemoved',
        params: {
          listingTitle: item.listing.title,
          storeName: item.listing.store.name,
          claimReference: item.claim.reference,
          contestBy: statement.contestUntil ?? now,
        },
        link: `/seller/statements/${statement.id}`,
        recipients: { organisationIds: [item.listing.store.sellerOrganisationId] },
      });
    }
    await notify(tx, {
      type: 'claimItemDecided',
      params: { listingTitle: item.listing.title, claimReference: item.claim.reference, outcome: 'removed', reason: input.removalReason },
      link: brandClaimLink(item.claim.id),
      recipients: { organisationIds: brandOrganisations(item.claim) },
    });
    return { ok: true, itemId: row.id, status: 'REMOVED', statementId: statement.id };
  });
}

export interface RejectInput {
  itemId: string;
  version: number;
  rejectionReason: RejectionReason;
  note: string | null;
}

/** Rejection: the listing stays as it is; the brand is told why. */
export async function rejectClaimItem(actor: ItemActor, input: RejectInput, meta?: RequestMeta): Promise<ClaimItemChange> {
  if (!mayDecide(actor)) return refuse({ violation: 'forbidden' });
  return inTransaction(async (tx) => {
    const row = await lockFor(tx, input.itemId, 'reject', actor, input.version);
    const problems = decisionProblems({ kind: 'reject', rejectionReason: input.rejectionReason, ...(input.note ? { note: input.note } : {}) }, []);
    if (problems.length) throw new Refused({ violation: 'invalid', problems });
    const now = new Date();
    const facts = await noticeFacts(tx, row.id);
    await updateFromVersion(tx, row, 'reject', actor, {
      status: 'REJECTED',
      rejectionReason: input.rejectionReason,
      decisionNote: input.note,
      decidedById: actor.id,
      decidedAt: now,
      assignedReviewerId: actor.id,
      ...(row.assignedReviewerId === actor.id ? {} : { assignedAt: now }),
    });
    const claimStatus = await refreshClaimStatus(tx, row.claimId);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claimItem.reject',
      objectType: 'claimItem',
      objectId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: 'REJECTED', version: row.version + 1, rejectionReason: input.rejectionReason, note: input.note, claimStatus: claimStatus.after },
      ...(meta ? { meta } : {}),
    });
    await notify(tx, {
      type: 'claimItemDecided',
      params: { listingTitle: facts.listing.title, claimReference: facts.claim.reference, outcome: 'rejected', reason: input.rejectionReason },
      link: brandClaimLink(facts.claim.id),
      recipients: { organisationIds: brandOrganisations(facts.claim) },
    });
    return { ok: true, itemId: row.id, status: 'REJECTED' };
  });
}

export interface RequestInfoInput {
  itemId: string;
  version: number;
  message: string;
}

/**
 * Back to the brand with a question; the SLA clock stops (infoRequestedAt) until the brand
 * answers. The item stays with the reviewer who asked, so the page can say who is waiting.
 */
export async function requestClaimItemInfo(actor: ItemActor, input: RequestInfoInput, meta?: RequestMeta): Promise<ClaimItemChange> {
  if (!mayDecide(actor)) return refuse({ violation: 'forbidden' });
  return inTransaction(async (tx) => {
    const row = await lockFor(tx, input.itemId, 'requestInfo', actor, input.version);
    const problems = decisionProblems({ kind: 'requestInfo', message: input.message }, []);
    if (problems.length) throw new Refused({ violation: 'invalid', problems });
    const now = new Date();
    const facts = await noticeFacts(tx, row.id);
    await updateFromVersion(tx, row, 'requestInfo', actor, {
      status: 'INFO_REQUESTED',
      infoRequest: input.message.trim(),
      infoRequestedAt: now,
      infoResponse: null,
      infoRespondedAt: null,
      assignedReviewerId: actor.id,
      ...(row.assignedReviewerId === actor.id ? {} : { assignedAt: now }),
    });
    const claimStatus = await refreshClaimStatus(tx, row.claimId);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claimItem.requestInfo',
      objectType: 'claimItem',
      objectId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: 'INFO_REQUESTED', version: row.version + 1, message: input.message.trim(), claimStatus: claimStatus.after },
      ...(meta ? { meta } : {}),
    });
    await notify(tx, {
      type: 'infoRequested',
      params: { listingTitle: facts.listing.title, claimReference: facts.claim.reference },
      link: brandClaimLink(facts.claim.id),
      recipients: { organisationIds: brandOrganisations(facts.claim) },
    });
    return { ok: true, itemId: row.id, status: 'INFO_REQUESTED' };
  });
}

/**
 * The brand answers a request for information: the item goes back to the queue (PENDING,
 * unassigned) and the SLA clock resumes — the due time moves on by the time the brand took
 * (lib/domain/deadlines.ts resumeSla). Only an organisation that sees the claim (its filer,
 * or the brand's owner) may answer; any other reads as not found.
 */
export async function provideClaimItemInfo(
  actor: ItemActor,
  itemId: string,
  answer: string,
  meta?: RequestMeta,
  now = new Date(),
): Promise<ClaimItemChange> {
  if (!can(actor.role, 'claimItem.answerInfo')) return refuse({ violation: 'forbidden' });
  return inTransaction(async (tx) => {
    const visible = await tx.claimItem.findFirst({
      where: { id: itemId, claim: { AND: [claimsVisibleTo(actor.organisationId), { status: { not: 'DRAFT' } }] } },
      select: { id: true, dueAt: true, slaPausedSeconds: true, infoRequestedAt: true },
    });
    if (!visible) throw new Refused({ violation: 'notFound' });
    const row = await lockFor(tx, itemId, 'provideInfo', actor, null);
    const text = answer.trim();
    if (!text) throw new Refused({ violation: 'invalid', problems: [{ field: 'message', key: 'required' }] });
    const clock = resumeSla(visible, now);
    const facts = await noticeFacts(tx, row.id);
    await updateFromVersion(tx, row, 'provideInfo', actor, {
      status: 'PENDING',
      infoResponse: text,
      infoRespondedAt: now,
      dueAt: clock.dueAt,
      slaPausedSeconds: clock.slaPausedSeconds,
      assignedReviewerId: null,
      assignedAt: null,
    });
    const claimStatus = await refreshClaimStatus(tx, row.claimId);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claimItem.provideInfo',
      objectType: 'claimItem',
      objectId: row.id,
      before: { status: row.status, version: row.version, dueAt: visible.dueAt?.toISOString() ?? null, slaPausedSeconds: visible.slaPausedSeconds },
      after: {
        status: 'PENDING',
        version: row.version + 1,
        answer: text,
        dueAt: clock.dueAt?.toISOString() ?? null,
        slaPausedSeconds: clock.slaPausedSeconds,
        claimStatus: claimStatus.after,
      },
      ...(meta ? { meta } : {}),
    });
    // The reviewer who asked is told the item is back in the queue.
    if (row.assignedReviewerId) {
      await notify(tx, {
        type: 'infoProvided',
        params: { listingTitle: facts.listing.title, claimReference: facts.claim.reference, brandName: facts.claim.brand.name },
        link: `/review/items/${row.id}`,
        recipients: { userIds: [row.assignedReviewerId] },
      });
    }
    return { ok: true, itemId: row.id, status: 'PENDING' };
  });
}
