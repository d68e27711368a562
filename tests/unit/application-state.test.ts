// The application state machine: every event from every status, for every role, against
// the one table (lib/domain/application.ts), plus the renewal and grant-period rules.
import { describe, expect, it } from 'vitest';
import { APPLICATION_EVENTS, APPLICATION_TRANSITIONS, applicationTransition, grantPeriod, mayEditDocuments, mayRenewGrant } from '@/lib/domain/application';
import { ApplicationStatus } from '@/lib/generated/prisma/enums';

const STATUSES = Object.values(ApplicationStatus);
const ACTORS = ['SELLER', 'REVIEWER', 'BRAND_AGENT', 'ADMIN', 'SYSTEM'] as const;

const EXPECTED: Record<string, [string[], string, string]> = {
  submit: [['DRAFT', 'INFO_REQUESTED'], 'SUBMITTED', 'SELLER'],
  take: [['SUBMITTED'], 'IN_REVIEW', 'REVIEWER'],
  requestInfo: [['IN_REVIEW'], 'INFO_REQUESTED', 'REVIEWER'],
  askBrand: [['IN_REVIEW'], 'AWAITING_BRAND', 'REVIEWER'],
  brandConfirmed: [['AWAITING_BRAND'], 'IN_REVIEW', 'BRAND_AGENT'],
  brandDenied: [['AWAITING_BRAND'], 'REJECTED', 'BRAND_AGENT'],
  brandLapsed: [['AWAITING_BRAND'], 'IN_REVIEW', 'SYSTEM'],
  approve: [['IN_REVIEW'], 'APPROVED', 'REVIEWER'],
  reject: [['IN_REVIEW'], 'REJECTED', 'REVIEWER'],
  withdraw: [['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'], 'WITHDRAWN', 'SELLER'],
};

describe('application transitions', () => {
  it('the table is the one this test expects', () => {
    expect(Object.keys(APPLICATION_TRANSITIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const event of APPLICATION_EVENTS) {
    const [from, to, by] = EXPECTED[event]!;
    for (const status of STATUSES) {
      for (const actor of ACTORS) {
        const allowed = from.includes(status) && actor === by;
        it(`${event} from ${status} by ${actor} is ${allowed ? 'allowed' : 'refused'}`, () => {
          const result = applicationTransition(status, event, actor);
          if (allowed) expect(result).toEqual({ ok: true, to });
          else expect(result.ok).toBe(false);
        });
      }
    }
  }

  it('says why a transition is refused', () => {
    expect(applicationTransition('APPROVED', 'approve', 'REVIEWER')).toEqual({ ok: false, reason: 'notAllowedFromStatus', from: 'APPROVED' });
    expect(applicationTransition('IN_REVIEW', 'approve', 'SELLER')).toEqual({ ok: false, reason: 'notAllowedForRole', from: 'IN_REVIEW' });
  });

  it('a seller cannot withdraw while the brand is asked about a letter', () => {
    expect(applicationTransition('AWAITING_BRAND', 'withdraw', 'SELLER').ok).toBe(false);
  });

  it('final statuses allow nothing', () => {
    for (const status of ['APPROVED', 'REJECTED', 'WITHDRAWN'] as const) {
      for (const event of APPLICATION_EVENTS) for (const actor of ACTORS) expect(applicationTransition(status, event, actor).ok).toBe(false);
    }
  });
});

describe('documents, renewal, grant period', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const DAY = 86_400_000;

  it('documents change only in a draft or an answer to a request', () => {
    expect(STATUSES.filter(mayEditDocuments).sort()).toEqual(['DRAFT', 'INFO_REQUESTED']);
  });

  it('an active grant or one expired recently may be renewed, a revoked one never', () => {
    expect(mayRenewGrant({ status: 'ACTIVE', expiresAt: new Date(now.getTime() + DAY) }, now)).toBe(true);
    expect(mayRenewGrant({ status: 'EXPIRED', expiresAt: new Date(now.getTime() - 89 * DAY) }, now)).toBe(true);
    expect(mayRenewGrant({ status: 'EXPIRED', expiresAt: new Date(now.getTime() - 90 * DAY) }, now)).toBe(false);
    expect(mayRenewGrant({ status: 'REVOKED', expiresAt: new Date(now.getTime() + DAY) }, now)).toBe(false);
  });

  it('a grant runs grantValidityDays from now, or from a later expiry of the grant it renews', () => {
    const policy = { grantValidityDays: 365 };
    expect(grantPeriod(now, policy)).toEqual({ validFrom: now, expiresAt: new Date(now.getTime() + 365 * DAY) });
    const later = new Date(now.getTime() + 10 * DAY);
    expect(grantPeriod(now, policy, { expiresAt: later }).expiresAt).toEqual(new Date(later.getTime() + 365 * DAY));
    const earlier = new Date(now.getTime() - 10 * DAY);
    expect(grantPeriod(now, policy, { expiresAt: earlier }).expiresAt).toEqual(new Date(now.getTime() + 365 * DAY));
  });
});
