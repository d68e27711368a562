// Store closures under four eyes, and the seller's one appeal (journey 4), as plain rules.
//
//   OPEN ──propose──▶ PROPOSED ──approve──▶ APPROVED   (a different reviewer than the proposer)
//     │                  └───────decline──▶ DECLINED   (likewise)
//     └──withdraw──▶ WITHDRAWN                          (the system opened it without cause)
//
// A reviewer may also propose a store directly: the proposal is created PROPOSED (there is
// no OPEN step to take). The appeal of an APPROVED closure is decided, GRANTED or DENIED,
// by a reviewer who took no part in the closure (neither its proposer nor its decider).
import type { AppealStatus, ClosureStatus, RestrictionKind } from '../generated/prisma/enums';
import type { Policy } from './policy';

const DAY_MS = 86_400_000;

export const RATIONALE_MAX = 4000;
export const DECISION_REASON_MAX = 4000;
export const APPEAL_STATEMENT_MAX = 8000;

export type ClosureEvent = 'propose' | 'withdraw' | 'approve' | 'decline';

const CLOSURE_TRANSITIONS: Readonly<Record<ClosureEvent, { from: readonly ClosureStatus[]; to: ClosureStatus; fourEyes: boolean }>> = {
  propose: { from: ['OPEN'], to: 'PROPOSED', fourEyes: false },
  withdraw: { from: ['OPEN'], to: 'WITHDRAWN', fourEyes: false },
  approve: { from: ['PROPOSED'], to: 'APPROVED', fourEyes: true },
  decline: { from: ['PROPOSED'], to: 'DECLINED', fourEyes: true },
};

export const CLOSURE_EVENTS = Object.keys(CLOSURE_TRANSITIONS) as ClosureEvent[];
export const PENDING_CLOSURE_STATUSES: readonly ClosureStatus[] = ['OPEN', 'PROPOSED'];
export const DECIDED_CLOSURE_STATUSES: readonly ClosureStatus[] = ['APPROVED', 'DECLINED', 'WITHDRAWN'];

export type ClosureTransition =
  | { ok: true; to: ClosureStatus }
  | { ok: false; reason: 'notAllowedFromStatus'; from: ClosureStatus }
  | { ok: false; reason: 'ownProposal'; from: ClosureStatus };

/**
 * Whether `actorId` may apply `event` to a proposal in `from` that `proposedById` proposed.
 * The four-eyes rule is part of the transition, so every caller gets it.
 */
export function closureTransition(from: ClosureStatus, event: ClosureEvent, who: { actorId: string; proposedById: string | null }): ClosureTransition {
  const transition = CLOSURE_TRANSITIONS[event];
  if (!transition.from.includes(from)) return { ok: false, reason: 'notAllowedFromStatus', from };
  if (transition.fourEyes && who.proposedById !== null && who.proposedById === who.actorId) return { ok: false, reason: 'ownProposal', from };
  return { ok: true, to: transition.to };
}

/** The events `actorId` may apply now (what the page offers). */
export function availableClosureEvents(from: ClosureStatus, who: { actorId: string; proposedById: string | null }): ClosureEvent[] {
  return CLOSURE_EVENTS.filter((event) => closureTransition(from, event, who).ok);
}

/** The restriction an approved closure imposes: a ban makes it permanent. */
export function closureRestriction(includeBan: boolean): Extract<RestrictionKind, 'STORE_CLOSURE' | 'STORE_BAN'> {
  return includeBan ? 'STORE_BAN' : 'STORE_CLOSURE';
}

// ───────────────────────────── Appeal ─────────────────────────────

/** Until when the seller may appeal a closure approved at `closedAt`. */
export function appealDeadline(closedAt: Date, policy: Pick<Policy, 'appealWindowDays'>): Date {
  return new Date(closedAt.getTime() + policy.appealWindowDays * DAY_MS);
}

export type AppealFilingRefusal = 'notClosed' | 'alreadyAppealed' | 'windowClosed';

/** Why the seller may not appeal now, or null when it may: once, while the window is open (a deadline equal to now has passed). */
export function appealFilingRefusal(
  closure: { status: ClosureStatus; decidedAt: Date | null; hasAppeal: boolean },
  now: Date,
  policy: Pick<Policy, 'appealWindowDays'>,
): AppealFilingRefusal | null {
  if (closure.status !== 'APPROVED' || !closure.decidedAt) return 'notClosed';
  if (closure.hasAppeal) return 'alreadyAppealed';
  if (appealDeadline(closure.decidedAt, policy).getTime() <= now.getTime()) return 'windowClosed';
  return null;
}

export type AppealEvent = 'grant' | 'deny';

export type AppealTransition =
  | { ok: true; to: AppealStatus }
  | { ok: false; reason: 'notAllowedFromStatus'; from: AppealStatus }
  | { ok: false; reason: 'tookPart'; from: AppealStatus };

/** An appeal is decided once, and only by a reviewer who neither proposed nor decided the closure. */
export function appealTransition(
  from: AppealStatus,
  event: AppealEvent,
  who: { actorId: string; proposedById: string | null; closureDecidedById: string | null },
): AppealTransition {
  if (from !== 'SUBMITTED') return { ok: false, reason: 'notAllowedFromStatus', from };
  if (who.actorId === who.proposedById || who.actorId === who.closureDecidedById) return { ok: false, reason: 'tookPart', from };
  return { ok: true, to: event === 'grant' ? 'GRANTED' : 'DENIED' };
}
