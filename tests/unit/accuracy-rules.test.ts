import { describe, expect, it } from 'vitest';
import {
  NO_FILINGS,
  abuseStep,
  accuracyOf,
  activeSuspension,
  badShareOf,
  formatShare,
  nextTier,
  restoredShareOf,
  trustStanding,
  type FilingCounts,
  type SanctionRecord,
} from '@/lib/domain/accuracy';
import { POLICY_DEFAULTS } from '@/lib/domain/policy';

const DAY = 86_400_000;
const now = new Date('2026-12-02T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

/** Figures where every decided item is a removal: `stood` standing, `restored` restored. */
function counts(decided: number, stood: number, extra: Partial<FilingCounts> = {}): FilingCounts {
  const restored = extra.restored ?? 0;
  const rejected = extra.rejected ?? decided - stood - restored;
  return { ...NO_FILINGS, decided, stood, rejected, restored, removed: stood + restored, ...extra };
}

describe('accuracy figures', () => {
  it('are null before anything was decided', () => {
    expect(accuracyOf(NO_FILINGS)).toBeNull();
    expect(restoredShareOf(NO_FILINGS)).toBeNull();
    expect(badShareOf(NO_FILINGS)).toBeNull();
    expect(formatShare(null)).toBe('–');
  });

  it('count standing removals over decided items, restorations over removals', () => {
    const c = counts(50, 45, { restored: 2, rejected: 3 });
    expect(accuracyOf(c)).toBe(0.9);
    expect(restoredShareOf(c)).toBeCloseTo(2 / 47);
    expect(badShareOf(c)).toBe(0.1);
    expect(formatShare(0.9)).toBe('90.0%');
    expect(formatShare(2 / 3)).toBe('66.7%');
  });
});

describe('trusted thresholds', () => {
  it('qualify at exactly 90% and not at 89.9%', () => {
    expect(trustStanding(counts(50, 45), POLICY_DEFAULTS).qualifies).toBe(true);
    // 899 of 1000 = 89.9%
    const below = trustStanding(counts(1000, 899), POLICY_DEFAULTS);
    expect(below.qualifies).toBe(false);
    expect(below.distance).toEqual({ items: 0, standingRemovals: 1, excessRestorations: 0 });
    expect(trustStanding(counts(1000, 900), POLICY_DEFAULTS).qualifies).toBe(true);
  });

  it('need 50 decided items: 49 do not qualify even when all stood', () => {
    const at49 = trustStanding(counts(49, 49), POLICY_DEFAULTS);
    expect(at49.qualifies).toBe(false);
    expect(at49.distance.items).toBe(1);
    expect(trustStanding(counts(50, 50), POLICY_DEFAULTS).qualifies).toBe(true);
  });

  it('allow at most 5% of removals restored after counter-notice', () => {
    // 100 removals: 5 restored is the ceiling, 6 is over it.
    expect(trustStanding(counts(100, 95, { restored: 5, rejected: 0 }), { ...POLICY_DEFAULTS, trustedMinAccuracy: 0.9 }).qualifies).toBe(true);
    const over = trustStanding(counts(100, 94, { restored: 6, rejected: 0 }), POLICY_DEFAULTS);
    expect(over.qualifies).toBe(false);
    expect(over.distance.excessRestorations).toBe(1);
  });

  it('compare in whole items, free of floating-point edges (0.9 × 30)', () => {
    expect(trustStanding(counts(30, 27), { ...POLICY_DEFAULTS, trustedMinDecidedItems: 30 }).qualifies).toBe(true);
    expect(trustStanding(counts(30, 26), { ...POLICY_DEFAULTS, trustedMinDecidedItems: 30 }).distance.standingRemovals).toBe(1);
  });
});

describe('tier changes', () => {
  const qualifies = { qualifies: true };
  const fails = { qualifies: false };
  const verified = { tier: 'STANDARD' as const, verificationStatus: 'VERIFIED' as const, tierLockoutUntil: null };

  it('promote a verified standard brand that qualifies', () => {
    expect(nextTier(verified, qualifies, POLICY_DEFAULTS, now)).toEqual({ change: 'promote' });
  });

  it('do not promote an unverified brand, or one inside its lockout', () => {
    expect(nextTier({ ...verified, verificationStatus: 'PENDING' }, qualifies, POLICY_DEFAULTS, now)).toEqual({ change: null, because: 'notVerified' });
    const lockedOut = { ...verified, tierLockoutUntil: new Date(now.getTime() + 1) };
    expect(nextTier(lockedOut, qualifies, POLICY_DEFAULTS, now)).toEqual({ change: null, because: 'lockedOut' });
    // The lockout ends at its instant.
    expect(nextTier({ ...verified, tierLockoutUntil: now }, qualifies, POLICY_DEFAULTS, now)).toEqual({ change: 'promote' });
  });

  it('demote a trusted brand below the thresholds, locking it out for 90 days', () => {
    const result = nextTier({ ...verified, tier: 'TRUSTED' }, fails, POLICY_DEFAULTS, now);
    expect(result).toEqual({ change: 'demote', because: 'belowThresholds', lockoutUntil: new Date(now.getTime() + 90 * DAY) });
    expect(nextTier({ ...verified, tier: 'TRUSTED', verificationStatus: 'REJECTED' }, qualifies, POLICY_DEFAULTS, now)).toMatchObject({ change: 'demote', because: 'notVerified' });
    expect(nextTier({ ...verified, tier: 'TRUSTED' }, qualifies, POLICY_DEFAULTS, now)).toEqual({ change: null, because: 'unchanged' });
  });
});

describe('abuse sanctions', () => {
  // Ceiling 40% over ≥ 20 decided items, 14 days' grace, 30 days' suspension, 90-day window.
  const abusive = counts(20, 11); // 9 of 20 rejected = 45%
  const warning = (at: Date, extra: Partial<SanctionRecord> = {}): SanctionRecord => ({ kind: 'WARNING', startsAt: at, endsAt: null, liftedAt: null, ...extra });
  const suspension = (from: Date, to: Date, extra: Partial<SanctionRecord> = {}): SanctionRecord => ({ kind: 'SUSPENSION', startsAt: from, endsAt: to, liftedAt: null, ...extra });

  it('leave filers at or below the ceiling, or with too few items, alone', () => {
    expect(abuseStep(counts(20, 12), [], POLICY_DEFAULTS, now)).toEqual({ action: null, because: 'belowCeiling' }); // exactly 40%
    expect(abuseStep(counts(19, 0), [], POLICY_DEFAULTS, now)).toEqual({ action: null, because: 'belowCeiling' });
  });

  it('warn first, then suspend once the grace period has passed', () => {
    expect(abuseStep(abusive, [], POLICY_DEFAULTS, now)).toEqual({ action: 'warn' });
    expect(abuseStep(abusive, [warning(daysAgo(13))], POLICY_DEFAULTS, now)).toEqual({ action: null, because: 'inGracePeriod' });
    const step = abuseStep(abusive, [warning(daysAgo(14))], POLICY_DEFAULTS, now);
    expect(step).toMatchObject({ action: 'suspend', endsAt: new Date(now.getTime() + 30 * DAY) });
  });

  it('do nothing more while suspended; a suspension ends at its time or when lifted', () => {
    const active = suspension(daysAgo(1), new Date(now.getTime() + DAY));
    expect(abuseStep(abusive, [warning(daysAgo(20)), active], POLICY_DEFAULTS, now)).toEqual({ action: null, because: 'suspended' });
    expect(activeSuspension([active], now)).toBe(active);
    expect(activeSuspension([suspension(daysAgo(31), now)], now)).toBeNull();
    expect(activeSuspension([{ ...active, liftedAt: daysAgo(0) }], now)).toBeNull();
  });

  it('need a fresh warning after a suspension, and ignore lifted or out-of-window warnings', () => {
    const ended = suspension(daysAgo(40), daysAgo(10));
    expect(abuseStep(abusive, [warning(daysAgo(60)), ended], POLICY_DEFAULTS, now)).toEqual({ action: 'warn' });
    expect(abuseStep(abusive, [warning(daysAgo(20), { liftedAt: daysAgo(19) })], POLICY_DEFAULTS, now)).toEqual({ action: 'warn' });
    expect(abuseStep(abusive, [warning(daysAgo(91))], POLICY_DEFAULTS, now)).toEqual({ action: 'warn' });
    expect(abuseStep(abusive, [warning(daysAgo(90))], POLICY_DEFAULTS, now)).toMatchObject({ action: 'suspend' });
  });
});
