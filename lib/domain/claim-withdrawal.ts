// What the brand may withdraw, and what a withdrawal must say. Pure.
import type { ClaimItemStatus } from '../generated/prisma/enums';
import { CLAIM_ITEM_TRANSITIONS } from './claim-item';

/** Statuses an item can be withdrawn from (the state machine's `withdraw`). */
export const WITHDRAWABLE_ITEM_STATUSES: readonly ClaimItemStatus[] = CLAIM_ITEM_TRANSITIONS.withdraw.from;

/** Those of them with no decision yet: withdrawn in bulk, with nothing to undo. */
export const OPEN_WITHDRAWABLE_STATUSES = WITHDRAWABLE_ITEM_STATUSES.filter((s) => s !== 'REMOVED');

export const WITHDRAWAL_REASON_MAX = 4000;

/** A withdrawal is on the record and read by the seller's side: it needs a reason, within bounds. */
export function withdrawalReasonProblem(reason: string): 'required' | 'tooLong' | null {
  const text = reason.trim();
  if (!text) return 'required';
  if (text.length > WITHDRAWAL_REASON_MAX) return 'tooLong';
  return null;
}

export function isWithdrawable(status: ClaimItemStatus): boolean {
  return WITHDRAWABLE_ITEM_STATUSES.includes(status);
}
