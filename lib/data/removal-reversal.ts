// Undoing a removal's effects on the marketplace, for the two ways a removal ends early:
// the brand withdraws the claim item (WITHDRAWN), or a reviewer restores the listing after a
// counter-notice (RESTORED). Both bring the listing back and withdraw the strike the removal
// gave the store; both are called inside the transaction that changes the item, so the
// item, the listing, the strike and the audit event move together or not at all.
import 'server-only';
import type { Tx } from '../db';

export interface RemovalReversal {
  /** False when the listing stays down: another claim item still holds it REMOVED. */
  listingRestored: boolean;
  strikeIdsWithdrawn: string[];
}

/**
 * Brings back the listing of a removed claim item and withdraws the item's strikes. The
 * caller has already moved the item out of REMOVED (so it no longer counts below); a listing
 * that another removal still holds stays down, and its own strike stays with that removal.
 */
export async function reverseRemovalEffects(tx: Tx, input: { claimItemId: string; listingId: string; now: Date }): Promise<RemovalReversal> {
  const { claimItemId, listingId, now } = input;
  const stillHeld = await tx.claimItem.count({ where: { listingId, status: 'REMOVED', id: { not: claimItemId } } });
  let listingRestored = false;
  if (stillHeld === 0) {
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, status: 'REMOVED' },
      data: { status: 'RESTORED', restoredAt: now },
    });
    listingRestored = count === 1;
  }
  const strikes = await tx.strike.findMany({ where: { claimItemId, status: 'ACTIVE' }, select: { id: true } });
  if (strikes.length) {
    await tx.strike.updateMany({
      where: { id: { in: strikes.map((s) => s.id) } },
      data: { status: 'WITHDRAWN', withdrawnAt: now },
    });
  }
  return { listingRestored, strikeIdsWithdrawn: strikes.map((s) => s.id) };
}
