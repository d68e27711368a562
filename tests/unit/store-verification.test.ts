// Store verification's rules (lib/domain/store-verification.ts): every transition allowed and
// forbidden, who may submit when, the reviewer's decision, and how a ban matches and is masked.
import { describe, expect, it } from 'vitest';
import { can } from '@/lib/authz/policy';
import { identityKeys } from '@/lib/domain/identity';
import {
  banMatch,
  decideStoreVerification,
  firstBanMatch,
  maskKey,
  maySubmit,
  nextStoreVerificationStatus,
  organisationStatusAfter,
  submissionRefusal,
  type BanKeys,
  type StoreVerificationEvent,
} from '@/lib/domain/store-verification';
import type { StoreStatus, VerificationStatus } from '@/lib/generated/prisma/enums';

const STATUSES: VerificationStatus[] = ['UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED'];
const EVENTS: StoreVerificationEvent[] = ['submit', 'verify', 'reject'];

describe('store verification transitions', () => {
  const allowed: Record<string, VerificationStatus> = {
    'UNVERIFIED submit': 'PENDING',
    'PENDING verify': 'VERIFIED',
    'PENDING reject': 'REJECTED',
    'REJECTED submit': 'PENDING',
  };
  for (const status of STATUSES) {
    for (const event of EVENTS) {
      const key = `${status} ${event}`;
      it(`${key} → ${allowed[key] ?? 'refused'}`, () => {
        expect(nextStoreVerificationStatus(status, event)).toBe(allowed[key] ?? null);
      });
    }
  }
});

describe('who may submit when', () => {
  const store = (status: StoreStatus, verificationStatus: VerificationStatus) => ({ status, verificationStatus });

  it('a store never verified, or rejected, may submit', () => {
    expect(submissionRefusal(store('ACTIVE', 'UNVERIFIED'))).toBeNull();
    expect(submissionRefusal(store('ACTIVE', 'REJECTED'))).toBeNull();
    expect(submissionRefusal(store('RESTRICTED', 'REJECTED'))).toBeNull();
    expect(maySubmit(store('SUSPENDED', 'UNVERIFIED'))).toBe(true);
  });

  it('not while a submission is pending, nor once verified', () => {
    expect(submissionRefusal(store('ACTIVE', 'PENDING'))).toBe('pending');
    expect(submissionRefusal(store('ACTIVE', 'VERIFIED'))).toBe('verified');
    expect(maySubmit(store('ACTIVE', 'VERIFIED'))).toBe(false);
  });

  it('never for a closed or banned store, whatever its verification', () => {
    for (const status of STATUSES) {
      expect(submissionRefusal(store('CLOSED', status))).toBe('storeClosed');
      expect(submissionRefusal(store('BANNED', status))).toBe('storeClosed');
    }
  });
});

describe("the reviewer's decision", () => {
  it('verifies a pending submission, with an optional note', () => {
    expect(decideStoreVerification({ status: 'PENDING' }, { kind: 'verify', note: '  ' })).toEqual({ ok: true, status: 'VERIFIED', statusReason: null });
    expect(decideStoreVerification({ status: 'PENDING' }, { kind: 'verify', note: 'Checked by phone.' })).toEqual({
      ok: true,
      status: 'VERIFIED',
      statusReason: 'Checked by phone.',
    });
  });

  it('rejects only with a reason', () => {
    expect(decideStoreVerification({ status: 'PENDING' }, { kind: 'reject', reason: ' ' })).toEqual({ ok: false, violation: 'reasonRequired' });
    expect(decideStoreVerification({ status: 'PENDING' }, { kind: 'reject', reason: ' Unreadable scan ' })).toEqual({
      ok: true,
      status: 'REJECTED',
      statusReason: 'Unreadable scan',
    });
  });

  it('refuses anything already decided', () => {
    for (const status of ['VERIFIED', 'REJECTED', 'UNVERIFIED'] as const) {
      expect(decideStoreVerification({ status }, { kind: 'verify', note: null })).toEqual({ ok: false, violation: 'alreadyDecided' });
      expect(decideStoreVerification({ status }, { kind: 'reject', reason: 'x' })).toEqual({ ok: false, violation: 'alreadyDecided' });
    }
  });

  it("moves the seller organisation with its store, but a rejection never undoes a verified organisation", () => {
    expect(organisationStatusAfter('PENDING', 'VERIFIED')).toBe('VERIFIED');
    expect(organisationStatusAfter('PENDING', 'REJECTED')).toBe('REJECTED');
    expect(organisationStatusAfter('VERIFIED', 'REJECTED')).toBe('VERIFIED');
    expect(organisationStatusAfter('REJECTED', 'VERIFIED')).toBe('VERIFIED');
  });
});

describe('ban matching', () => {
  const ban = (overrides: Partial<BanKeys> = {}): BanKeys => ({
    email: 'owner@panda-bargain.example',
    phone: '+8613900000888',
    registrationNumber: '91510100MA6CK8WB1L',
    identityDocumentHash: 'ab'.repeat(32),
    liftedAt: null,
    ...overrides,
  });

  it('matches each key after normalisation, and says which', () => {
    expect(banMatch(identityKeys({ emails: ['Owner+2@Panda-Bargain.example'] }), ban())).toBe('email');
    expect(banMatch(identityKeys({ phones: ['0086 139 0000 0888'] }), ban())).toBe('phone');
    expect(banMatch(identityKeys({ licenceNumbers: ['9151-0100 ma6ck8wb1l'] }), ban())).toBe('licenceNumber');
    expect(banMatch(identityKeys({ identityDocumentHashes: ['AB'.repeat(32)] }), ban())).toBe('identityDocument');
  });

  it('matches nothing for other keys, a key the ban does not carry, or a lifted ban', () => {
    expect(banMatch(identityKeys({ emails: ['owner@other.example'], phones: ['+8613900000889'] }), ban())).toBeNull();
    expect(banMatch(identityKeys({ phones: ['+8613900000888'] }), ban({ phone: null }))).toBeNull();
    expect(banMatch(identityKeys({ emails: ['owner@panda-bargain.example'] }), ban({ liftedAt: new Date() }))).toBeNull();
  });

  it('over several bans, reports the first key in order e-mail, phone, licence, identity document', () => {
    const keys = identityKeys({ emails: ['owner@panda-bargain.example'], licenceNumbers: ['91510100MA6CK8WB1L'] });
    expect(firstBanMatch(keys, [ban({ email: null }), ban({ registrationNumber: null })])).toBe('email');
    expect(firstBanMatch(keys, [ban({ email: null })])).toBe('licenceNumber');
    expect(firstBanMatch(keys, [])).toBeNull();
  });
});

describe('masked ban keys', () => {
  it('keeps enough to recognise, never the whole key', () => {
    expect(maskKey('email', 'owner@panda-bargain.example')).toBe('ow***@panda-bargain.example');
    expect(maskKey('phone', '+8613900000888')).toBe('+86********888');
    expect(maskKey('licenceNumber', '91510100MA6CK8WB1L')).toBe('9151***********B1L');
    expect(maskKey('identityDocument', 'ab'.repeat(32))).toBe('abab…abab');
    expect(maskKey('licenceNumber', 'AB12')).toBe('A***');
    expect(maskKey('email', null)).toBeNull();
  });
});

describe('the policy table for store verification and bans', () => {
  it('sellers submit, reviewers decide, reviewers and admins see identity documents, admins list and lift bans', () => {
    const roles = ['BRAND_AGENT', 'REVIEWER', 'SELLER', 'ADMIN'] as const;
    const allowed = (action: Parameters<typeof can>[1]) => roles.filter((role) => can(role, action));
    expect(allowed('storeVerification.submit')).toEqual(['SELLER']);
    expect(allowed('store.verify')).toEqual(['REVIEWER']);
    expect(allowed('identityDocument.view')).toEqual(['REVIEWER', 'ADMIN']);
    expect(allowed('ban.view')).toEqual(['ADMIN']);
    expect(allowed('ban.lift')).toEqual(['ADMIN']);
  });
});
