// The brand withdraws a claim item, or its whole claim, at any time before a final outcome.
// Each withdrawal is one transaction: the item(s), the claim's status, the reversal of a
// removal's effects (the listing back unless another removal holds it, the strike
// withdrawn), the audit events and the notifications move together or not at all.
//
// Racing a reviewer: every write to an item is guarded — one item by `where: { id, version }`,
// a whole claim by `where: { status: <the statuses being left> }` with the version bumped — so
// of a withdrawal and a decision on the same item exactly one stands. The loser re-reads the
// item and is told what happened ("already removed by …", "already withdrawn").
//
// Lock order is item(s) first, then the claim row (refreshClaimStatus), exactly as the
// reviewer's changes in lib/data/claim-items.ts take them, so the two never deadlock.
import 'server-only';
import { db, type Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { ClaimItemStatus } from '../generated/prisma/enums';
import { can } from '../authz/policy';
import { recordAudit } from '../audit';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { claimItemTransition } from '../domain/claim-item';
import { OPEN_WITHDRAWABLE_STATUSES, withdrawalReasonProblem } from '../domain/claim-withdrawal';
import { actorOf, Refused, refreshClaimStatus, type ClaimItemRefusal, type ItemActor } from './claim-items';
import { claimsVisibleTo } from './claims';
import { withdrawOpenCounterNotices } from './counter-notices';
import { reverseRemovalEffects } from './removal-reversal';

// A withdrawn removal leaves its open counter-notices nothing to contest: they close as
// WITHDRAWN in the same transaction (withdrawOpenCounterNotices, one audit event each).

export type WithdrawalRefusal = ClaimItemRefusal | { violation: 'nothingToWithdraw' };

export type ItemWithdrawal =
  | { ok: true; itemId: string; claimId: string; from: ClaimItemStatus; listingRestored: boolean; strikeIdsWithdrawn: string[] }
  | ({ ok: false } & WithdrawalRefusal);

export type ClaimWithdrawal =
  | { ok: true; claimId: string; withdrawn: Partial<Record<ClaimItemStatus, number>>; listingsRestored: number; strikesWithdrawn: number }
  | ({ ok: false } & WithdrawalRefusal);

async function inTransaction<T extends { ok: boolean }>(run: (tx: Tx) => Promise<T>): Promise<T | ({ ok: false } & WithdrawalRefusal)> {
  const prisma = await db();
  try {
    // Whole-claim withdrawals of many removed items do per-item reversal work.
    return await prisma.$transaction(run, { timeout: 120_000, maxWait: 20_000 });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    if (error instanceof WithdrawalRefused) return { ok: false, ...error.refusal };
    throw error;
  }
}

class WithdrawalRefused extends Error {
  constructor(readonly refusal: WithdrawalRefusal) {
    super(refusal.violation);
  }
}

const itemSelect = {
  id: true,
  claimId: true,
  status: true,
  version: true,
  assignedReviewerId: true,
  decidedBy: { select: { name: true } },
  listing: { select: { id: true, title: true, status: true, store: { select: { name: true, sellerOrganisationId: true } } } },
  claim: { select: { id: true, reference: true, status: true, brand: { select: { name: true } } } },
} satisfies Prisma.ClaimItemSelect;

type ItemRow = Prisma.ClaimItemGetPayload<{ select: typeof itemSelect }>;

/** Why this item cannot be withdrawn as it now stands (null: it can). */
function itemRefusal(item: Pick<ItemRow, 'status' | 'version' | 'decidedBy'>, formVersion: number | null): WithdrawalRefusal | null {
  const transition = claimItemTransition(item.status, 'withdraw', 'BRAND_AGENT');
  if (!transition.ok) {
    if (item.status === 'WITHDRAWN') return { violation: 'withdrawn' };
    return { violation: 'alreadyDecided', status: item.status, by: item.decidedBy?.name ?? null };
  }
  if (formVersion !== null && formVersion !== item.version) {
    // The brand decided on what the page showed; a reviewer has changed it since. Say what stands.
    if (item.status === 'REMOVED') return { violation: 'alreadyDecided', status: item.status, by: item.decidedBy?.name ?? null };
    return { violation: 'changed' };
  }
  return null;
}

function checkReason(reason: string): string {
  const text = reason.trim();
  const problem = withdrawalReasonProblem(text);
  if (problem) throw new WithdrawalRefused({ violation: 'invalid', problems: [{ field: 'note', key: problem }] });
  return text;
}

export interface WithdrawItemInput {
  itemId: string;
  /** The item's version the page showed: a withdrawal over a decision made since is refused. */
  version: number;
  reason: string;
}

/**
 * Withdraws one item of a filed claim the caller's organisation sees (its filer, or the
 * brand's owner when an agency filed). From a removal, the listing comes back (unless
 * another removal holds it) and the strike is withdrawn; the seller is told. The reviewer
 * the item is assigned to is told it has left their desk.
 */
export async function withdrawClaimItem(actor: ItemActor, input: WithdrawItemInput, meta?: RequestMeta, now = new Date()): Promise<ItemWithdrawal> {
  if (!can(actor.role, 'claim.withdraw')) return { ok: false, violation: 'forbidden' };
  return inTransaction(async (tx) => {
    const row = await tx.claimItem.findFirst({
      where: { id: input.itemId, claim: { AND: [claimsVisibleTo(actor.organisationId), { status: { not: 'DRAFT' } }] } },
      select: itemSelect,
    });
    if (!row) throw new WithdrawalRefused({ violation: 'notFound' });
    const refusal = itemRefusal(row, input.version);
    if (refusal) throw new WithdrawalRefused(refusal);
    const reason = checkReason(input.reason);

    const { count } = await tx.claimItem.updateMany({
      where: { id: row.id, version: row.version },
      data: { status: 'WITHDRAWN', withdrawnAt: now, version: { increment: 1 } },
    });
    if (count !== 1) {
      // Someone changed it between our read and our write: tell the brand what won.
      const current = await tx.claimItem.findUniqueOrThrow({ where: { id: row.id }, select: itemSelect });
      throw new WithdrawalRefused(itemRefusal(current, row.version) ?? { violation: 'changed' });
    }
    const reversal = row.status === 'REMOVED' ? await reverseRemovalEffects(tx, { claimItemId: row.id, listingId: row.listing.id, now }) : null;
    const counterNoticesClosed = row.status === 'REMOVED' ? (await withdrawOpenCounterNotices(tx, { claimItemIds: [row.id], actor: actorOf(actor), now })).length : 0;
    const claimStatus = await refreshClaimStatus(tx, row.claimId);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claimItem.withdraw',
      objectType: 'claimItem',
      objectId: row.id,
      before: { status: row.status, version: row.version, listingStatus: row.listing.status, claimStatus: claimStatus.before },
      after: {
        status: 'WITHDRAWN',
        version: row.version + 1,
        reason,
        listingStatus: reversal?.listingRestored ? 'RESTORED' : row.listing.status,
        ...(reversal ? { listingRestored: reversal.listingRestored, strikeIds: reversal.strikeIdsWithdrawn, counterNoticesClosed } : {}),
        claimStatus: claimStatus.after,
      },
      ...(meta ? { meta } : {}),
    });
    if (reversal && row.listing.store.sellerOrganisationId) {
      await notify(tx, {
        type: reversal.listingRestored ? 'claimItemWithdrawn' : 'claimItemWithdrawnListingHeld',
        params: { listingTitle: row.listing.title, brandName: row.claim.brand.name },
        link: '/seller',
        recipients: { organisationIds: [row.listing.store.sellerOrganisationId] },
      });
    }
    if (row.assignedReviewerId) {
      await notify(tx, {
        type: 'claimItemWithdrawnReviewer',
        params: { listingTitle: row.listing.title, claimReference: row.claim.reference, brandName: row.claim.brand.name },
        link: `/review/items/${row.id}`,
        recipients: { userIds: [row.assignedReviewerId] },
      });
    }
    return {
      ok: true as const,
      itemId: row.id,
      claimId: row.claimId,
      from: row.status,
      listingRestored: reversal?.listingRestored ?? false,
      strikeIdsWithdrawn: reversal?.strikeIdsWithdrawn ?? [],
    };
  });
}

export interface WithdrawClaimInput {
  claimId: string;
  reason: string;
}

/**
 * Withdraws a whole filed claim: Claim.withdrawnAt and withdrawalReason are set and every
 * item not yet final becomes WITHDRAWN. A claim may carry 10,000 items, so the open ones
 * (PENDING, IN_REVIEW, INFO_REQUESTED) move in one set-based update and are recorded in the
 * claim's audit event (counts per status); only REMOVED items get per-item work — the
 * reversal of their removal and their own `claimItem.withdraw` event. Items already
 * rejected or restored keep their outcome, so the claim's derived status may be DECIDED.
 */
export async function withdrawClaim(actor: ItemActor, input: WithdrawClaimInput, meta?: RequestMeta, now = new Date()): Promise<ClaimWithdrawal> {
  if (!can(actor.role, 'claim.withdraw')) return { ok: false, violation: 'forbidden' };
  return inTransaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { AND: [{ id: input.claimId }, claimsVisibleTo(actor.organisationId), { status: { not: 'DRAFT' } }] },
      select: { id: true, reference: true, withdrawnAt: true, brand: { select: { name: true } } },
    });
    if (!claim) throw new WithdrawalRefused({ violation: 'notFound' });
    if (claim.withdrawnAt) throw new WithdrawalRefused({ violation: 'withdrawn' });
    const reason = checkReason(input.reason);

    // Open items: one statement. RETURNING tells us, per item, what it was and who held it.
    // A row a reviewer is deciding right now is waited for and then re-checked against the
    // status condition, so a decision that commits first is never overwritten.
    const open = await tx.$queryRaw<{ status: ClaimItemStatus; assignedReviewerId: string | null }[]>`
      UPDATE "ClaimItem" AS i SET "status" = 'WITHDRAWN', "withdrawnAt" = ${now}, "version" = i."version" + 1, "updatedAt" = ${now}
      FROM (SELECT "id", "status" FROM "ClaimItem" WHERE "claimId" = ${claim.id}
            AND "status" IN (${Prisma.join(OPEN_WITHDRAWABLE_STATUSES.map((s) => Prisma.sql`${s}::"ClaimItemStatus"`))})
            FOR UPDATE) AS before
      WHERE i."id" = before."id" AND i."status" IN (${Prisma.join(OPEN_WITHDRAWABLE_STATUSES.map((s) => Prisma.sql`${s}::"ClaimItemStatus"`))})
      RETURNING before."status" AS "status", i."assignedReviewerId" AS "assignedReviewerId"`;

    // Removed items: set-based too, then each one's removal undone.
    const removed = await tx.$queryRaw<{ id: string; version: number; listingId: string; assignedReviewerId: string | null }[]>`
      UPDATE "ClaimItem" SET "status" = 'WITHDRAWN', "withdrawnAt" = ${now}, "version" = "version" + 1, "updatedAt" = ${now}
      WHERE "claimId" = ${claim.id} AND "status" = 'REMOVED'
      RETURNING "id", "version", "listingId", "assignedReviewerId"`;

    const withdrawn: Partial<Record<ClaimItemStatus, number>> = {};
    for (const row of open) withdrawn[row.status] = (withdrawn[row.status] ?? 0) + 1;
    if (removed.length) withdrawn.REMOVED = removed.length;
    if (open.length === 0 && removed.length === 0) {
      // Another withdrawal of this claim may have committed while we waited for its items.
      const current = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { withdrawnAt: true } });
      throw new WithdrawalRefused({ violation: current.withdrawnAt ? 'withdrawn' : 'nothingToWithdraw' });
    }

    // Now the claim row (after the items: the reviewer's lock order).
    const claimStatus = await refreshClaimStatus(tx, claim.id);
    const { count } = await tx.claim.updateMany({ where: { id: claim.id, withdrawnAt: null }, data: { withdrawnAt: now, withdrawalReason: reason } });
    if (count !== 1) throw new WithdrawalRefused({ violation: 'withdrawn' });

    // Per removed item: the listing back (unless another removal holds it), the strike withdrawn.
    const listings = removed.length
      ? await tx.listing.findMany({
          where: { id: { in: removed.map((r) => r.listingId) } },
          select: { id: true, title: true, status: true, store: { select: { id: true, name: true, sellerOrganisationId: true } } },
        })
      : [];
    const listingById = new Map(listings.map((l) => [l.id, l]));
    let listingsRestored = 0;
    let strikesWithdrawn = 0;
    const sellerStores = new Map<string, { name: string; sellerOrganisationId: string }>();
    for (const item of removed) {
      const listing = listingById.get(item.listingId)!;
      const reversal = await reverseRemovalEffects(tx, { claimItemId: item.id, listingId: item.listingId, now });
      if (reversal.listingRestored) listingsRestored += 1;
      strikesWithdrawn += reversal.strikeIdsWithdrawn.length;
      if (listing.store.sellerOrganisationId) sellerStores.set(listing.store.id, { name: listing.store.name, sellerOrganisationId: listing.store.sellerOrganisationId });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: 'claimItem.withdraw',
        objectType: 'claimItem',
        objectId: item.id,
        before: { status: 'REMOVED', version: item.version - 1, listingStatus: listing.status },
        after: {
          status: 'WITHDRAWN',
          version: item.version,
          reason,
          wholeClaim: true,
          listingStatus: reversal.listingRestored ? 'RESTORED' : listing.status,
          listingRestored: reversal.listingRestored,
          strikeIds: reversal.strikeIdsWithdrawn,
        },
        ...(meta ? { meta } : {}),
      });
    }

    const counterNoticesClosed = (
      await withdrawOpenCounterNotices(tx, { claimItemIds: removed.map((r) => r.id), actor: actorOf(actor), now })
    ).length;
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'claim.withdraw',
      objectType: 'claim',
      objectId: claim.id,
      before: { status: claimStatus.before, withdrawnAt: null },
      after: {
        status: claimStatus.after,
        withdrawnAt: now.toISOString(),
        reason,
        itemsWithdrawn: withdrawn,
        listingsRestored,
        strikesWithdrawn,
        counterNoticesClosed,
      },
      ...(meta ? { meta } : {}),
    });

    // One notice per store whose listings came back, one per reviewer who held items.
    for (const store of sellerStores.values()) {
      await notify(tx, {
        type: 'claimWithdrawn',
        params: { claimReference: claim.reference, brandName: claim.brand.name, storeName: store.name },
        link: '/seller',
        recipients: { organisationIds: [store.sellerOrganisationId] },
      });
    }
    const byReviewer = new Map<string, number>();
    for (const row of [...open, ...removed]) {
      if (row.assignedReviewerId) byReviewer.set(row.assignedReviewerId, (byReviewer.get(row.assignedReviewerId) ?? 0) + 1);
    }
    for (const [reviewerId, itemCount] of byReviewer) {
      await notify(tx, {
        type: 'claimWithdrawnReviewer',
        params: { claimReference: claim.reference, brandName: claim.brand.name, itemCount },
        link: '/review',
        recipients: { userIds: [reviewerId] },
      });
    }
    return { ok: true as const, claimId: claim.id, withdrawn, listingsRestored, strikesWithdrawn };
  });
}
