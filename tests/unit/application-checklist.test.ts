// The checklist rules at their boundaries (lib/domain/application-checklist.ts): an invoice
// exactly 365 days old vs 366, today vs tomorrow, quantities equal vs one short, a code
// expired at the second, a revoked parent in the chain, names that differ only in form.
import { describe, expect, it } from 'vitest';
import {
  authorizationProblem,
  buildChecklist,
  checkCodes,
  checkInvoiceDates,
  checkIssuers,
  checkLetters,
  checkQuantities,
  normaliseCompanyName,
  submissionProblems,
  unconfirmedChecks,
  type AuthorizationLink,
  type ChecklistFacts,
} from '@/lib/domain/application-checklist';

const DAY = 86_400_000;
const now = new Date('2026-06-01T15:30:00Z');
const policy = { invoiceWindowDays: 365 };

function link(overrides: Partial<AuthorizationLink> = {}): AuthorizationLink {
  return {
    brandId: 'brand',
    holderName: 'Le Carré Vintage',
    holderStoreId: null,
    status: 'ACTIVE',
    validFrom: new Date(now.getTime() - 10 * DAY),
    validUntil: new Date(now.getTime() + 10 * DAY),
    parent: null,
    ...overrides,
  };
}

function facts(overrides: Partial<ChecklistFacts> = {}): ChecklistFacts {
  return {
    brand: { id: 'brand', name: 'Maison Aurel', ownerName: 'Maison Aurel SA' },
    distributors: [
      { name: 'Aurel Distribution Asia Ltd', active: true },
      { name: 'Former Partner Co', active: false },
    ],
    store: { id: 'store', name: 'Le Carré Vintage' },
    invoices: [{ id: 'i1', issuerName: 'Aurel Distribution Asia Ltd', issuedAt: new Date('2026-05-01T00:00:00Z'), quantity: 10 }],
    letters: [],
    codes: [],
    listedQuantity: 10,
    ...overrides,
  };
}

const invoiceOn = (issuedAt: Date) => facts({ invoices: [{ id: 'i', issuerName: 'Maison Aurel', issuedAt, quantity: 1 }] });

describe('company names', () => {
  it('ignore case, punctuation, width and legal forms', () => {
    expect(normaliseCompanyName('AUREL Distribution Asia, Limited')).toBe(normaliseCompanyName('Aurel Distribution Asia Ltd.'));
    expect(normaliseCompanyName('ＡＵＲＥＬ')).toBe('aurel');
    expect(normaliseCompanyName('Aurel Distribution')).not.toBe(normaliseCompanyName('Aurel Distribution Asia'));
  });
});

describe('(a) invoice issuer', () => {
  it('passes for the brand, its owner, or an active distributor', () => {
    expect(checkIssuers(facts()).result).toBe('pass');
    expect(checkIssuers(facts({ invoices: [{ id: 'i', issuerName: 'maison aurel s.a.', issuedAt: now, quantity: 1 }] })).result).toBe('pass');
  });
  it('fails for an inactive distributor or a stranger, and with no invoice', () => {
    expect(checkIssuers(facts({ invoices: [{ id: 'i', issuerName: 'Former Partner Co', issuedAt: now, quantity: 1 }] })).result).toBe('fail');
    expect(checkIssuers(facts({ invoices: [{ id: 'i', issuerName: 'Cheap Goods Trading', issuedAt: now, quantity: 1 }] })).result).toBe('fail');
    expect(checkIssuers(facts({ invoices: [] })).result).toBe('fail');
  });
});

describe('(b) uploaded letters', () => {
  const letter = { id: 'l', issuerName: 'Aurel Distribution Asia Limited', validUntil: new Date(now.getTime() + DAY), brandConfirmation: 'NOT_REQUESTED' as const };
  it('a letter in order still needs a human until the brand confirms it', () => {
    expect(checkLetters(facts({ letters: [letter] }), now).result).toBe('human');
    expect(checkLetters(facts({ letters: [{ ...letter, brandConfirmation: 'CONFIRMED' }] }), now).result).toBe('pass');
  });
  it('fails when denied, expired (at the second) or naming no invoice issuer', () => {
    expect(checkLetters(facts({ letters: [{ ...letter, brandConfirmation: 'DENIED' }] }), now).result).toBe('fail');
    expect(checkLetters(facts({ letters: [{ ...letter, validUntil: now }] }), now).result).toBe('fail');
    expect(checkLetters(facts({ letters: [{ ...letter, validUntil: new Date(now.getTime() + 1000) }] }), now).result).toBe('human');
    expect(checkLetters(facts({ letters: [{ ...letter, issuerName: 'Somebody Else' }] }), now).result).toBe('fail');
  });
  it('no letter passes only when a code stands in for it', () => {
    expect(checkLetters(facts(), now).result).toBe('fail');
    expect(checkLetters(facts({ codes: [{ id: 'c', code: 'X', authorization: link() }] }), now).result).toBe('pass');
  });
});

describe('(c) invoice dates', () => {
  const midnight = new Date('2026-06-01T00:00:00Z');
  it('today passes, tomorrow is in the future', () => {
    expect(checkInvoiceDates(invoiceOn(midnight), now, policy).result).toBe('pass');
    expect(checkInvoiceDates(invoiceOn(new Date(midnight.getTime() + DAY)), now, policy).result).toBe('fail');
    expect(checkInvoiceDates(invoiceOn(new Date(midnight.getTime() + DAY)), now, policy).facts[0]!.key).toBe('invoiceInFuture');
  });
  it('exactly 365 days old passes, 366 fails', () => {
    expect(checkInvoiceDates(invoiceOn(new Date(midnight.getTime() - 365 * DAY)), now, policy).result).toBe('pass');
    const old = checkInvoiceDates(invoiceOn(new Date(midnight.getTime() - 366 * DAY)), now, policy);
    expect(old.result).toBe('fail');
    expect(old.facts[0]).toMatchObject({ key: 'invoiceTooOld', params: { days: 366 } });
  });
});

describe('(d) quantities', () => {
  it('equal passes, one short fails', () => {
    expect(checkQuantities(facts({ listedQuantity: 10 })).result).toBe('pass');
    expect(checkQuantities(facts({ listedQuantity: 11 })).result).toBe('fail');
    expect(checkQuantities(facts({ listedQuantity: 11 })).facts[0]!.params).toEqual({ invoiced: 10, listed: 11 });
  });
});

describe('(e) Assay codes', () => {
  it('valid until the second before validUntil, expired at it', () => {
    expect(authorizationProblem(link({ validUntil: new Date(now.getTime() + 1000) }), 'brand', now)).toBeNull();
    expect(authorizationProblem(link({ validUntil: now }), 'brand', now)).toBe('expired');
  });
  it('a revoked parent voids the chain', () => {
    const parent = link({ holderName: 'Aurel Distribution Asia Ltd', status: 'REVOKED' });
    expect(authorizationProblem(link({ parent }), 'brand', now)).toBe('revoked');
    expect(authorizationProblem(link({ parent: { ...parent, status: 'ACTIVE' } }), 'brand', now)).toBeNull();
  });
  it('unknown, revoked, not yet valid, other brand', () => {
    expect(authorizationProblem(null, 'brand', now)).toBe('unknown');
    expect(authorizationProblem(link({ status: 'REVOKED' }), 'brand', now)).toBe('revoked');
    expect(authorizationProblem(link({ validFrom: new Date(now.getTime() + 1000) }), 'brand', now)).toBe('notYetValid');
    expect(authorizationProblem(link(), 'other', now)).toBe('otherBrand');
  });
  it('the holder must be the store or an invoice issuer', () => {
    expect(checkCodes(facts({ codes: [{ id: 'c', code: 'A', authorization: link() }] }), now).result).toBe('pass');
    expect(checkCodes(facts({ codes: [{ id: 'c', code: 'A', authorization: link({ holderName: 'Aurel Distribution Asia Ltd' }) }] }), now).result).toBe('pass');
    expect(checkCodes(facts({ codes: [{ id: 'c', code: 'A', authorization: link({ holderName: 'Someone', holderStoreId: 'store' }) }] }), now).result).toBe('pass');
    expect(checkCodes(facts({ codes: [{ id: 'c', code: 'A', authorization: link({ holderName: 'Someone' }) }] }), now).result).toBe('fail');
    expect(checkCodes(facts({ codes: [{ id: 'c', code: 'A', authorization: link({ status: 'REVOKED' }) }] }), now).result).toBe('fail');
  });
});

describe('submitting and approving', () => {
  it('needs an invoice, a letter or code, and invoices covering the listed stock', () => {
    expect(submissionProblems({ invoices: [], letterCount: 0, codeCount: 0, listedQuantity: 0 }).map((p) => p.key)).toEqual(['invoiceRequired', 'letterRequired']);
    expect(submissionProblems({ invoices: [{ quantity: 5 }], letterCount: 0, codeCount: 1, listedQuantity: 5 })).toEqual([]);
    expect(submissionProblems({ invoices: [{ quantity: 4 }], letterCount: 1, codeCount: 0, listedQuantity: 5 })).toEqual([
      { key: 'quantityShort', field: 'invoices', invoiced: 4, listed: 5 },
    ]);
  });
  it('every check not passing must be confirmed by the reviewer', () => {
    const checks = buildChecklist(facts({ letters: [{ id: 'l', issuerName: 'Aurel Distribution Asia Ltd', validUntil: new Date(now.getTime() + DAY), brandConfirmation: 'NOT_REQUESTED' }] }), now, policy);
    expect(checks.map((c) => [c.key, c.result])).toEqual([
      ['issuer', 'pass'],
      ['letters', 'human'],
      ['invoiceDates', 'pass'],
      ['quantities', 'pass'],
      ['codes', 'pass'],
    ]);
    expect(unconfirmedChecks(checks, [])).toEqual(['letters']);
    expect(unconfirmedChecks(checks, ['letters'])).toEqual([]);
  });
});
