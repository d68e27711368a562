import { describe, expect, it } from 'vitest';
import { canCarryClaim, rightStanding, tallyRightCounts } from '@/lib/domain/rights';
import { agencyMayAct, grantStanding, strikeCounts } from '@/lib/domain/standing';
import { sellerSeesItem } from '@/lib/domain/notices';

const now = new Date('2026-03-10T12:00:00Z');
const past = new Date('2026-03-10T11:59:59Z');
const future = new Date('2027-01-01T00:00:00Z');

describe('rights', () => {
  it('reads expiry against the clock', () => {
    expect(rightStanding({ status: 'VERIFIED', expiresAt: future }, now)).toBe('VERIFIED');
    expect(rightStanding({ status: 'VERIFIED', expiresAt: null }, now)).toBe('VERIFIED');
    expect(rightStanding({ status: 'VERIFIED', expiresAt: past }, now)).toBe('EXPIRED');
    expect(rightStanding({ status: 'VERIFIED', expiresAt: now }, now)).toBe('EXPIRED');
    expect(rightStanding({ status: 'PENDING', expiresAt: past }, now)).toBe('EXPIRED');
    expect(rightStanding({ status: 'REJECTED', expiresAt: past }, now)).toBe('REJECTED');
  });

  it('lets only verified, unexpired rights carry a claim', () => {
    expect(canCarryClaim({ status: 'VERIFIED', expiresAt: future }, now)).toBe(true);
    expect(canCarryClaim({ status: 'VERIFIED', expiresAt: past }, now)).toBe(false);
    expect(canCarryClaim({ status: 'PENDING', expiresAt: future }, now)).toBe(false);
  });

  it('tallies grouped counts by standing', () => {
    expect(
      tallyRightCounts([
        { status: 'VERIFIED', expired: false, count: 3 },
        { status: 'VERIFIED', expired: true, count: 2 },
        { status: 'PENDING', expired: false, count: 1 },
        { status: 'PENDING', expired: true, count: 1 },
        { status: 'REJECTED', expired: true, count: 4 },
      ]),
    ).toEqual({ VERIFIED: 3, PENDING: 1, EXPIRED: 3, REJECTED: 4 });
  });
});

describe('time-bound standing', () => {
  it('lets an agency act only under a verified, unexpired power of attorney', () => {
    expect(agencyMayAct({ status: 'VERIFIED', validUntil: future }, now)).toBe(true);
    expect(agencyMayAct({ status: 'VERIFIED', validUntil: null }, now)).toBe(true);
    expect(agencyMayAct({ status: 'VERIFIED', validUntil: past }, now)).toBe(false);
    expect(agencyMayAct({ status: 'PENDING', validUntil: future }, now)).toBe(false);
  });

  it('reads an active grant past its expiry as expired, and keeps a revocation', () => {
    expect(grantStanding({ status: 'ACTIVE', expiresAt: future }, now)).toBe('ACTIVE');
    expect(grantStanding({ status: 'ACTIVE', expiresAt: past }, now)).toBe('EXPIRED');
    expect(grantStanding({ status: 'REVOKED', expiresAt: future }, now)).toBe('REVOKED');
  });

  it('counts only active, unexpired strikes', () => {
    expect(strikeCounts({ status: 'ACTIVE', expiresAt: future }, now)).toBe(true);
    expect(strikeCounts({ status: 'ACTIVE', expiresAt: past }, now)).toBe(false);
    expect(strikeCounts({ status: 'WITHDRAWN', expiresAt: future }, now)).toBe(false);
  });
});

describe('notices', () => {
  it('shows a seller decided items of filed claims only', () => {
    expect(sellerSeesItem({ status: 'REMOVED' }, { status: 'DECIDED' })).toBe(true);
    expect(sellerSeesItem({ status: 'REJECTED' }, { status: 'IN_REVIEW' })).toBe(true);
    expect(sellerSeesItem({ status: 'RESTORED' }, { status: 'WITHDRAWN' })).toBe(true);
    expect(sellerSeesItem({ status: 'PENDING' }, { status: 'SUBMITTED' })).toBe(false);
    expect(sellerSeesItem({ status: 'INFO_REQUESTED' }, { status: 'INFO_REQUESTED' })).toBe(false);
    expect(sellerSeesItem({ status: 'WITHDRAWN' }, { status: 'WITHDRAWN' })).toBe(false);
    expect(sellerSeesItem({ status: 'REMOVED' }, { status: 'DRAFT' })).toBe(false);
  });
});
