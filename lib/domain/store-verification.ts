// Store verification (issue 4, "Seller verification") and the ban keys it is checked
// against (journey 4: "a ban blocks the same identity from coming back"). Pure: the data
// layer (lib/data/store-verification.ts, lib/data/bans.ts) reads the facts inside the
// transaction that changes them and asks these rules.
//
//   UNVERIFIED ── submit ──▶ PENDING    (business licence + identity document + declared facts)
//   PENDING    ── verify ──▶ VERIFIED
//   PENDING    ── reject ──▶ REJECTED   (a reason is required)
//   REJECTED   ── submit ──▶ PENDING    (a new submission; the rejected one stays in the history)
//
// A store that is closed or banned submits nothing: its way back is an appeal, not a new
// verification.
import type { StoreStatus, VerificationStatus } from '../generated/prisma/enums';
import { rejectionReasonMissing, type DecisionOutcome, type ReviewerDecision } from './rights';
import type { IdentityKeys } from './identity';

export type StoreVerificationEvent = 'submit' | 'verify' | 'reject';

const TRANSITIONS: Record<VerificationStatus, Partial<Record<StoreVerificationEvent, VerificationStatus>>> = {
  UNVERIFIED: { submit: 'PENDING' },
  PENDING: { verify: 'VERIFIED', reject: 'REJECTED' },
  REJECTED: { submit: 'PENDING' },
  VERIFIED: {},
};

export function nextStoreVerificationStatus(status: VerificationStatus, event: StoreVerificationEvent): VerificationStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

/** Store states in which nothing can be submitted for verification. */
const SHUT: readonly StoreStatus[] = ['CLOSED', 'BANNED'];

export type SubmissionRefusal = 'pending' | 'verified' | 'storeClosed';

/** Why the store may not submit for verification now, or null when it may. */
export function submissionRefusal(store: { status: StoreStatus; verificationStatus: VerificationStatus }): SubmissionRefusal | null {
  if (SHUT.includes(store.status)) return 'storeClosed';
  if (nextStoreVerificationStatus(store.verificationStatus, 'submit')) return null;
  return store.verificationStatus === 'PENDING' ? 'pending' : 'verified';
}

/** Whether the seller sees the submission form (the page explains the refusal otherwise). */
export function maySubmit(store: { status: StoreStatus; verificationStatus: VerificationStatus }): boolean {
  return submissionRefusal(store) === null;
}

/** A reviewer's decision on a pending submission. */
export function decideStoreVerification(verification: { status: VerificationStatus }, decision: ReviewerDecision): DecisionOutcome<VerificationStatus> {
  const next = nextStoreVerificationStatus(verification.status, decision.kind);
  if (!next) return { ok: false, violation: 'alreadyDecided' };
  if (rejectionReasonMissing(decision)) return { ok: false, violation: 'reasonRequired' };
  return { ok: true, status: next, statusReason: decision.kind === 'verify' ? decision.note?.trim() || null : decision.reason.trim() };
}

/**
 * Where the seller organisation's own verification stands after a decision on one of its
 * stores: a verified store proves the organisation's identity; a rejection does not undo an
 * organisation verified through another store.
 */
export function organisationStatusAfter(organisation: VerificationStatus, store: VerificationStatus): VerificationStatus {
  if (store === 'VERIFIED') return 'VERIFIED';
  if (organisation === 'VERIFIED') return 'VERIFIED';
  return store;
}

// ───────────────────────────── Ban keys ─────────────────────────────

/** The identity keys a Ban row carries, in the order a match is reported. */
export const BAN_KEYS = ['email', 'phone', 'licenceNumber', 'identityDocument'] as const;
export type BanKey = (typeof BAN_KEYS)[number];

/** A Ban row's keys as stored (already normalised when the ban was written). */
export interface BanKeys {
  email: string | null;
  phone: string | null;
  registrationNumber: string | null;
  identityDocumentHash: string | null;
  liftedAt: Date | null;
}

/**
 * Which key of the candidate identity a ban matches (the first in BAN_KEYS order), or null.
 * A lifted ban matches nothing. Both sides are normalised keys (lib/domain/identity.ts), so
 * equality is the whole rule.
 */
export function banMatch(keys: IdentityKeys, ban: BanKeys): BanKey | null {
  if (ban.liftedAt) return null;
  if (ban.email && keys.emails.includes(ban.email)) return 'email';
  if (ban.phone && keys.phones.includes(ban.phone)) return 'phone';
  if (ban.registrationNumber && keys.licenceNumbers.includes(ban.registrationNumber)) return 'licenceNumber';
  if (ban.identityDocumentHash && keys.identityDocumentHashes.includes(ban.identityDocumentHash)) return 'identityDocument';
  return null;
}

/** The first key any of the bans matches, in BAN_KEYS order over all bans. */
export function firstBanMatch(keys: IdentityKeys, bans: readonly BanKeys[]): BanKey | null {
  const matched = new Set(bans.map((ban) => banMatch(keys, ban)).filter((k): k is BanKey => k !== null));
  return BAN_KEYS.find((key) => matched.has(key)) ?? null;
}

export function hasAnyKey(keys: IdentityKeys): boolean {
  return keys.emails.length + keys.phones.length + keys.licenceNumbers.length + keys.identityDocumentHashes.length > 0;
}

/**
 * A ban key as the admin's list shows it: enough to recognise, not enough to copy
 * ("ow***@panda-bargain.example", "+86*******8000", "9151******B1L", "3f9a…c2e1").
 */
export function maskKey(kind: BanKey, value: string | null): string | null {
  if (!value) return null;
  if (kind === 'email') {
    const at = value.lastIndexOf('@');
    if (at <= 0) return `${value.slice(0, 2)}***`;
    return `${value.slice(0, Math.min(2, at))}***${value.slice(at)}`;
  }
  if (kind === 'identityDocument') return `${value.slice(0, 4)}…${value.slice(-4)}`;
  const head = kind === 'phone' && value.startsWith('+') ? 3 : 4;
  if (value.length <= head + 3) return `${value.slice(0, 1)}${'*'.repeat(Math.max(value.length - 1, 0))}`;
  return `${value.slice(0, head)}${'*'.repeat(value.length - head - 3)}${value.slice(-3)}`;
}
