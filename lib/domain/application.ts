// The right-to-sell application state machine (journey 3): who may move an application from
// which status to which. One table is the whole truth; the data layer asks it before every
// change and updates with `where: { id, version }`, so two reviewers racing on one
// application leave exactly one decision standing.
//
//   DRAFT ──submit──▶ SUBMITTED ──take──▶ IN_REVIEW ──approve──▶ APPROVED
//                                         IN_REVIEW ──reject──▶ REJECTED
//                                         IN_REVIEW ──requestInfo──▶ INFO_REQUESTED ──submit (resubmit)──▶ SUBMITTED
//                                         IN_REVIEW ──askBrand──▶ AWAITING_BRAND
//   AWAITING_BRAND ──brandConfirmed | brandLapsed (the job)──▶ IN_REVIEW
//   AWAITING_BRAND ──brandDenied (a forged letter)──▶ REJECTED
//   DRAFT | SUBMITTED | IN_REVIEW | INFO_REQUESTED ──withdraw (the seller)──▶ WITHDRAWN
// A seller cannot withdraw while the brand is asked about a letter: a forged letter must not
// be escaped by withdrawing. APPROVED, REJECTED and WITHDRAWN are final.
import type { ApplicationStatus, Role } from '../generated/prisma/enums';

export const APPLICATION_EVENTS = [
  'submit',
  'take',
  'requestInfo',
  'askBrand',
  'brandConfirmed',
  'brandDenied',
  'brandLapsed',
  'approve',
  'reject',
  'withdraw',
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** Who may cause it; SYSTEM is a scheduled job. */
  by: readonly (Role | 'SYSTEM')[];
}

export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationEvent, Transition>> = {
  submit: { from: ['DRAFT', 'INFO_REQUESTED'], to: 'SUBMITTED', by: ['SELLER'] },
  take: { from: ['SUBMITTED'], to: 'IN_REVIEW', by: ['REVIEWER'] },
  requestInfo: { from: ['IN_REVIEW'], to: 'INFO_REQUESTED', by: ['REVIEWER'] },
  askBrand: { from: ['IN_REVIEW'], to: 'AWAITING_BRAND', by: ['REVIEWER'] },
  brandConfirmed: { from: ['AWAITING_BRAND'], to: 'IN_REVIEW', by: ['BRAND_AGENT'] },
  brandDenied: { from: ['AWAITING_BRAND'], to: 'REJECTED', by: ['BRAND_AGENT'] },
  brandLapsed: { from: ['AWAITING_BRAND'], to: 'IN_REVIEW', by: ['SYSTEM'] },
  approve: { from: ['IN_REVIEW'], to: 'APPROVED', by: ['REVIEWER'] },
  reject: { from: ['IN_REVIEW'], to: 'REJECTED', by: ['REVIEWER'] },
  withdraw: { from: ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'], to: 'WITHDRAWN', by: ['SELLER'] },
};

export const FINAL_APPLICATION_STATUSES = ['APPROVED', 'REJECTED', 'WITHDRAWN'] as const satisfies readonly ApplicationStatus[];
/** Statuses a reviewer still has work in (the queue's default view). */
export const OPEN_APPLICATION_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'AWAITING_BRAND', 'INFO_REQUESTED'] as const satisfies readonly ApplicationStatus[];

export type ApplicationTransition =
  | { ok: true; to: ApplicationStatus }
  | { ok: false; reason: 'notAllowedFromStatus' | 'notAllowedForRole'; from: ApplicationStatus };

export function applicationTransition(from: ApplicationStatus, event: ApplicationEvent, actor: Role | 'SYSTEM'): ApplicationTransition {
  const transition = APPLICATION_TRANSITIONS[event];
  if (!(transition.by as readonly string[]).includes(actor)) return { ok: false, reason: 'notAllowedForRole', from };
  if (!(transition.from as readonly string[]).includes(from)) return { ok: false, reason: 'notAllowedFromStatus', from };
  return { ok: true, to: transition.to };
}

/** The seller may add or remove documents while the application is a draft or answers a request. */
export function mayEditDocuments(status: ApplicationStatus): boolean {
  return status === 'DRAFT' || status === 'INFO_REQUESTED';
}

const DAY_MS = 86_400_000;

/**
 * A grant the seller may renew: still active, or expired within the last `recentDays`
 * (a revoked grant is not renewed: the store applies afresh).
 */
export function mayRenewGrant(grant: { status: 'ACTIVE' | 'EXPIRED' | 'REVOKED'; expiresAt: Date }, now: Date, recentDays = 90): boolean {
  if (grant.status === 'REVOKED') return false;
  return grant.expiresAt.getTime() > now.getTime() - recentDays * DAY_MS;
}

/**
 * When a new grant starts and ends. A renewal continues from the old grant's expiry when
 * that is later than now, so renewing early loses no days.
 */
export function grantPeriod(now: Date, policy: { grantValidityDays: number }, renewed?: { expiresAt: Date } | null): { validFrom: Date; expiresAt: Date } {
  const start = renewed && renewed.expiresAt.getTime() > now.getTime() ? renewed.expiresAt : now;
  return { validFrom: now, expiresAt: new Date(start.getTime() + policy.grantValidityDays * DAY_MS) };
}
