// Where a right stands, and how it moves. Expiry is read against the clock, never stored as
// a status (see the schema): a verified registration whose term has run out can no longer
// carry a claim, whatever its stored status says.
import type { RightStatus, RightType } from '../generated/prisma/enums';

export const RIGHT_STANDINGS = ['VERIFIED', 'PENDING', 'REJECTED', 'EXPIRED'] as const;
export type RightStanding = (typeof RIGHT_STANDINGS)[number];

/** Expired from the instant of expiry on: `expiresAt == now` is expired. */
export function isExpired(expiresAt: Date | null | undefined, now: Date): boolean {
  return expiresAt != null && expiresAt.getTime() <= now.getTime();
}

/** A rejected right stays rejected; otherwise a right past its expiry is expired. */
export function rightStanding(right: { status: RightStatus; expiresAt: Date | null }, now: Date): RightStanding {
  if (right.status === 'REJECTED') return 'REJECTED';
  if (isExpired(right.expiresAt, now)) return 'EXPIRED';
  return right.status;
}

/**
 * Only a verified, unexpired right may carry a claim. Every place that lets a claim rest on
 * a right asks this (or lib/data/rights.ts rightsUsableForClaims, its query twin).
 */
export function canCarryClaim(right: { status: RightStatus; expiresAt: Date | null }, now: Date): boolean {
  return right.status === 'VERIFIED' && !isExpired(right.expiresAt, now);
}

/** The brand's agents are reminded this long before a verified right expires. */
export const RIGHT_EXPIRY_NOTICE_DAYS = 30;

/** Whether a verified right is due its expiry reminder at `now` (within the notice window, not yet expired). */
export function expiryReminderDue(right: { status: RightStatus; expiresAt: Date | null; expiryNotifiedAt: Date | null }, now: Date): boolean {
  if (right.status !== 'VERIFIED' || right.expiresAt === null || right.expiryNotifiedAt !== null) return false;
  if (isExpired(right.expiresAt, now)) return false;
  return right.expiresAt.getTime() - now.getTime() <= RIGHT_EXPIRY_NOTICE_DAYS * 86_400_000;
}

export type RightCounts = Record<RightStanding, number>;

export function emptyRightCounts(): RightCounts {
  return { VERIFIED: 0, PENDING: 0, REJECTED: 0, EXPIRED: 0 };
}

/**
 * Adds up right counts grouped by status, given separately for rights whose expiry has
 * passed (`expired: true`) and the rest — the two groupBy queries the data layer runs.
 */
export function tallyRightCounts(groups: { status: RightStatus; expired: boolean; count: number }[]): RightCounts {
  const counts = emptyRightCounts();
  for (const group of groups) {
    const standing: RightStanding = group.status === 'REJECTED' ? 'REJECTED' : group.expired ? 'EXPIRED' : group.status;
    counts[standing] += group.count;
  }
  return counts;
}

// ───────────────────────────── Verification transitions ─────────────────────────────
//
//   PENDING  ── verify ──▶ VERIFIED      (not when already expired: it could carry nothing)
//   PENDING  ── reject ──▶ REJECTED      (a reason is required; the agent sees it)
//   PENDING  ── amend  ──▶ PENDING       (the agent corrects it before anyone decided)
//   REJECTED ── amend  ──▶ PENDING       (corrected and resubmitted)
//   VERIFIED ── amend  ──▶ PENDING       (a fact the reviewer checked changed)
// Everything else is refused. VERIFIED is otherwise final: expiry makes it unusable
// without changing the stored status.

export type RightEvent = 'verify' | 'reject' | 'amend';

const RIGHT_TRANSITIONS: Record<RightStatus, Partial<Record<RightEvent, RightStatus>>> = {
  PENDING: { verify: 'VERIFIED', reject: 'REJECTED', amend: 'PENDING' },
  REJECTED: { amend: 'PENDING' },
  VERIFIED: { amend: 'PENDING' },
};

/** The status an event leads to, or null when the event is not allowed from here. */
export function nextRightStatus(status: RightStatus, event: RightEvent): RightStatus | null {
  return RIGHT_TRANSITIONS[status][event] ?? null;
}

export type DecisionViolation = 'alreadyDecided' | 'reasonRequired' | 'expired';

export type ReviewerDecision = { kind: 'verify'; note: string | null } | { kind: 'reject'; reason: string };

export type DecisionOutcome<S> = { ok: true; status: S; statusReason: string | null } | { ok: false; violation: DecisionViolation };

/** Shared by rights, brands and powers of attorney: the reason a rejection must carry. */
export function rejectionReasonMissing(decision: ReviewerDecision): boolean {
  return decision.kind === 'reject' && decision.reason.trim() === '';
}

/** A reviewer's decision on a right, as it stands now. */
export function decideRightVerification(
  right: { status: RightStatus; expiresAt: Date | null },
  decision: ReviewerDecision,
  now: Date,
): DecisionOutcome<RightStatus> {
  const next = nextRightStatus(right.status, decision.kind);
  if (!next) return { ok: false, violation: 'alreadyDecided' };
  if (rejectionReasonMissing(decision)) return { ok: false, violation: 'reasonRequired' };
  if (decision.kind === 'verify' && isExpired(right.expiresAt, now)) return { ok: false, violation: 'expired' };
  return decision.kind === 'verify'
    ? { ok: true, status: next, statusReason: decision.note?.trim() || null }
    : { ok: true, status: next, statusReason: decision.reason.trim() };
}

/** The facts a reviewer checks; changing any of them on a verified right needs a new check. */
export interface RightFacts {
  type: RightType;
  registrationNumber: string;
  office: string;
  jurisdiction: string;
  classes: number[];
  ownerName: string;
  registeredAt: Date | null;
  expiresAt: Date | null;
  certificateDocumentId: string | null;
}

const sameDate = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Which verified facts differ between two versions of a right. */
export function changedRightFacts(before: RightFacts, after: RightFacts): (keyof RightFacts)[] {
  const changed: (keyof RightFacts)[] = [];
  if (before.type !== after.type) changed.push('type');
  if (before.registrationNumber !== after.registrationNumber) changed.push('registrationNumber');
  if (before.office !== after.office) changed.push('office');
  if (before.jurisdiction !== after.jurisdiction) changed.push('jurisdiction');
  if ([...before.classes].sort((a, b) => a - b).join(',') !== [...after.classes].sort((a, b) => a - b).join(',')) changed.push('classes');
  if (before.ownerName !== after.ownerName) changed.push('ownerName');
  if (!sameDate(before.registeredAt, after.registeredAt)) changed.push('registeredAt');
  if (!sameDate(before.expiresAt, after.expiresAt)) changed.push('expiresAt');
  if (before.certificateDocumentId !== after.certificateDocumentId) changed.push('certificateDocumentId');
  return changed;
}

/**
 * Where an agent's edit leaves a right. A rejected right goes back to the reviewer (a
 * resubmission) even unchanged — the agent may be answering the reason with the same
 * certificate. A verified right stays verified only when nothing the reviewer checked
 * changed: otherwise a new registration number, or a later expiry typed in by hand, would
 * carry claims unchecked.
 */
export function rightStatusAfterEdit(
  before: RightFacts & { status: RightStatus },
  after: RightFacts,
): { status: RightStatus; changed: (keyof RightFacts)[]; resubmitted: boolean } {
  const changed = changedRightFacts(before, after);
  if (before.status === 'VERIFIED' && changed.length === 0) return { status: 'VERIFIED', changed, resubmitted: false };
  const status = nextRightStatus(before.status, 'amend') ?? before.status;
  return { status, changed, resubmitted: before.status !== 'PENDING' };
}

// ───────────────────────────── Offices, numbers, classes ─────────────────────────────

/** The offices offered in the form; anything else is entered as "other". */
export const COMMON_OFFICES = ['USPTO', 'EUIPO', 'CNIPA', 'UKIPO', 'JPO', 'WIPO'] as const;
export type CommonOffice = (typeof COMMON_OFFICES)[number];

export function isCommonOffice(office: string): office is CommonOffice {
  return (COMMON_OFFICES as readonly string[]).includes(office);
}

/** The jurisdiction each common office registers for (WIPO: international registrations). */
export const OFFICE_JURISDICTION: Record<CommonOffice, string> = {
  USPTO: 'US',
  EUIPO: 'EU',
  CNIPA: 'CN',
  UKIPO: 'GB',
  JPO: 'JP',
  WIPO: 'WO',
};

/**
 * What each office's registration numbers look like once normalised: a reviewer's hint,
 * not a rule (old registrations, divisional numbers and typing conventions vary).
 */
const REGISTRATION_NUMBER_SHAPES: Record<CommonOffice, RegExp> = {
  USPTO: /^\d{7,8}$/, // 7-digit registration (or the 8-digit serial number)
  EUIPO: /^\d{9}$/, // EU trade mark number, leading zeros kept: 018234561
  CNIPA: /^\d{7,9}$/,
  UKIPO: /^(UK\d{11}|\d{7})$/, // UK00003123456, or a pre-2020 7-digit number
  JPO: /^\d{7}(-\d{1,3})?$/,
  WIPO: /^\d{6,7}$/, // international registration number
};

/** Upper-case, without spaces, commas or dots: "5,812,447" and "5812447" are one number. */
export function normaliseRegistrationNumber(value: string): string {
  return value.trim().toUpperCase().replace(/[\s,.]/g, '');
}

/** Whether a (normalised) number has the shape its office uses; null for other offices. */
export function registrationNumberLooksRight(office: string, registrationNumber: string): boolean | null {
  if (!isCommonOffice(office)) return null;
  return REGISTRATION_NUMBER_SHAPES[office].test(registrationNumber);
}

export const NICE_CLASS_MIN = 1;
export const NICE_CLASS_MAX = 45;

/**
 * "25, 18 ,25" → [18, 25]. Null when any entry is not a whole number from 1 to 45, so
 * the form can say so instead of silently dropping it.
 */
export function parseNiceClasses(value: string): number[] | null {
  const parts = value
    .split(/[,，;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const classes = new Set<number>();
  for (const part of parts) {
    if (!/^\d{1,2}$/.test(part)) return null;
    const n = Number(part);
    if (n < NICE_CLASS_MIN || n > NICE_CLASS_MAX) return null;
    classes.add(n);
  }
  return [...classes].sort((a, b) => a - b);
}

/** Names compared loosely: case, accents, punctuation and company suffixes aside. */
export function normaliseOwnerName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '') // "S.A." is "SA"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(inc|incorporated|ltd|limited|llc|llp|plc|sa|sas|sarl|gmbh|ag|bv|nv|co|corp|corporation|company|pte|pty|kk|spa|srl)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function ownerNamesMatch(a: string, b: string): boolean {
  const left = normaliseOwnerName(a);
  return left !== '' && left === normaliseOwnerName(b);
}

// ───────────────────────────── The reviewer's checklist ─────────────────────────────

export type CheckResult = 'pass' | 'fail' | 'unknown';

export const RIGHT_CHECKS = ['numberFormat', 'jurisdiction', 'ownerMatches', 'notExpired', 'classesPresent', 'certificateAttached'] as const;
export type RightCheck = (typeof RIGHT_CHECKS)[number];

/**
 * What the system can check for the reviewer before they compare the certificate by eye.
 * `unknown` where it cannot tell (an office it has no pattern for).
 */
export function rightChecklist(
  right: RightFacts,
  brandOwnerName: string,
  now: Date,
): Record<RightCheck, CheckResult> {
  const format = registrationNumberLooksRight(right.office, right.registrationNumber);
  const jurisdiction = isCommonOffice(right.office) ? OFFICE_JURISDICTION[right.office] === right.jurisdiction : null;
  const result = (value: boolean | null): CheckResult => (value === null ? 'unknown' : value ? 'pass' : 'fail');
  return {
    numberFormat: result(format),
    jurisdiction: result(jurisdiction),
    ownerMatches: result(ownerNamesMatch(right.ownerName, brandOwnerName)),
    notExpired: result(!isExpired(right.expiresAt, now)),
    // Classes are a trademark's scope; copyrights have none.
    classesPresent: right.type === 'COPYRIGHT' ? 'unknown' : result(right.classes.length > 0),
    certificateAttached: result(right.certificateDocumentId !== null),
  };
}
