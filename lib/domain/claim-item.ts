// The claim-item state machine: what may happen to one listing of a claim, and who may
// make it happen. One table is the whole truth; the data layer asks it before every change
// and updates with `where: { id, version }`, so two reviewers racing on one item leave
// exactly one decision standing.
//
//   PENDING ──take──▶ IN_REVIEW ──release──▶ PENDING
//   PENDING | IN_REVIEW ──remove──▶ REMOVED ──restore (counter-notice upheld for the seller)──▶ RESTORED
//                        ──reject──▶ REJECTED
//                        ──requestInfo──▶ INFO_REQUESTED ──provideInfo──▶ PENDING (clock resumes)
//   PENDING ──expedite (trusted brand, counterfeit with a test purchase)──▶ REMOVED (reviewed after)
//   REMOVED (expedited, undecided) ──confirmExpedited──▶ REMOVED (decided; the strike follows)
//                                  ──overturnExpedited──▶ REJECTED (the listing comes back)
//   any open state, or REMOVED ──withdraw (by the brand)──▶ WITHDRAWN (a removal's listing is restored)
//   REJECTED, WITHDRAWN and RESTORED are final.
import type { ClaimItemStatus, RejectionReason, RemovalReason, Role } from '../generated/prisma/enums';

export const CLAIM_ITEM_EVENTS = [
  'take',
  'release',
  'remove',
  'reject',
  'requestInfo',
  'provideInfo',
  'expedite',
  'withdraw',
  'restore',
  'confirmExpedited',
  'overturnExpedited',
] as const;
export type ClaimItemEvent = (typeof CLAIM_ITEM_EVENTS)[number];

interface Transition {
  from: readonly ClaimItemStatus[];
  to: ClaimItemStatus;
  /** Who may cause it; SYSTEM is the scheduler or an automatic rule (expedited removal). */
  by: readonly (Role | 'SYSTEM')[];
}

const OPEN = ['PENDING', 'IN_REVIEW'] as const satisfies readonly ClaimItemStatus[];

export const CLAIM_ITEM_TRANSITIONS: Readonly<Record<ClaimItemEvent, Transition>> = {
  take: { from: ['PENDING'], to: 'IN_REVIEW', by: ['REVIEWER'] },
  release: { from: ['IN_REVIEW'], to: 'PENDING', by: ['REVIEWER'] },
  remove: { from: OPEN, to: 'REMOVED', by: ['REVIEWER'] },
  reject: { from: OPEN, to: 'REJECTED', by: ['REVIEWER'] },
  requestInfo: { from: OPEN, to: 'INFO_REQUESTED', by: ['REVIEWER'] },
  provideInfo: { from: ['INFO_REQUESTED'], to: 'PENDING', by: ['BRAND_AGENT'] },
  expedite: { from: ['PENDING'], to: 'REMOVED', by: ['SYSTEM'] },
  withdraw: { from: ['PENDING', 'IN_REVIEW', 'INFO_REQUESTED', 'REMOVED'], to: 'WITHDRAWN', by: ['BRAND_AGENT'] },
  restore: { from: ['REMOVED'], to: 'RESTORED', by: ['REVIEWER'] },
  // Only for an expedited takedown no reviewer has decided yet (the data layer checks
  // expeditedAt and decidedById; the table cannot see them).
  confirmExpedited: { from: ['REMOVED'], to: 'REMOVED', by: ['REVIEWER'] },
  overturnExpedited: { from: ['REMOVED'], to: 'REJECTED', by: ['REVIEWER'] },
};

export const FINAL_CLAIM_ITEM_STATUSES = ['REJECTED', 'WITHDRAWN', 'RESTORED'] as const satisfies readonly ClaimItemStatus[];
/** Statuses in which a reviewer's decision has been made (a removal may still be contested). */
export const DECIDED_CLAIM_ITEM_STATUSES = ['REMOVED', 'REJECTED', 'RESTORED'] as const satisfies readonly ClaimItemStatus[];

export type TransitionResult =
  | { ok: true; to: ClaimItemStatus }
  | { ok: false; reason: 'notAllowedFromStatus' | 'notAllowedForRole'; from: ClaimItemStatus };

export function claimItemTransition(from: ClaimItemStatus, event: ClaimItemEvent, actor: Role | 'SYSTEM'): TransitionResult {
  const transition = CLAIM_ITEM_TRANSITIONS[event];
  if (!(transition.by as readonly string[]).includes(actor)) return { ok: false, reason: 'notAllowedForRole', from };
  if (!(transition.from as readonly string[]).includes(from)) return { ok: false, reason: 'notAllowedFromStatus', from };
  return { ok: true, to: transition.to };
}

/** The events open to an actor in a status (what buttons to show). */
export function availableClaimItemEvents(from: ClaimItemStatus, actor: Role | 'SYSTEM'): ClaimItemEvent[] {
  return CLAIM_ITEM_EVENTS.filter((event) => claimItemTransition(from, event, actor).ok);
}

// ─── Decisions and their reasons ───

export type ClaimItemDecision =
  | { kind: 'remove'; removalReason: RemovalReason; rightId: string; note?: string }
  | { kind: 'reject'; rejectionReason: RejectionReason; note?: string }
  | { kind: 'requestInfo'; message: string };

export type DecisionProblem = { field: 'removalReason' | 'rightId' | 'rejectionReason' | 'note' | 'message'; key: string };

const NOTE_MAX = 4000;

/**
 * What is wrong with a decision before it touches the database: a removal must rest on one
 * of the claim's rights that can carry a claim now; "other" reasons need words; a request
 * for information must say what is missing.
 */
export function decisionProblems(decision: ClaimItemDecision, usableRightIds: readonly string[]): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const note = decision.kind === 'requestInfo' ? decision.message : (decision.note ?? '');
  if (note.length > NOTE_MAX) problems.push({ field: decision.kind === 'requestInfo' ? 'message' : 'note', key: 'tooLong' });
  switch (decision.kind) {
    case 'remove':
      if (!usableRightIds.includes(decision.rightId)) problems.push({ field: 'rightId', key: 'rightNotUsable' });
      if (decision.removalReason === 'OTHER' && !note.trim()) problems.push({ field: 'note', key: 'otherNeedsText' });
      break;
    case 'reject':
      if (decision.rejectionReason === 'OTHER' && !note.trim()) problems.push({ field: 'note', key: 'otherNeedsText' });
      break;
    case 'requestInfo':
      if (!decision.message.trim()) problems.push({ field: 'message', key: 'required' });
      break;
  }
  return problems;
}

// ─── The claim's status follows from its items ───

/**
 * A submitted claim's status from its items: withdrawn when every item is; decided when no
 * item waits for anyone; waiting for the brand when any item does; in review once any item
 * was taken or decided; otherwise submitted.
 */
export function deriveClaimStatus(itemStatuses: readonly ClaimItemStatus[]): 'SUBMITTED' | 'IN_REVIEW' | 'INFO_REQUESTED' | 'DECIDED' | 'WITHDRAWN' {
  if (itemStatuses.length === 0) return 'SUBMITTED';
  if (itemStatuses.every((s) => s === 'WITHDRAWN')) return 'WITHDRAWN';
  if (itemStatuses.includes('INFO_REQUESTED')) return 'INFO_REQUESTED';
  const open = itemStatuses.filter((s) => s === 'PENDING' || s === 'IN_REVIEW');
  if (open.length === 0) return 'DECIDED';
  if (open.length < itemStatuses.length || open.includes('IN_REVIEW')) return 'IN_REVIEW';
  return 'SUBMITTED';
}
