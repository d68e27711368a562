// The reviewer's checklist for a right-to-sell application (journey 3), pre-filled by the
// system where it can check. Pure: the data layer gathers the facts, this decides, a unit
// test holds the boundaries. Each check is pass, fail, or "needs a human" (the system cannot
// tell, e.g. whether an uploaded letter is genuine), with the facts it relied on so the
// reviewer sees why.
//
// Also here: what blocks a submission (the seller's own field errors) and whether an Assay
// authorization code may be relied on (the whole chain brand → distributor → store).
// `protection` owns the public verification of codes; this is the small rule the checklist
// needs, to be merged with theirs.
import type { AuthorizationStatus, BrandConfirmation } from '../generated/prisma/enums';

const DAY_MS = 86_400_000;

// ───────────────────────────── Names ─────────────────────────────

/** Legal-form words that do not tell two companies apart ("Ltd" vs "Limited"). */
const LEGAL_FORMS = new Set(['ltd', 'limited', 'co', 'company', 'inc', 'incorporated', 'llc', 'plc', 'sa', 'sas', 'sarl', 'gmbh', 'ag', 'bv', 'corp', 'corporation']);

/**
 * A company name reduced to what identifies it: compatibility-normalised (full-width
 * letters), lower case, punctuation dropped, legal forms dropped, single spaces.
 */
export function normaliseCompanyName(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    // "S.A." is one word, "sa"
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const kept = words.filter((w) => !LEGAL_FORMS.has(w));
  return (kept.length ? kept : words).join(' ');
}

export function sameCompany(a: string, b: string): boolean {
  const na = normaliseCompanyName(a);
  return na !== '' && na === normaliseCompanyName(b);
}

// ───────────────────────────── Dates ─────────────────────────────

/** Whole UTC days since the epoch: invoice dates are calendar dates. */
function utcDay(at: Date): number {
  return Math.floor(at.getTime() / DAY_MS);
}

/** An invoice dated after today (UTC) is in the future; today itself is fine. */
export function isFutureDate(date: Date, now: Date): boolean {
  return utcDay(date) > utcDay(now);
}

/** How many whole days old an invoice date is at `now` (0 today). */
export function invoiceAgeDays(issuedAt: Date, now: Date): number {
  return utcDay(now) - utcDay(issuedAt);
}

// ───────────────────────────── Assay authorization codes ─────────────────────────────

export interface AuthorizationLink {
  brandId: string;
  holderName: string;
  holderStoreId: string | null;
  status: AuthorizationStatus;
  validFrom: Date;
  validUntil: Date;
  /** The authorization this one was issued under (brand → distributor → store), or null. */
  parent: AuthorizationLink | null;
}

export type CodeProblem = 'unknown' | 'revoked' | 'expired' | 'notYetValid' | 'otherBrand';

/**
 * Why an authorization cannot be relied on at `now`, or null when it can. Every link of
 * the chain must be active and in date: a revoked distributor authorization voids the
 * store's. Valid from validFrom (inclusive) until validUntil (exclusive, to the second).
 */
export function authorizationProblem(auth: AuthorizationLink | null, brandId: string, now: Date): CodeProblem | null {
  if (!auth) return 'unknown';
  const t = now.getTime();
  for (let link: AuthorizationLink | null = auth; link; link = link.parent) {
    if (link.brandId !== brandId) return 'otherBrand';
    if (link.status === 'REVOKED') return 'revoked';
    if (link.validUntil.getTime() <= t) return 'expired';
    if (link.validFrom.getTime() > t) return 'notYetValid';
  }
  return null;
}

// ───────────────────────────── The facts and the checks ─────────────────────────────

export interface InvoiceFacts {
  id: string;
  issuerName: string;
  issuedAt: Date;
  quantity: number;
}

export interface LetterFacts {
  id: string;
  issuerName: string;
  validUntil: Date;
  brandConfirmation: BrandConfirmation;
}

export interface CodeFacts {
  id: string;
  code: string;
  authorization: AuthorizationLink;
}

export interface ChecklistFacts {
  brand: { id: string; name: string; ownerName: string };
  /** The brand's distributors; only active ones count. */
  distributors: { name: string; active: boolean }[];
  store: { id: string; name: string };
  invoices: InvoiceFacts[];
  letters: LetterFacts[];
  codes: CodeFacts[];
  /** Units the store lists for the brand (its active listings' stock). */
  listedQuantity: number;
}

export interface ChecklistPolicy {
  invoiceWindowDays: number;
}

export const CHECK_KEYS = ['issuer', 'letters', 'invoiceDates', 'quantities', 'codes'] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];
export type CheckResult = 'pass' | 'fail' | 'human';

/** One fact behind a check: a message key under applications.checklist.fact and its values. */
export interface CheckFact {
  key: string;
  params: Record<string, string | number>;
  ok: boolean;
}

export interface Check {
  key: CheckKey;
  result: CheckResult;
  facts: CheckFact[];
}

function worst(results: CheckResult[]): CheckResult {
  if (results.includes('fail')) return 'fail';
  if (results.includes('human')) return 'human';
  return 'pass';
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** (a) Each invoice comes from the brand itself or one of its active authorized distributors. */
export function checkIssuers(facts: ChecklistFacts): Check {
  if (facts.invoices.length === 0) return { key: 'issuer', result: 'fail', facts: [{ key: 'noInvoices', params: {}, ok: false }] };
  const known = [facts.brand.name, facts.brand.ownerName, ...facts.distributors.filter((d) => d.active).map((d) => d.name)];
  const lines = facts.invoices.map((invoice): CheckFact => {
    const asBrand = sameCompany(invoice.issuerName, facts.brand.name) || sameCompany(invoice.issuerName, facts.brand.ownerName);
    const asDistributor = !asBrand && known.some((name) => sameCompany(invoice.issuerName, name));
    if (asBrand) return { key: 'issuerIsBrand', params: { issuer: invoice.issuerName }, ok: true };
    if (asDistributor) return { key: 'issuerIsDistributor', params: { issuer: invoice.issuerName }, ok: true };
    return { key: 'issuerUnknown', params: { issuer: invoice.issuerName }, ok: false };
  });
  return { key: 'issuer', result: lines.every((l) => l.ok) ? 'pass' : 'fail', facts: lines };
}

/**
 * (b) Each uploaded letter names an invoice issuer and is in date. Whether the paper is
 * genuine only the brand can say, so a letter in order still needs a human unless the brand
 * confirmed it; a letter the brand denied fails.
 */
export function checkLetters(facts: ChecklistFacts, now: Date): Check {
  if (facts.letters.length === 0) {
    return facts.codes.length > 0
      ? { key: 'letters', result: 'pass', facts: [{ key: 'noLettersCodeInstead', params: {}, ok: true }] }
      : { key: 'letters', result: 'fail', facts: [{ key: 'noLetters', params: {}, ok: false }] };
  }
  const results: CheckResult[] = [];
  const lines: CheckFact[] = [];
  for (const letter of facts.letters) {
    const namesIssuer = facts.invoices.some((i) => sameCompany(i.issuerName, letter.issuerName));
    const inDate = letter.validUntil.getTime() > now.getTime();
    lines.push({ key: namesIssuer ? 'letterNamesIssuer' : 'letterIssuerNotOnInvoice', params: { issuer: letter.issuerName }, ok: namesIssuer });
    lines.push({ key: inDate ? 'letterInDate' : 'letterExpired', params: { validUntil: isoDay(letter.validUntil) }, ok: inDate });
    lines.push({ key: `confirmation${letter.brandConfirmation}`, params: {}, ok: letter.brandConfirmation !== 'DENIED' });
    if (!namesIssuer || !inDate || letter.brandConfirmation === 'DENIED') results.push('fail');
    else results.push(letter.brandConfirmation === 'CONFIRMED' ? 'pass' : 'human');
  }
  return { key: 'letters', result: worst(results), facts: lines };
}

/** (c) Invoice dates: not in the future, and at most invoiceWindowDays old (365 passes, 366 fails). */
export function checkInvoiceDates(facts: ChecklistFacts, now: Date, policy: ChecklistPolicy): Check {
  if (facts.invoices.length === 0) return { key: 'invoiceDates', result: 'fail', facts: [{ key: 'noInvoices', params: {}, ok: false }] };
  const lines = facts.invoices.map((invoice): CheckFact => {
    const date = isoDay(invoice.issuedAt);
    if (isFutureDate(invoice.issuedAt, now)) return { key: 'invoiceInFuture', params: { date }, ok: false };
    const age = invoiceAgeDays(invoice.issuedAt, now);
    if (age > policy.invoiceWindowDays) return { key: 'invoiceTooOld', params: { date, days: age, windowDays: policy.invoiceWindowDays }, ok: false };
    return { key: 'invoiceInWindow', params: { date, days: age, windowDays: policy.invoiceWindowDays }, ok: true };
  });
  return { key: 'invoiceDates', result: lines.every((l) => l.ok) ? 'pass' : 'fail', facts: lines };
}

export function invoicedQuantity(invoices: Pick<InvoiceFacts, 'quantity'>[]): number {
  return invoices.reduce((sum, i) => sum + i.quantity, 0);
}

/** (d) The invoices cover at least the units the store lists for the brand. */
export function checkQuantities(facts: ChecklistFacts): Check {
  const invoiced = invoicedQuantity(facts.invoices);
  const ok = invoiced >= facts.listedQuantity;
  return { key: 'quantities', result: ok ? 'pass' : 'fail', facts: [{ key: 'quantities', params: { invoiced, listed: facts.listedQuantity }, ok }] };
}

/**
 * (e) Each Assay code is valid and unrevoked along its whole chain, for this brand, and held
 * by the store itself or by one of the invoice issuers.
 */
export function checkCodes(facts: ChecklistFacts, now: Date): Check {
  if (facts.codes.length === 0) return { key: 'codes', result: 'pass', facts: [{ key: 'noCodes', params: {}, ok: true }] };
  const lines: CheckFact[] = [];
  for (const { code, authorization } of facts.codes) {
    const problem = authorizationProblem(authorization, facts.brand.id, now);
    lines.push(problem ? { key: `code_${problem}`, params: { code }, ok: false } : { key: 'codeValid', params: { code, validUntil: isoDay(authorization.validUntil) }, ok: true });
    const holder = authorization.holderName;
    const heldByStore = authorization.holderStoreId === facts.store.id || sameCompany(holder, facts.store.name);
    const heldByIssuer = facts.invoices.some((i) => sameCompany(i.issuerName, holder));
    lines.push({ key: heldByStore ? 'codeHeldByStore' : heldByIssuer ? 'codeHeldByIssuer' : 'codeHolderUnrelated', params: { code, holder }, ok: heldByStore || heldByIssuer });
  }
  return { key: 'codes', result: lines.every((l) => l.ok) ? 'pass' : 'fail', facts: lines };
}

/** The whole checklist, in the order the reviewer reads it. */
export function buildChecklist(facts: ChecklistFacts, now: Date, policy: ChecklistPolicy): Check[] {
  return [checkIssuers(facts), checkLetters(facts, now), checkInvoiceDates(facts, now, policy), checkQuantities(facts), checkCodes(facts, now)];
}

// ───────────────────────────── Submitting and approving ─────────────────────────────

export type SubmissionProblem =
  | { key: 'invoiceRequired'; field: 'invoices' }
  | { key: 'letterRequired'; field: 'letters' }
  | { key: 'quantityShort'; field: 'invoices'; invoiced: number; listed: number };

/**
 * What stops a seller submitting: at least one invoice, at least one letter or Assay code,
 * and invoices covering the units the store lists for the brand.
 */
export function submissionProblems(input: { invoices: Pick<InvoiceFacts, 'quantity'>[]; letterCount: number; codeCount: number; listedQuantity: number }): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  if (input.invoices.length === 0) problems.push({ key: 'invoiceRequired', field: 'invoices' });
  if (input.letterCount + input.codeCount === 0) problems.push({ key: 'letterRequired', field: 'letters' });
  const invoiced = invoicedQuantity(input.invoices);
  if (input.invoices.length > 0 && invoiced < input.listedQuantity) problems.push({ key: 'quantityShort', field: 'invoices', invoiced, listed: input.listedQuantity });
  return problems;
}

/** The checklist as stored with the decision: the system's results, the reviewer's ticks and note. */
export interface StoredChecklist {
  checks: Check[];
  /** Checks the reviewer confirmed by hand (for those that did not pass on their own). */
  confirmed: CheckKey[];
  note: string | null;
  decidedAt: string;
}

/**
 * Checks that stop an approval: every check must pass on its own or be confirmed by the
 * reviewer (who takes responsibility for a human judgement or an override).
 */
export function unconfirmedChecks(checks: Check[], confirmed: readonly CheckKey[]): CheckKey[] {
  return checks.filter((c) => c.result !== 'pass' && !confirmed.includes(c.key)).map((c) => c.key);
}
