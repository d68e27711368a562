// Journey 6's rules: right, brand and power-of-attorney verification (every allowed and
// every forbidden transition), expiry at its boundary, and the helpers the forms and the
// reviewer's checklist use.
import { describe, expect, it } from 'vitest';
import type { RightStatus, VerificationStatus } from '@/lib/generated/prisma/enums';
import {
  canCarryClaim,
  changedRightFacts,
  expiryReminderDue,
  decideRightVerification,
  isExpired,
  nextRightStatus,
  normaliseRegistrationNumber,
  ownerNamesMatch,
  parseNiceClasses,
  registrationNumberLooksRight,
  rightChecklist,
  rightStatusAfterEdit,
  type RightEvent,
  type RightFacts,
} from '@/lib/domain/rights';
import {
  agencyChecklist,
  agencyRequestViolation,
  brandChecklist,
  brandStatusAfterEdit,
  decideAgencyAuthorization,
  decideBrandVerification,
  nextAgencyStatus,
  nextBrandStatus,
  type AgencyEvent,
  type VerificationEvent,
} from '@/lib/domain/verification';

const now = new Date('2026-06-01T12:00:00.000Z');
const ms = (delta: number) => new Date(now.getTime() + delta);
const DAY = 86_400_000;

const RIGHT_STATUSES: RightStatus[] = ['PENDING', 'VERIFIED', 'REJECTED'];
const VERIFICATION_STATUSES: VerificationStatus[] = ['UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED'];

describe('expiry', () => {
  it('is expired from the very instant of expiry', () => {
    expect(isExpired(now, now)).toBe(true);
    expect(isExpired(ms(-1), now)).toBe(true);
    expect(isExpired(ms(1), now)).toBe(false);
    expect(isExpired(null, now)).toBe(false);
    expect(isExpired(undefined, now)).toBe(false);
  });

  it('lets only a verified right before its expiry carry a claim', () => {
    expect(canCarryClaim({ status: 'VERIFIED', expiresAt: ms(1) }, now)).toBe(true);
    expect(canCarryClaim({ status: 'VERIFIED', expiresAt: null }, now)).toBe(true);
    expect(canCarryClaim({ status: 'VERIFIED', expiresAt: now }, now)).toBe(false);
    expect(canCarryClaim({ status: 'VERIFIED', expiresAt: ms(-1) }, now)).toBe(false);
    expect(canCarryClaim({ status: 'PENDING', expiresAt: ms(DAY) }, now)).toBe(false);
    expect(canCarryClaim({ status: 'REJECTED', expiresAt: ms(DAY) }, now)).toBe(false);
  });
});

describe('expiry reminders', () => {
  const right = (expiresInDays: number | null, overrides: object = {}) => ({
    status: 'VERIFIED' as RightStatus,
    expiresAt: expiresInDays === null ? null : ms(expiresInDays * DAY),
    expiryNotifiedAt: null as Date | null,
    ...overrides,
  });
  it('are due within 30 days of expiry, once, for verified rights still in force', () => {
    expect(expiryReminderDue(right(30), now)).toBe(true);
    expect(expiryReminderDue(right(1), now)).toBe(true);
    expect(expiryReminderDue(right(30.01), now)).toBe(false);
    expect(expiryReminderDue(right(0), now)).toBe(false); // expired this instant
    expect(expiryReminderDue(right(null), now)).toBe(false);
    expect(expiryReminderDue(right(10, { expiryNotifiedAt: now }), now)).toBe(false);
    expect(expiryReminderDue(right(10, { status: 'PENDING' }), now)).toBe(false);
  });
});

describe('right transitions', () => {
  const allowed: Record<RightStatus, Partial<Record<RightEvent, RightStatus>>> = {
    PENDING: { verify: 'VERIFIED', reject: 'REJECTED', amend: 'PENDING' },
    VERIFIED: { amend: 'PENDING' },
    REJECTED: { amend: 'PENDING' },
  };
  for (const from of RIGHT_STATUSES) {
    for (const event of ['verify', 'reject', 'amend'] as RightEvent[]) {
      const to = allowed[from][event] ?? null;
      it(`${from} --${event}--> ${to ?? 'refused'}`, () => {
        expect(nextRightStatus(from, event)).toBe(to);
      });
    }
  }

  it('verifies a pending right, with an optional note', () => {
    expect(decideRightVerification({ status: 'PENDING', expiresAt: ms(DAY) }, { kind: 'verify', note: null }, now)).toEqual({
      ok: true,
      status: 'VERIFIED',
      statusReason: null,
    });
    expect(decideRightVerification({ status: 'PENDING', expiresAt: null }, { kind: 'verify', note: '  Checked TSDR  ' }, now)).toEqual({
      ok: true,
      status: 'VERIFIED',
      statusReason: 'Checked TSDR',
    });
  });

  it('rejects only with a reason', () => {
    expect(decideRightVerification({ status: 'PENDING', expiresAt: ms(DAY) }, { kind: 'reject', reason: '   ' }, now)).toEqual({
      ok: false,
      violation: 'reasonRequired',
    });
    expect(decideRightVerification({ status: 'PENDING', expiresAt: ms(DAY) }, { kind: 'reject', reason: ' Owner differs ' }, now)).toEqual({
      ok: true,
      status: 'REJECTED',
      statusReason: 'Owner differs',
    });
  });

  it('refuses to decide a right twice', () => {
    for (const status of ['VERIFIED', 'REJECTED'] as const) {
      expect(decideRightVerification({ status, expiresAt: ms(DAY) }, { kind: 'verify', note: null }, now)).toEqual({ ok: false, violation: 'alreadyDecided' });
      expect(decideRightVerification({ status, expiresAt: ms(DAY) }, { kind: 'reject', reason: 'x' }, now)).toEqual({ ok: false, violation: 'alreadyDecided' });
    }
  });

  it('refuses to verify a right that has expired (boundary included), but may reject it', () => {
    expect(decideRightVerification({ status: 'PENDING', expiresAt: now }, { kind: 'verify', note: null }, now)).toEqual({ ok: false, violation: 'expired' });
    expect(decideRightVerification({ status: 'PENDING', expiresAt: ms(1) }, { kind: 'verify', note: null }, now).ok).toBe(true);
    expect(decideRightVerification({ status: 'PENDING', expiresAt: ms(-DAY) }, { kind: 'reject', reason: 'Lapsed' }, now).ok).toBe(true);
  });
});

describe('editing a right', () => {
  const facts: RightFacts = {
    type: 'TRADEMARK',
    registrationNumber: '5812447',
    office: 'USPTO',
    jurisdiction: 'US',
    classes: [18, 25],
    ownerName: 'Maison Aurel SA',
    registeredAt: new Date('2019-01-01T00:00:00Z'),
    expiresAt: new Date('2029-01-01T00:00:00Z'),
    certificateDocumentId: 'doc-1',
  };

  it('keeps a verified right verified when nothing checked changed (class order aside)', () => {
    expect(rightStatusAfterEdit({ ...facts, status: 'VERIFIED' }, { ...facts, classes: [25, 18] })).toEqual({
      status: 'VERIFIED',
      changed: [],
      resubmitted: false,
    });
  });

  it('sends a verified right back to the reviewer when its number or office changes', () => {
    expect(rightStatusAfterEdit({ ...facts, status: 'VERIFIED' }, { ...facts, registrationNumber: '5812448' })).toMatchObject({
      status: 'PENDING',
      changed: ['registrationNumber'],
      resubmitted: true,
    });
    expect(rightStatusAfterEdit({ ...facts, status: 'VERIFIED' }, { ...facts, office: 'EUIPO' }).status).toBe('PENDING');
  });

  it('sends a verified right back when its expiry is moved (no self-service renewal)', () => {
    expect(rightStatusAfterEdit({ ...facts, status: 'VERIFIED' }, { ...facts, expiresAt: new Date('2039-01-01T00:00:00Z') })).toMatchObject({
      status: 'PENDING',
      changed: ['expiresAt'],
    });
  });

  it('resubmits a rejected right on any save, and keeps a pending one pending', () => {
    expect(rightStatusAfterEdit({ ...facts, status: 'REJECTED' }, facts)).toEqual({ status: 'PENDING', changed: [], resubmitted: true });
    expect(rightStatusAfterEdit({ ...facts, status: 'PENDING' }, { ...facts, ownerName: 'X' })).toEqual({
      status: 'PENDING',
      changed: ['ownerName'],
      resubmitted: false,
    });
  });

  it('names every changed fact', () => {
    const other: RightFacts = {
      type: 'DESIGN',
      registrationNumber: '1',
      office: 'JPO',
      jurisdiction: 'JP',
      classes: [9],
      ownerName: 'Y',
      registeredAt: null,
      expiresAt: null,
      certificateDocumentId: null,
    };
    expect(changedRightFacts(facts, other).sort()).toEqual(
      ['type', 'registrationNumber', 'office', 'jurisdiction', 'classes', 'ownerName', 'registeredAt', 'expiresAt', 'certificateDocumentId'].sort(),
    );
  });
});

describe('brand transitions', () => {
  const allowed: Record<VerificationStatus, Partial<Record<VerificationEvent, VerificationStatus>>> = {
    UNVERIFIED: { amend: 'PENDING' },
    PENDING: { verify: 'VERIFIED', reject: 'REJECTED', amend: 'PENDING' },
    VERIFIED: { amend: 'PENDING' },
    REJECTED: { amend: 'PENDING' },
  };
  for (const from of VERIFICATION_STATUSES) {
    for (const event of ['verify', 'reject', 'amend'] as VerificationEvent[]) {
      const to = allowed[from][event] ?? null;
      it(`${from} --${event}--> ${to ?? 'refused'}`, () => {
        expect(nextBrandStatus(from, event)).toBe(to);
      });
    }
  }

  it('decides a pending brand, a rejection only with a reason, and never twice', () => {
    expect(decideBrandVerification({ verificationStatus: 'PENDING' }, { kind: 'verify', note: '' })).toEqual({ ok: true, status: 'VERIFIED', statusReason: null });
    expect(decideBrandVerification({ verificationStatus: 'PENDING' }, { kind: 'reject', reason: '' })).toEqual({ ok: false, violation: 'reasonRequired' });
    expect(decideBrandVerification({ verificationStatus: 'PENDING' }, { kind: 'reject', reason: 'Not the owner' })).toEqual({
      ok: true,
      status: 'REJECTED',
      statusReason: 'Not the owner',
    });
    for (const status of ['UNVERIFIED', 'VERIFIED', 'REJECTED'] as const) {
      expect(decideBrandVerification({ verificationStatus: status }, { kind: 'verify', note: null })).toEqual({ ok: false, violation: 'alreadyDecided' });
    }
  });

  it('keeps a verified brand verified unless it is renamed', () => {
    const brand = { name: 'Northpeak', category: 'Outdoor', website: null };
    expect(brandStatusAfterEdit({ ...brand, verificationStatus: 'VERIFIED' }, { ...brand, category: 'Apparel', website: 'https://n.example' })).toBe('VERIFIED');
    expect(brandStatusAfterEdit({ ...brand, verificationStatus: 'VERIFIED' }, { ...brand, name: 'North Peak' })).toBe('PENDING');
    expect(brandStatusAfterEdit({ ...brand, verificationStatus: 'REJECTED' }, brand)).toBe('PENDING');
    expect(brandStatusAfterEdit({ ...brand, verificationStatus: 'UNVERIFIED' }, brand)).toBe('PENDING');
    expect(brandStatusAfterEdit({ ...brand, verificationStatus: 'PENDING' }, { ...brand, name: 'X' })).toBe('PENDING');
  });
});

describe('agency power-of-attorney transitions', () => {
  const live = ms(30 * DAY);
  const lapsed = now; // the boundary: expired
  const cases: [VerificationStatus, Date | null, AgencyEvent, VerificationStatus | null][] = [
    ['PENDING', live, 'verify', 'VERIFIED'],
    ['PENDING', live, 'reject', 'REJECTED'],
    ['PENDING', live, 'request', null],
    ['VERIFIED', live, 'verify', null],
    ['VERIFIED', live, 'reject', null],
    ['VERIFIED', live, 'request', null],
    ['VERIFIED', null, 'request', null],
    ['VERIFIED', lapsed, 'request', 'PENDING'],
    ['REJECTED', live, 'verify', null],
    ['REJECTED', live, 'reject', null],
    ['REJECTED', live, 'request', 'PENDING'],
    ['UNVERIFIED', null, 'verify', null],
    ['UNVERIFIED', null, 'reject', null],
    ['UNVERIFIED', null, 'request', 'PENDING'],
  ];
  for (const [status, validUntil, event, to] of cases) {
    it(`${status} (valid until ${validUntil === live ? 'later' : validUntil === null ? 'no end' : 'now'}) --${event}--> ${to ?? 'refused'}`, () => {
      expect(nextAgencyStatus({ status, validUntil }, event, now)).toBe(to);
    });
  }

  it('says why a new request is refused', () => {
    expect(agencyRequestViolation(null, now)).toBeNull();
    expect(agencyRequestViolation({ status: 'PENDING', validUntil: live }, now)).toBe('alreadyRequested');
    expect(agencyRequestViolation({ status: 'VERIFIED', validUntil: live }, now)).toBe('alreadyAuthorized');
    expect(agencyRequestViolation({ status: 'VERIFIED', validUntil: lapsed }, now)).toBeNull();
    expect(agencyRequestViolation({ status: 'REJECTED', validUntil: live }, now)).toBeNull();
  });

  it('refuses to verify a power of attorney whose validity has ended, and needs a reason to reject', () => {
    expect(decideAgencyAuthorization({ status: 'PENDING', validUntil: lapsed }, { kind: 'verify', note: null }, now)).toEqual({ ok: false, violation: 'expired' });
    expect(decideAgencyAuthorization({ status: 'PENDING', validUntil: ms(1) }, { kind: 'verify', note: null }, now).ok).toBe(true);
    expect(decideAgencyAuthorization({ status: 'PENDING', validUntil: live }, { kind: 'reject', reason: ' ' }, now)).toEqual({ ok: false, violation: 'reasonRequired' });
    expect(decideAgencyAuthorization({ status: 'VERIFIED', validUntil: live }, { kind: 'reject', reason: 'x' }, now)).toEqual({ ok: false, violation: 'alreadyDecided' });
  });
});

describe('registration numbers, classes and owner names', () => {
  it('normalises the ways people type a number', () => {
    expect(normaliseRegistrationNumber(' 5,812,447 ')).toBe('5812447');
    expect(normaliseRegistrationNumber('uk 0000 3123456')).toBe('UK00003123456');
  });

  it('knows the usual shape of each common office’s numbers', () => {
    expect(registrationNumberLooksRight('USPTO', '5812447')).toBe(true);
    expect(registrationNumberLooksRight('USPTO', '58124')).toBe(false);
    expect(registrationNumberLooksRight('EUIPO', '018234561')).toBe(true);
    expect(registrationNumberLooksRight('EUIPO', '18234561')).toBe(false);
    expect(registrationNumberLooksRight('CNIPA', '46281937')).toBe(true);
    expect(registrationNumberLooksRight('UKIPO', 'UK00003123456')).toBe(true);
    expect(registrationNumberLooksRight('JPO', '6123456')).toBe(true);
    expect(registrationNumberLooksRight('WIPO', '1234567')).toBe(true);
    expect(registrationNumberLooksRight('INPI', '4123456')).toBeNull();
  });

  it('parses Nice classes 1 to 45 and refuses anything else', () => {
    expect(parseNiceClasses('25, 18 ,25')).toEqual([18, 25]);
    expect(parseNiceClasses('1，45')).toEqual([1, 45]);
    expect(parseNiceClasses('')).toEqual([]);
    expect(parseNiceClasses('99')).toBeNull();
    expect(parseNiceClasses('0')).toBeNull();
    expect(parseNiceClasses('46')).toBeNull();
    expect(parseNiceClasses('18, shoes')).toBeNull();
    expect(parseNiceClasses('2.5')).toBeNull();
  });

  it('matches owner names loosely', () => {
    expect(ownerNamesMatch('Maison Aurel SA', 'MAISON AUREL, S.A.')).toBe(true);
    expect(ownerNamesMatch('Northpeak Outdoor Inc.', 'Northpeak Outdoor')).toBe(true);
    expect(ownerNamesMatch('Café Müller GmbH', 'Cafe Muller')).toBe(true);
    expect(ownerNamesMatch('Northpeak Outdoor Inc.', 'Southpeak Outdoor Inc.')).toBe(false);
    expect(ownerNamesMatch('Inc.', 'Ltd')).toBe(false);
  });
});

describe('reviewer checklists', () => {
  const right: RightFacts = {
    type: 'TRADEMARK',
    registrationNumber: '5812447',
    office: 'USPTO',
    jurisdiction: 'US',
    classes: [18],
    ownerName: 'Maison Aurel SA',
    registeredAt: new Date('2019-01-01T00:00:00Z'),
    expiresAt: ms(DAY),
    certificateDocumentId: 'doc',
  };

  it('passes a well-formed right', () => {
    expect(rightChecklist(right, 'Maison Aurel SA', now)).toEqual({
      numberFormat: 'pass',
      jurisdiction: 'pass',
      ownerMatches: 'pass',
      notExpired: 'pass',
      classesPresent: 'pass',
      certificateAttached: 'pass',
    });
  });

  it('flags what it can and leaves unknown what it cannot tell', () => {
    expect(
      rightChecklist(
        { ...right, office: 'INPI', jurisdiction: 'FR', classes: [], ownerName: 'Someone Else', expiresAt: now, certificateDocumentId: null },
        'Maison Aurel SA',
        now,
      ),
    ).toEqual({
      numberFormat: 'unknown',
      jurisdiction: 'unknown',
      ownerMatches: 'fail',
      notExpired: 'fail',
      classesPresent: 'fail',
      certificateAttached: 'fail',
    });
    expect(rightChecklist({ ...right, type: 'COPYRIGHT', classes: [] }, 'Maison Aurel SA', now).classesPresent).toBe('unknown');
    expect(rightChecklist({ ...right, jurisdiction: 'CN' }, 'Maison Aurel SA', now).jurisdiction).toBe('fail');
  });

  it('checks a brand and a power of attorney', () => {
    expect(brandChecklist({ ownerVerificationStatus: 'UNVERIFIED', rightCount: 1, verifiedRightCount: 0, sameNameBrands: 2 })).toEqual({
      ownerVerified: 'fail',
      rightsSubmitted: 'pass',
      verifiedRight: 'fail',
      nameUnique: 'fail',
    });
    expect(
      agencyChecklist(
        { powerOfAttorneyDocumentId: 'doc', validUntil: ms(DAY), agencyVerificationStatus: 'VERIFIED', brandOwnerName: 'Voltaic Ltd', agencyName: 'Vigil IP LLP' },
        now,
      ),
    ).toEqual({ documentAttached: 'pass', stillValid: 'pass', agencyVerified: 'pass', ownerNamed: 'pass' });
    expect(
      agencyChecklist(
        { powerOfAttorneyDocumentId: null, validUntil: now, agencyVerificationStatus: 'PENDING', brandOwnerName: 'Vigil IP', agencyName: 'Vigil IP LLP' },
        now,
      ),
    ).toEqual({ documentAttached: 'fail', stillValid: 'fail', agencyVerified: 'fail', ownerNamed: 'fail' });
  });
});
