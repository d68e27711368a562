// Rules of the reviewer's item page: what the page suggests and compares so a reviewer can
// decide quickly, never what it decides. Pure.
import type { ClaimItemStatus, InfringementType, RemovalReason, Role } from '../generated/prisma/enums';
import { claimItemTransition, type ClaimItemEvent } from './claim-item';

/**
 * The removal reason that matches what the brand alleged, preselected in the removal form
 * (the reviewer can change it). An unauthorised sale is not itself a ground for removal,
 * and "other" needs the reviewer's own words, so neither suggests anything.
 */
export function suggestedRemovalReason(type: InfringementType): RemovalReason | null {
  switch (type) {
    case 'COUNTERFEIT':
      return 'COUNTERFEIT';
    case 'TRADEMARK_MISUSE':
      return 'TRADEMARK_INFRINGEMENT';
    case 'COPYRIGHT':
    case 'IMAGE_THEFT':
      return 'COPYRIGHT_INFRINGEMENT';
    case 'DESIGN':
      return 'DESIGN_INFRINGEMENT';
    case 'UNAUTHORIZED_SALE':
    case 'OTHER':
      return null;
  }
}

export interface ReferencePrice {
  productLine: string;
  currency: string;
  amountCents: number;
}

/**
 * The brand's reference price for the listing's product line: the line named in the
 * listing title (a whole-word match, case-insensitive), in the listing's currency. When
 * several lines match ("Card Holder" and "Holder"), the longest name wins. None: null.
 */
export function referencePriceFor(title: string, currency: string, prices: readonly ReferencePrice[]): ReferencePrice | null {
  const normalisedTitle = ` ${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  let best: ReferencePrice | null = null;
  for (const price of prices) {
    if (price.currency !== currency) continue;
    const line = price.productLine.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!line || !normalisedTitle.includes(` ${line} `)) continue;
    if (!best || price.productLine.length > best.productLine.length) best = price;
  }
  return best;
}

/** The listing's price as a whole percentage of the reference price (null without one). */
export function shareOfReference(priceCents: number, reference: ReferencePrice | null): number | null {
  if (!reference || reference.amountCents <= 0) return null;
  return Math.round((priceCents / reference.amountCents) * 100);
}

/** Below this share of the reference price, a branded listing's price is itself a warning sign. */
export const SUSPICIOUS_PRICE_SHARE = 50;

// ─── Who may change an item now ───

export interface ItemLockFacts {
  status: ClaimItemStatus;
  version: number;
  assignedReviewerId: string | null;
  /** The reviewer the item is assigned to (taken by, or who asked the brand). */
  assigneeName: string | null;
  /** The reviewer who decided it. */
  deciderName: string | null;
}

/** Why a reviewer's change to an item is refused; each reads as its own message. */
export type ItemRefusal =
  | { violation: 'forbidden' }
  | { violation: 'alreadyDecided'; status: ClaimItemStatus; by: string | null }
  | { violation: 'infoRequested'; by: string | null }
  | { violation: 'withdrawn' }
  | { violation: 'takenByOther'; by: string | null }
  | { violation: 'notTaken' }
  | { violation: 'changed' }
  /** Not a reviewer's desk event (the brand's answer, a restoration…) and not open from this status. */
  | { violation: 'notAllowed'; status: ClaimItemStatus };

const DESK_EVENTS: readonly ClaimItemEvent[] = ['take', 'release', 'remove', 'reject', 'requestInfo'];

/**
 * Whether `actor` may cause `event` on the item as it stands, given the version the form
 * was rendered from (null when there is no form, as for "take next"). The state machine
 * decides what is possible; on top of it, an item a reviewer has taken is theirs to decide
 * (anyone may release it, so a forgotten item never stays locked), and a form rendered
 * from an older version is refused so nobody decides on facts that have changed.
 */
export function itemChangeRefusal(
  item: ItemLockFacts,
  event: ClaimItemEvent,
  actor: { id: string; role: Role },
  formVersion: number | null,
): ItemRefusal | null {
  const transition = claimItemTransition(item.status, event, actor.role);
  if (!transition.ok) {
    if (transition.reason === 'notAllowedForRole') return { violation: 'forbidden' };
    if (!DESK_EVENTS.includes(event)) return { violation: 'notAllowed', status: item.status };
    switch (item.status) {
      case 'REMOVED':
      case 'REJECTED':
      case 'RESTORED':
        return { violation: 'alreadyDecided', status: item.status, by: item.deciderName };
      case 'INFO_REQUESTED':
        return { violation: 'infoRequested', by: item.assigneeName };
      case 'WITHDRAWN':
        return { violation: 'withdrawn' };
      case 'IN_REVIEW':
        return { violation: 'takenByOther', by: item.assigneeName };
      case 'PENDING':
        return { violation: 'notTaken' };
    }
  }
  if (event !== 'release' && item.status === 'IN_REVIEW' && item.assignedReviewerId !== actor.id) {
    return { violation: 'takenByOther', by: item.assigneeName };
  }
  if (formVersion !== null && formVersion !== item.version) return { violation: 'changed' };
  return null;
}
