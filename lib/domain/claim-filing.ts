// The rules of filing a claim (journey 1, the brand's side): the steps of the draft editor,
// reading pasted listing references, and what a draft must hold before it may be
// submitted. Pure: the data layer (lib/data/claim-filing.ts) reads the facts inside its
// transaction and asks these functions; they are unit-tested as plain functions.
import type { InfringementType, ListingStatus } from '../generated/prisma/enums';
import { canCarryClaim } from './rights';

// ───────────────────────────── Steps ─────────────────────────────

/** The editor's steps in order; each is a segment under /brand/claims/<id>/edit/. */
export const FILING_STEPS = ['rights', 'listings', 'types', 'evidence', 'declarations', 'review'] as const;
export type FilingStep = (typeof FILING_STEPS)[number];

export function isFilingStep(value: string): value is FilingStep {
  return (FILING_STEPS as readonly string[]).includes(value);
}

export function stepIndex(step: FilingStep): number {
  return FILING_STEPS.indexOf(step);
}

/** `Claim.draftStep` (the furthest step reached, an index) as a step; garbage reads as the first. */
export function stepAt(index: number): FilingStep {
  const clamped = Number.isInteger(index) ? Math.min(Math.max(index, 0), FILING_STEPS.length - 1) : 0;
  return FILING_STEPS[clamped]!;
}

/** The furthest step after saving `saved`: the one after it, never going back. */
export function draftStepAfterSaving(current: number, saved: FilingStep): number {
  return Math.max(current, Math.min(stepIndex(saved) + 1, FILING_STEPS.length - 1));
}

/** A step may be opened once reached (saving the step before it reaches it). */
export function canOpenStep(draftStep: number, step: FilingStep): boolean {
  return stepIndex(step) <= Math.max(0, draftStep);
}

export function editorPath(claimId: string, step?: FilingStep): string {
  return `/brand/claims/${claimId}/edit${step ? `/${step}` : ''}`;
}

// ───────────────────────────── Draft references ─────────────────────────────

// Claim.reference is required and unique. A draft has no human reference yet (numbers are
// handed out at submission, from a sequence, so they run without gaps for abandoned
// drafts), so it holds a placeholder no submitted claim can have.
export const DRAFT_REFERENCE_PREFIX = 'DRAFT-';

export function draftReference(token: string): string {
  return `${DRAFT_REFERENCE_PREFIX}${token}`;
}

/** Human-facing claim reference, e.g. CLM-2026-000123 (more digits once past 999,999). */
export function claimReference(year: number, sequence: number | bigint): string {
  return `CLM-${year}-${String(sequence).padStart(6, '0')}`;
}

export const CLAIM_REFERENCE_PATTERN = /^CLM-\d{4}-\d{6,}$/;

// ───────────────────────────── Pasted listing references ─────────────────────────────

/** Most lines one paste may carry (larger lists go through the bulk CSV import). */
export const MAX_PASTED_LINES = 500;
/** Most listings one claim may carry. */
export const MAX_CLAIM_ITEMS = 10_000;
export const MAX_REFERENCE_LENGTH = 500;

export interface PastedLine {
  /** 1-based line number in the text as typed (blank lines count). */
  line: number;
  /** The trimmed reference: a listing id or a listing URL. */
  reference: string;
}

/** The non-blank lines of a paste, trimmed, with their line numbers as the user sees them. */
export function parsePastedLines(text: string): PastedLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ line: index + 1, reference: raw.trim() }))
    .filter((entry) => entry.reference !== '');
}

/** A listing as the paste resolver needs it. */
export interface ResolvableListing {
  id: string;
  externalId: string;
  url: string | null;
  status: ListingStatus;
}

export type PasteResolution =
  | { ok: true; listingIds: string[] }
  | { ok: false; unknownLines: number[]; inactiveLines: number[] };

/**
 * Matches each pasted line to a listing by its marketplace id or its URL. All or nothing:
 * if any line matches no listing, or a listing that is not active, nothing is added and the
 * lines are reported. A listing named twice is added once.
 */
export function resolvePastedLines(lines: PastedLine[], listings: ResolvableListing[]): PasteResolution {
  const byExternalId = new Map(listings.map((l) => [l.externalId, l]));
  const byUrl = new Map(listings.filter((l) => l.url).map((l) => [l.url!, l]));
  const unknownLines: number[] = [];
  const inactiveLines: number[] = [];
  const ids = new Set<string>();
  for (const { line, reference } of lines) {
    const listing = byExternalId.get(reference) ?? byUrl.get(reference);
    if (!listing) unknownLines.push(line);
    else if (listing.status !== 'ACTIVE') inactiveLines.push(line);
    else ids.add(listing.id);
  }
  if (unknownLines.length || inactiveLines.length) return { ok: false, unknownLines, inactiveLines };
  return { ok: true, listingIds: [...ids] };
}

/** "3, 5, 8" — or the first few and a count, so a 500-line mistake stays readable. */
export function formatLineNumbers(lines: number[], shown = 20): string {
  const head = lines.slice(0, shown).join(', ');
  return lines.length > shown ? `${head} (+${lines.length - shown})` : head;
}

// ───────────────────────────── Submission ─────────────────────────────

export interface DraftFacts {
  status: string;
  /** Whether the filer's organisation may still act for the brand (owner, or live power of attorney). */
  mayActForBrand: boolean;
  brandVerified: boolean;
  rights: { id: string; status: 'PENDING' | 'VERIFIED' | 'REJECTED'; expiresAt: Date | null; label: string }[];
  itemCount: number;
  /** Items whose listing is no longer ACTIVE (its external id), at most a few. */
  inactiveListings: string[];
  goodFaithDeclared: boolean;
  accuracyDeclared: boolean;
  signatureName: string | null;
}

/** Where a problem is shown: each maps to a step of the editor and a field on it. */
export type SubmissionProblem =
  | { code: 'notDraft' }
  | { code: 'mayNotAct' }
  | { code: 'brandNotVerified' }
  | { code: 'rightsRequired' }
  | { code: 'rightsUnusable'; rights: string[] }
  | { code: 'itemsRequired' }
  | { code: 'tooManyItems' }
  | { code: 'listingsInactive'; listings: string[] }
  | { code: 'goodFaithRequired' }
  | { code: 'accuracyRequired' }
  | { code: 'signatureRequired' };

export const PROBLEM_STEP: Record<SubmissionProblem['code'], FilingStep> = {
  notDraft: 'review',
  mayNotAct: 'rights',
  brandNotVerified: 'rights',
  rightsRequired: 'rights',
  rightsUnusable: 'rights',
  itemsRequired: 'listings',
  tooManyItems: 'listings',
  listingsInactive: 'listings',
  goodFaithRequired: 'declarations',
  accuracyRequired: 'declarations',
  signatureRequired: 'declarations',
};

/**
 * Everything that stops a draft from being submitted, at `now` (empty: it may be). All
 * problems at once, so the agent fixes them in one pass.
 */
export function submissionProblems(draft: DraftFacts, now: Date): SubmissionProblem[] {
  if (draft.status !== 'DRAFT') return [{ code: 'notDraft' }];
  const problems: SubmissionProblem[] = [];
  if (!draft.mayActForBrand) problems.push({ code: 'mayNotAct' });
  else if (!draft.brandVerified) problems.push({ code: 'brandNotVerified' });
  const unusable = draft.rights.filter((r) => !canCarryClaim(r, now));
  if (draft.rights.length === 0) problems.push({ code: 'rightsRequired' });
  else if (unusable.length > 0) problems.push({ code: 'rightsUnusable', rights: unusable.map((r) => r.label) });
  if (draft.itemCount === 0) problems.push({ code: 'itemsRequired' });
  else if (draft.itemCount > MAX_CLAIM_ITEMS) problems.push({ code: 'tooManyItems' });
  if (draft.inactiveListings.length > 0) problems.push({ code: 'listingsInactive', listings: draft.inactiveListings });
  if (!draft.goodFaithDeclared) problems.push({ code: 'goodFaithRequired' });
  if (!draft.accuracyDeclared) problems.push({ code: 'accuracyRequired' });
  if (!draft.signatureName || draft.signatureName.trim() === '') problems.push({ code: 'signatureRequired' });
  return problems;
}

// ───────────────────────────── Infringement types and evidence ─────────────────────────────

export const INFRINGEMENT_TYPES = [
  'COUNTERFEIT',
  'TRADEMARK_MISUSE',
  'COPYRIGHT',
  'DESIGN',
  'IMAGE_THEFT',
  'UNAUTHORIZED_SALE',
  'OTHER',
] as const satisfies readonly InfringementType[];

/** The document kinds a brand attaches as claim evidence. */
export const EVIDENCE_KINDS = ['TEST_PURCHASE', 'SCREENSHOT', 'COMPARISON', 'TRADEMARK_CERTIFICATE', 'OTHER'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Items a claim's type step and listings step show per page. */
export const ITEMS_PAGE_SIZE = 50;
/** Catalogue search results per page. */
export const CATALOGUE_PAGE_SIZE = 10;
