// Policy settings (lib/domain/policy.ts): typed defaults, and stored rows over them.
import { describe, expect, it } from 'vitest';
import {
  POLICY_DEFAULTS,
  POLICY_KEYS,
  REVIEW_PRIORITY_BY_TIER,
  parsePolicyValue,
  resolvePolicy,
  reviewDueAt,
  reviewSlaHours,
  strikeExpiresAt,
} from '@/lib/domain/policy';

describe('policy settings', () => {
  it('has the documented defaults', () => {
    expect(POLICY_DEFAULTS).toEqual({
      strikeThreshold: 3,
      strikeWindowDays: 90,
      protectedBrandGraceDays: 7,
      counterNoticeWindowDays: 14,
      brandResponseBusinessDays: 10,
      reviewSlaHoursStandard: 72,
      reviewSlaHoursTrusted: 24,
      invoiceWindowDays: 365,
      letterConfirmationDays: 10,
      grantValidityDays: 365,
      grantExpiryNoticeDays: 30,
      appealWindowDays: 30,
      protectedCategories: [],
      trustedMinAccuracy: 0.9,
      trustedMaxRestoredShare: 0.05,
      trustedMinDecidedItems: 50,
      accuracyWindowDays: 90,
      trustedLockoutDays: 90,
      abuseMaxBadShare: 0.4,
      abuseMinDecidedItems: 20,
      abuseWarningGraceDays: 14,
      filingSuspensionDays: 30,
      transparencyMinFilerItems: 50,
    });
    expect(POLICY_KEYS).toHaveLength(23);
  });

  it('resolves to the defaults without rows', () => {
    expect(resolvePolicy([])).toEqual(POLICY_DEFAULTS);
  });

  it('lets a stored row override its default and leaves the rest alone', () => {
    const policy = resolvePolicy([
      { key: 'strikeThreshold', value: 5 },
      { key: 'reviewSlaHoursTrusted', value: 12 },
    ]);
    expect(policy.strikeThreshold).toBe(5);
    expect(policy.reviewSlaHoursTrusted).toBe(12);
    expect(policy.strikeWindowDays).toBe(90);
    expect(policy.trustedMinAccuracy).toBe(0.9);
  });

  it('ignores rows it cannot trust: unknown keys, wrong types, out-of-range values', () => {
    const policy = resolvePolicy([
      { key: 'retiredSetting', value: 1 },
      { key: 'strikeThreshold', value: '5' },
      { key: 'strikeWindowDays', value: 0 },
      { key: 'trustedMinAccuracy', value: 1.5 },
      { key: 'reviewSlaHoursStandard', value: 2.5 },
      { key: 'counterNoticeWindowDays', value: null },
      { key: 'toString', value: 3 },
    ]);
    expect(policy).toEqual(POLICY_DEFAULTS);
  });

  it('does not change the shared defaults', () => {
    const policy = resolvePolicy([{ key: 'strikeThreshold', value: 9 }]);
    expect(policy.strikeThreshold).toBe(9);
    expect(POLICY_DEFAULTS.strikeThreshold).toBe(3);
    expect(Object.isFrozen(POLICY_DEFAULTS)).toBe(true);
  });

  it('validates one setting at a time for the admin form', () => {
    expect(parsePolicyValue('strikeThreshold', 4)).toEqual({ ok: true, value: 4 });
    expect(parsePolicyValue('strikeThreshold', -1).ok).toBe(false);
    expect(parsePolicyValue('trustedMaxRestoredShare', 0.1)).toEqual({ ok: true, value: 0.1 });
  });

  it('gives trusted brands the short due time and the front of the queue', () => {
    const submittedAt = new Date('2026-03-01T10:00:00Z');
    expect(reviewSlaHours('TRUSTED', POLICY_DEFAULTS)).toBe(24);
    expect(reviewSlaHours('STANDARD', POLICY_DEFAULTS)).toBe(72);
    expect(reviewDueAt(submittedAt, 'TRUSTED', POLICY_DEFAULTS).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(reviewDueAt(submittedAt, 'STANDARD', POLICY_DEFAULTS).toISOString()).toBe('2026-03-04T10:00:00.000Z');
    expect(reviewDueAt(submittedAt, 'STANDARD', resolvePolicy([{ key: 'reviewSlaHoursStandard', value: 48 }])).toISOString()).toBe(
      '2026-03-03T10:00:00.000Z',
    );
    expect(REVIEW_PRIORITY_BY_TIER.TRUSTED).toBeGreaterThan(REVIEW_PRIORITY_BY_TIER.STANDARD);
  });

  it('lets a strike count for the strike window', () => {
    expect(strikeExpiresAt(new Date('2026-01-01T00:00:00Z'), POLICY_DEFAULTS).toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });
});
