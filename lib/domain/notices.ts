// What a seller sees of the claims against its listings.
import type { ClaimItemStatus, ClaimStatus } from '../generated/prisma/enums';

/**
 * A claim item becomes a notice to the seller once a reviewer has decided it (with the
 * statement of reasons), including a later restoration. Items still under review stay
 * hidden: telling a store about a pending claim would let it pull and relist the goods
 * before the decision, and an item the brand withdrew undecided never affected the store.
 */
export const SELLER_VISIBLE_ITEM_STATUSES = ['REMOVED', 'REJECTED', 'RESTORED'] as const satisfies readonly ClaimItemStatus[];

/** Claims that were never filed (drafts) are not notices to anyone. */
export const FILED_CLAIM_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'DECIDED', 'WITHDRAWN'] as const satisfies readonly ClaimStatus[];

export function sellerSeesItem(item: { status: ClaimItemStatus }, claim: { status: ClaimStatus }): boolean {
  return (
    (SELLER_VISIBLE_ITEM_STATUSES as readonly string[]).includes(item.status) &&
    (FILED_CLAIM_STATUSES as readonly string[]).includes(claim.status)
  );
}
