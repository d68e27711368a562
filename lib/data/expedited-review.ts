// The reviewer's side of expedited removals (journey 5): a takedown made at filing for a trusted
// brand (lib/data/expedited-removal.ts) waits — REMOVED, expeditedAt set, decidedById NULL — for
// a person to confirm it (the decision a normal removal makes, and the strike it brings) or
// overturn it (the item REJECTED, the listing back, the brand's accuracy lower). Both updates
// say `where: { id, version, decidedById: null }`, so of two reviewers deciding at once one
// wins and the other is told the takedown was already decided.
import 'server-only';
import { db, type Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { RejectionReason, RemovalReason, Role } from '../generated/prisma/enums';
import { can } from '../authz/policy';
import { recordAudit } from '../audit';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { claimItemTransition, decisionProblems } from '../domain/claim-item';
import { canCarryClaim } from '../domain/rights';
import { composeStrikeReason } from '../domain/statement-of-reasons';
import { Refused, actorOf, brandClaimLink, brandOrganisations, refreshClaimStatus, type ClaimItemChange, type ItemActor } from './claim-items';
import { issueStrike } from './enforcement';
import { readPolicy } from './policy';
import { reverseRemovalEffects } from './removal-reversal';

/** An expedited takedown no reviewer has decided yet, as a where clause. */
export const AWAITING_REVIEW = { status: 'REMOVED', expedited: true, expeditedAt: { not: null }, decidedById: null } satisfies Prisma.ClaimItemWhereInput;

export interface ExpeditedRow {
  id: string;
  expeditedAt: Date;
  listing: { title: string; externalId: string; store: { name: string } };
  claim: { id: string; reference: string; brand: { name: string } };
}

/** Expedited takedowns awaiting a reviewer, oldest first, and how many there are (reviewers only). */
export async function expeditedAwaitingReview(viewer: { role: Role }, limit = 20): Promise<{ total: number; rows: ExpeditedRow[] }> {
  if (!can(viewer.role, 'expedited.review')) return { total: 0, rows: [] };
  const prisma = await db();
  const [total, rows] = await Promise.all([
    prisma.claimItem.count({ where: AWAITING_REVIEW }),
    prisma.claimItem.findMany({
      where: AWAITING_REVIEW,
      orderBy: [{ expeditedAt: 'asc' }, { id: 'asc' }],
      take: limit,
      select: {
        id: true,
        expeditedAt: true,
        listing: { select: { title: true, externalId: true, store: { select: { name: true } } } },
        claim: { select: { id: true, reference: true, brand: { select: { name: true } } } },
      },
    }),
  ]);
  return { total, rows: rows.map((r) => ({ ...r, expeditedAt: r.expeditedAt! })) };
}

export interface ConfirmExpeditedInput {
  itemId: string;
  version: number;
  removalReason: RemovalReason;
  rightId: string;
  note: string | null;
}

export interface OverturnExpeditedInput {
  itemId: string;
  version: number;
  rejectionReason: RejectionReason;
  note: string;
}

const itemSelect = {
  id: true,
  claimId: true,
  status: true,
  version: true,
  expedited: true,
  expeditedAt: true,
  decidedById: true,
  assignedReviewerId: true,
  decidedBy: { select: { name: true } },
  listing: { select: { id: true, externalId: true, title: true, store: { select: { id: true, name: true, sellerOrganisationId: true } } } },
  claim: {
    select: {
      id: true,
      reference: true,
      filerOrganisationId: true,
      brand: { select: { name: true, ownerOrganisationId: true } },
      rights: { select: { right: true } },
    },
  },
} satisfies Prisma.ClaimItemSelect;

type ExpeditedItem = Prisma.ClaimItemGetPayload<{ select: typeof itemSelect }>;

/** The item, checked for the event: an undecided expedited takedown at the form's version. */
async function lockExpedited(tx: Tx, itemId: string, event: 'confirmExpedited' | 'overturnExpedited', actor: ItemActor, version: number): Promise<ExpeditedItem> {
  const item = await tx.claimItem.findFirst({ where: { id: itemId, expedited: true, expeditedAt: { not: null } }, select: itemSelect });
  if (!item) throw new Refused({ violation: 'notFound' });
  const transition = claimItemTransition(item.status, event, actor.role);
  if (!transition.ok && transition.reason === 'notAllowedForRole') throw new Refused({ violation: 'forbidden' });
  if (!transition.ok || item.decidedById !== null) throw new Refused({ violation: 'alreadyDecided', status: item.status, by: item.decidedBy?.name ?? null });
  if (item.version !== version) throw new Refused({ violation: 'changed' });
  return item;
}

/** The guarded update; zero rows: another reviewer decided first (their decision is what we report). */
async function updateUndecided(tx: Tx, item: ExpeditedItem, data: Prisma.ClaimItemUncheckedUpdateManyInput): Promise<void> {
  const { count } = await tx.claimItem.updateMany({
    where: { id: item.id, version: item.version, status: 'REMOVED', decidedById: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const now = await tx.claimItem.findUniqueOrThrow({ where: { id: item.id }, select: { status: true, decidedBy: { select: { name: true } } } });
  throw new Refused({ violation: 'alreadyDecided', status: now.status, by: now.decidedBy?.name ?? null });
}

async function inTransaction(run: (tx: Tx) => Promise<ClaimItemChange>): Promise<ClaimItemChange> {
  const prisma = await db();
  try {
    return await prisma.$transaction(run);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    throw error;
  }
}

/**
 * Confirms an expedited takedown: the decision a reviewer's removal makes (reason, right,
 * decider), and the strike the takedown held back. The listing is already down; the seller's
 * statement of reasons was given at the takedown.
 */
export async function confirmExpeditedRemoval(actor: ItemActor, input: ConfirmExpeditedInput, meta?: RequestMeta): Promise<ClaimItemChange> {
  if (!can(actor.role, 'expedited.review')) return { ok: false, violation: 'forbidden' };
  return inTransaction(async (tx) => {
    const item = await lockExpedited(tx, input.itemId, 'confirmExpedited', actor, input.version);
    const now = new Date();
    const usableRights = item.claim.rights.map((r) => r.right).filter((right) => canCarryClaim(right, now));
    const problems = decisionProblems(
      { kind: 'remove', removalReason: input.removalReason, rightId: input.rightId, ...(input.note ? { note: input.note } : {}) },
      usableRights.map((r) => r.id),
    );
    if (problems.length) throw new Refused({ violation: 'invalid', problems });
    await updateUndecided(tx, item, {
      removalReason: input.removalReason,
      removalRightId: input.rightId,
      decisionNote: input.note,
      decidedById: actor.id,
      decidedAt: now,
      assignedReviewerId: actor.id,
      assignedAt: now,
    });
    const policy = await readPolicy(tx);
    const strike = await issueStrike(tx, {
      storeId: item.listing.store.id,
      source: 'CLAIM_ITEM',
      claimItemId: item.id,
      reason: composeStrikeReason({
        listing: { externalId: item.listing.externalId, title: item.listing.title },
        claim: { reference: item.claim.reference, submittedAt: null, summary: null, brandName: item.claim.brand.name, filerName: '' },
        decision: { removalReason: input.removalReason, note: input.note },
      }),
      actor: actorOf(actor),
      now,
      policy,
      notifySeller: true,
      ...(meta ? { meta } : {}),
    });
    const claimStatus = await refreshClaimStatus(tx, item.claimId);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claimItem.confirmExpedited',
      objectType: 'claimItem',
      objectId: item.id,
      before: { status: item.status, version: item.version, expeditedAt: item.expeditedAt?.toISOString() ?? null, decidedById: null },
      after: {
        status: 'REMOVED',
        version: item.version + 1,
        removalReason: input.removalReason,
        removalRightId: input.rightId,
        note: input.note,
        strikeId: strike.id,
        strikeExpiresAt: strike.expiresAt.toISOString(),
        closureProposalId: strike.proposalId,
        claimStatus: claimStatus.after,
      },
      ...(meta ? { meta } : {}),
    });
    await notify(tx, {
      type: 'claimItemDecided',
      params: { listingTitle: item.listing.title, claimReference: item.claim.reference, outcome: 'removed', reason: input.removalReason },
      link: brandClaimLink(item.claim.id),
      recipients: { organisationIds: brandOrganisations(item.claim) },
    });
    return { ok: true, itemId: item.id, status: 'REMOVED' };
  });
}

/**
 * Overturns an expedited takedown: the item is REJECTED (and counts against the brand as an
 * overturned removal), the listing comes back unless another removal holds it, the seller is
 * told its listing is back and the brand why.
 */
export async function overturnExpeditedRemoval(actor: ItemActor, input: OverturnExpeditedInput, meta?: RequestMeta): Promise<ClaimItemChange> {
  if (!can(actor.role, 'expedited.review')) return { ok: false, violation: 'forbidden' };
  return inTransaction(async (tx) => {
    const item = await lockExpedited(tx, input.itemId, 'overturnExpedited', actor, input.version);
    const note = input.note.trim();
    if (!note) throw new Refused({ violation: 'invalid', problems: [{ field: 'note', key: 'required' }] });
    const problems = decisionProblems({ kind: 'reject', rejectionReason: input.rejectionReason, note }, []);
    if (problems.length) throw new Refused({ violation: 'invalid', problems });
    const now = new Date();
    await updateUndecided(tx, item, {
      status: 'REJECTED',
      rejectionReason: input.rejectionReason,
      decisionNote: note,
      decidedById: actor.id,
      decidedAt: now,
      assignedReviewerId: actor.id,
      assignedAt: now,
    });
    const reversal = await reverseRemovalEffects(tx, { claimItemId: item.id, listingId: item.listing.id, now });
    const claimStatus = await refreshClaimStatus(tx, item.claimId);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claimItem.overturnExpedited',
      objectType: 'claimItem',
      objectId: item.id,
      before: { status: item.status, version: item.version, expeditedAt: item.expeditedAt?.toISOString() ?? null, listingStatus: 'REMOVED' },
      after: {
        status: 'REJECTED',
        version: item.version + 1,
        rejectionReason: input.rejectionReason,
        note,
        listingRestored: reversal.listingRestored,
        strikeIdsWithdrawn: reversal.strikeIdsWithdrawn,
        claimStatus: claimStatus.after,
      },
      ...(meta ? { meta } : {}),
    });
    if (item.listing.store.sellerOrganisationId) {
      await notify(tx, {
        type: 'listingRestoredAfterReview',
        params: { listingTitle: item.listing.title, claimReference: item.claim.reference },
        link: `/seller/stores/${item.listing.store.id}`,
        recipients: { organisationIds: [item.listing.store.sellerOrganisationId] },
      });
    }
    await notify(tx, {
      type: 'expeditedRemovalOverturned',
      params: { listingTitle: item.listing.title, claimReference: item.claim.reference, reason: note },
      link: brandClaimLink(item.claim.id),
      recipients: { organisationIds: brandOrganisations(item.claim) },
    });
    return { ok: true, itemId: item.id, status: 'REJECTED' };
  });
}
