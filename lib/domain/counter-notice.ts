// The counter-notice: a seller's answer to a removal, its state machine and its windows.
//
//   (none) ──file (seller, item REMOVED, within the seller's window)──▶ AWAITING_BRAND
//   AWAITING_BRAND ──respond (brand, within its window)──▶ BRAND_RESPONDED
//   AWAITING_BRAND ──lapse (the scheduler, once the brand's window passed)──▶ AWAITING_BRAND (ready)
//   AWAITING_BRAND (ready) | BRAND_RESPONDED ──restore | uphold (reviewer)──▶ RESTORED | UPHELD
//   AWAITING_BRAND | BRAND_RESPONDED ──withdraw (the brand withdrew the claim item)──▶ WITHDRAWN
//   RESTORED, UPHELD and WITHDRAWN are final.
//
// A lapse keeps the status: "the brand did not answer in time" is a fact about the window
// (brandWindowClosedAt), not a different stage; the reviewer decides either way. The status
// SUBMITTED exists in the schema for a filing that starts no window; Assay opens the brand's
// window at once, so nothing is ever stored as SUBMITTED.
import type { CounterNoticeGround, CounterNoticeStatus, Role } from '../generated/prisma/enums';
import { isPast } from './deadlines';

export const COUNTER_NOTICE_EVENTS = ['respond', 'lapse', 'restore', 'uphold', 'withdraw'] as const;
export type CounterNoticeEvent = (typeof COUNTER_NOTICE_EVENTS)[number];

interface Transition {
  from: readonly CounterNoticeStatus[];
  to: CounterNoticeStatus;
  by: readonly (Role | 'SYSTEM')[];
}

const OPEN = ['AWAITING_BRAND', 'BRAND_RESPONDED'] as const satisfies readonly CounterNoticeStatus[];

export const COUNTER_NOTICE_TRANSITIONS: Readonly<Record<CounterNoticeEvent, Transition>> = {
  respond: { from: ['AWAITING_BRAND'], to: 'BRAND_RESPONDED', by: ['BRAND_AGENT'] },
  lapse: { from: ['AWAITING_BRAND'], to: 'AWAITING_BRAND', by: ['SYSTEM'] },
  restore: { from: OPEN, to: 'RESTORED', by: ['REVIEWER'] },
  uphold: { from: OPEN, to: 'UPHELD', by: ['REVIEWER'] },
  withdraw: { from: OPEN, to: 'WITHDRAWN', by: ['BRAND_AGENT', 'SYSTEM'] },
};

/** Statuses in which a counter-notice is still being dealt with: one such per claim item at most. */
export const OPEN_COUNTER_NOTICE_STATUSES = ['SUBMITTED', ...OPEN] as const satisfies readonly CounterNoticeStatus[];
export const FINAL_COUNTER_NOTICE_STATUSES = ['RESTORED', 'UPHELD', 'WITHDRAWN'] as const satisfies readonly CounterNoticeStatus[];

export function isOpenCounterNotice(status: CounterNoticeStatus): boolean {
  return (OPEN_COUNTER_NOTICE_STATUSES as readonly string[]).includes(status);
}

export type CounterNoticeTransition =
  | { ok: true; to: CounterNoticeStatus }
  | { ok: false; reason: 'notAllowedFromStatus' | 'notAllowedForRole'; from: CounterNoticeStatus };

export function counterNoticeTransition(from: CounterNoticeStatus, event: CounterNoticeEvent, actor: Role | 'SYSTEM'): CounterNoticeTransition {
  const transition = COUNTER_NOTICE_TRANSITIONS[event];
  if (!(transition.by as readonly string[]).includes(actor)) return { ok: false, reason: 'notAllowedForRole', from };
  if (!(transition.from as readonly string[]).includes(from)) return { ok: false, reason: 'notAllowedFromStatus', from };
  return { ok: true, to: transition.to };
}

// ───────────────────────────── Windows ─────────────────────────────

export interface BrandWindowFacts {
  status: CounterNoticeStatus;
  brandResponseDueAt: Date | null;
  brandWindowClosedAt: Date | null;
}

/** The brand may still respond: awaiting it and its deadline not yet reached (a deadline equal to now has passed). */
export function brandMayRespond(notice: BrandWindowFacts, now: Date): boolean {
  if (notice.status !== 'AWAITING_BRAND' || notice.brandWindowClosedAt) return false;
  return notice.brandResponseDueAt !== null && !isPast(notice.brandResponseDueAt, now);
}

/** The brand's window has passed without a response (whether or not the job has recorded it yet). */
export function brandWindowLapsed(notice: BrandWindowFacts, now: Date): boolean {
  if (notice.status !== 'AWAITING_BRAND') return false;
  if (notice.brandWindowClosedAt) return true;
  return notice.brandResponseDueAt !== null && isPast(notice.brandResponseDueAt, now);
}

/** The lapse is due for the job: past the deadline, not yet recorded. */
export function brandWindowLapseDue(notice: BrandWindowFacts, now: Date): boolean {
  return notice.status === 'AWAITING_BRAND' && notice.brandWindowClosedAt === null && brandWindowLapsed(notice, now);
}

export type CounterNoticeReadiness = 'brandResponded' | 'windowPassed' | 'awaitingBrand' | 'closed';

/** Where a counter-notice stands for a reviewer: ready once the brand answered or its window passed. */
export function counterNoticeReadiness(notice: BrandWindowFacts, now: Date): CounterNoticeReadiness {
  if (notice.status === 'BRAND_RESPONDED') return 'brandResponded';
  if (notice.status === 'AWAITING_BRAND') return brandWindowLapsed(notice, now) ? 'windowPassed' : 'awaitingBrand';
  if (notice.status === 'SUBMITTED') return 'awaitingBrand';
  return 'closed';
}

export function readyForDecision(notice: BrandWindowFacts, now: Date): boolean {
  const readiness = counterNoticeReadiness(notice, now);
  return readiness === 'brandResponded' || readiness === 'windowPassed';
}

/** Order of the reviewers' list: ready ones first (oldest deadline first), then waiting ones by deadline, then closed. */
export function readinessRank(readiness: CounterNoticeReadiness): number {
  return { brandResponded: 0, windowPassed: 0, awaitingBrand: 1, closed: 2 }[readiness];
}

export interface SellerWindowFacts {
  itemStatus: string;
  /** Until when the removal may be contested (the statement's contestUntil). */
  contestUntil: Date | null;
  /** A counter-notice on this item is open already. */
  hasOpenCounterNotice: boolean;
  /** A counter-notice on this removal was upheld: the seller's next step is outside Assay. */
  hasUpheldCounterNotice?: boolean;
}

export type FilingRefusal = 'notRemoved' | 'windowClosed' | 'alreadyOpen' | 'alreadyDecided';

/** Why the seller may not file now, or null when a counter-notice may be filed. */
export function counterNoticeFilingRefusal(facts: SellerWindowFacts, now: Date): FilingRefusal | null {
  if (facts.itemStatus !== 'REMOVED') return 'notRemoved';
  if (facts.hasOpenCounterNotice) return 'alreadyOpen';
  if (facts.hasUpheldCounterNotice) return 'alreadyDecided';
  if (!facts.contestUntil || isPast(facts.contestUntil, now)) return 'windowClosed';
  return null;
}

// ───────────────────────────── What a filing must contain ─────────────────────────────

export const STATEMENT_MIN = 20;
export const STATEMENT_MAX = 8000;
export const RESPONSE_MAX = 8000;
export const DECISION_REASON_MAX = 4000;
export const MAX_EVIDENCE = 20;

/** Grounds that rest on documents: a claim that the goods are genuine needs at least one. */
export const GROUNDS_NEEDING_EVIDENCE = ['GENUINE_GOODS'] as const satisfies readonly CounterNoticeGround[];

export interface FilingFacts {
  ground: CounterNoticeGround;
  evidenceCount: number;
}

export type FilingProblem = { field: 'evidence'; key: 'evidenceRequired' | 'tooManyDocuments' };

export function filingProblems(filing: FilingFacts): FilingProblem[] {
  const problems: FilingProblem[] = [];
  if ((GROUNDS_NEEDING_EVIDENCE as readonly string[]).includes(filing.ground) && filing.evidenceCount === 0) {
    problems.push({ field: 'evidence', key: 'evidenceRequired' });
  }
  if (filing.evidenceCount > MAX_EVIDENCE) problems.push({ field: 'evidence', key: 'tooManyDocuments' });
  return problems;
}
