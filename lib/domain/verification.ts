// Verification of brands and of agencies' powers of attorney (journey 6). Pure: the data
// layer reads the row inside the transaction that changes it and asks these. Rights have
// their own machine in ./rights.ts; the reviewer's decision shape is shared.
import type { VerificationStatus } from '../generated/prisma/enums';
import { isExpired, ownerNamesMatch, rejectionReasonMissing, type CheckResult, type DecisionOutcome, type ReviewerDecision } from './rights';

// ───────────────────────────── Brands ─────────────────────────────
//
//   UNVERIFIED ── amend  ──▶ PENDING     (submitted for verification)
//   PENDING    ── verify ──▶ VERIFIED
//   PENDING    ── reject ──▶ REJECTED    (a reason is required)
//   PENDING    ── amend  ──▶ PENDING
//   REJECTED   ── amend  ──▶ PENDING     (corrected and resubmitted)
//   VERIFIED   ── amend  ──▶ PENDING     (renamed: the reviewer checked the old name)

export type VerificationEvent = 'verify' | 'reject' | 'amend';

const BRAND_TRANSITIONS: Record<VerificationStatus, Partial<Record<VerificationEvent, VerificationStatus>>> = {
  UNVERIFIED: { amend: 'PENDING' },
  PENDING: { verify: 'VERIFIED', reject: 'REJECTED', amend: 'PENDING' },
  REJECTED: { amend: 'PENDING' },
  VERIFIED: { amend: 'PENDING' },
};

export function nextBrandStatus(status: VerificationStatus, event: VerificationEvent): VerificationStatus | null {
  return BRAND_TRANSITIONS[status][event] ?? null;
}

export function decideBrandVerification(brand: { verificationStatus: VerificationStatus }, decision: ReviewerDecision): DecisionOutcome<VerificationStatus> {
  const next = nextBrandStatus(brand.verificationStatus, decision.kind);
  if (!next) return { ok: false, violation: 'alreadyDecided' };
  if (rejectionReasonMissing(decision)) return { ok: false, violation: 'reasonRequired' };
  return { ok: true, status: next, statusReason: decision.kind === 'verify' ? decision.note?.trim() || null : decision.reason.trim() };
}

export interface BrandFacts {
  name: string;
  category: string | null;
  website: string | null;
}

/**
 * Where an edit leaves a brand. Only the name identifies a brand to reviewers and sellers;
 * its category and website are descriptive and do not undo a verification. A rejected or
 * never-submitted brand goes (back) to the reviewer on any save.
 */
export function brandStatusAfterEdit(before: BrandFacts & { verificationStatus: VerificationStatus }, after: BrandFacts): VerificationStatus {
  if (before.verificationStatus === 'VERIFIED' && before.name === after.name) return 'VERIFIED';
  if (before.verificationStatus === 'PENDING') return 'PENDING';
  return nextBrandStatus(before.verificationStatus, 'amend') ?? before.verificationStatus;
}

export const BRAND_CHECKS = ['ownerVerified', 'rightsSubmitted', 'verifiedRight', 'nameUnique'] as const;
export type BrandCheck = (typeof BRAND_CHECKS)[number];

export function brandChecklist(facts: {
  ownerVerificationStatus: VerificationStatus;
  rightCount: number;
  verifiedRightCount: number;
  sameNameBrands: number;
}): Record<BrandCheck, CheckResult> {
  const result = (value: boolean): CheckResult => (value ? 'pass' : 'fail');
  return {
    ownerVerified: result(facts.ownerVerificationStatus === 'VERIFIED'),
    rightsSubmitted: result(facts.rightCount > 0),
    verifiedRight: result(facts.verifiedRightCount > 0),
    nameUnique: result(facts.sameNameBrands === 0),
  };
}

// ───────────────────────────── Agency powers of attorney ─────────────────────────────
//
//   PENDING  ── verify ──▶ VERIFIED      (not once its validity has ended)
//   PENDING  ── reject ──▶ REJECTED      (a reason is required)
//   REJECTED ── request ─▶ PENDING       (a new document, resubmitted)
//   VERIFIED ── request ─▶ PENDING       (only once expired: a renewal)
// A live verified power is final; PENDING waits for its reviewer. Expiry (validUntil) ends
// the agency's right to act without a status change.

export type AgencyEvent = 'verify' | 'reject' | 'request';

export type AgencyRequestViolation = 'alreadyRequested' | 'alreadyAuthorized';

/** Whether the agency may (re)submit a power of attorney for a brand, given its existing one. */
export function agencyRequestViolation(
  existing: { status: VerificationStatus; validUntil: Date | null } | null,
  now: Date,
): AgencyRequestViolation | null {
  if (!existing) return null;
  if (existing.status === 'PENDING') return 'alreadyRequested';
  if (existing.status === 'VERIFIED' && !isExpired(existing.validUntil, now)) return 'alreadyAuthorized';
  return null;
}

export function nextAgencyStatus(
  auth: { status: VerificationStatus; validUntil: Date | null },
  event: AgencyEvent,
  now: Date,
): VerificationStatus | null {
  switch (event) {
    case 'verify':
      return auth.status === 'PENDING' ? 'VERIFIED' : null;
    case 'reject':
      return auth.status === 'PENDING' ? 'REJECTED' : null;
    case 'request':
      return agencyRequestViolation(auth, now) ? null : 'PENDING';
  }
}

export function decideAgencyAuthorization(
  auth: { status: VerificationStatus; validUntil: Date | null },
  decision: ReviewerDecision,
  now: Date,
): DecisionOutcome<VerificationStatus> {
  const next = nextAgencyStatus(auth, decision.kind, now);
  if (!next) return { ok: false, violation: 'alreadyDecided' };
  if (rejectionReasonMissing(decision)) return { ok: false, violation: 'reasonRequired' };
  if (decision.kind === 'verify' && isExpired(auth.validUntil, now)) return { ok: false, violation: 'expired' };
  return { ok: true, status: next, statusReason: decision.kind === 'verify' ? decision.note?.trim() || null : decision.reason.trim() };
}

export const AGENCY_CHECKS = ['documentAttached', 'stillValid', 'agencyVerified', 'ownerNamed'] as const;
export type AgencyCheck = (typeof AGENCY_CHECKS)[number];

export function agencyChecklist(
  facts: {
    powerOfAttorneyDocumentId: string | null;
    validUntil: Date | null;
    agencyVerificationStatus: VerificationStatus;
    brandOwnerName: string;
    agencyName: string;
  },
  now: Date,
): Record<AgencyCheck, CheckResult> {
  const result = (value: boolean): CheckResult => (value ? 'pass' : 'fail');
  return {
    documentAttached: result(facts.powerOfAttorneyDocumentId !== null),
    stillValid: result(!isExpired(facts.validUntil, now)),
    agencyVerified: result(facts.agencyVerificationStatus === 'VERIFIED'),
    // An agency naming itself as the brand's owner is acting for nobody.
    ownerNamed: result(!ownerNamesMatch(facts.brandOwnerName, facts.agencyName)),
  };
}
