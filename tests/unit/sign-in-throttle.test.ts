// Sign-in throttling rules (lib/domain/sign-in-throttle.ts), at their boundaries.
import { describe, expect, it } from 'vitest';
import { THROTTLE_RULES, afterFailure, lockRemainingMs, type ThrottleState } from '@/lib/domain/sign-in-throttle';

const rule = THROTTLE_RULES.email;
const t0 = new Date('2026-05-01T12:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function fail(times: number, state: ThrottleState | null = null, stepMs = 1_000, start = 0): ThrottleState | null {
  let s = state;
  for (let i = 0; i < times; i++) s = afterFailure(s, rule, at(start + i * stepMs));
  return s;
}

describe('sign-in throttle rules', () => {
  it('allows four failures and locks at the fifth', () => {
    const four = fail(4)!;
    expect(four.failures).toBe(4);
    expect(lockRemainingMs(four, at(4_000))).toBe(0);
    const five = afterFailure(four, rule, at(5_000));
    expect(lockRemainingMs(five, at(5_000))).toBe(rule.lockMs);
    // The counter starts again once the lock is set, so the next lock needs five more.
    expect(five.failures).toBe(0);
  });

  it('keeps the lock for exactly its duration', () => {
    const locked = afterFailure(fail(4), rule, at(5_000));
    expect(lockRemainingMs(locked, at(5_000 + rule.lockMs - 1))).toBe(1);
    expect(lockRemainingMs(locked, at(5_000 + rule.lockMs))).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const four = fail(4)!;
    // The fifth failure comes just after the window opened by the first has closed.
    const late = afterFailure(four, rule, at(rule.windowMs));
    expect(late.failures).toBe(1);
    expect(late.firstFailureAt).toEqual(at(rule.windowMs));
    expect(lockRemainingMs(late, at(rule.windowMs))).toBe(0);
    // ...and one millisecond earlier, it still counts.
    const inTime = afterFailure(four, rule, at(rule.windowMs - 1));
    expect(lockRemainingMs(inTime, at(rule.windowMs - 1))).toBe(rule.lockMs);
  });

  it('treats no record as not locked', () => {
    expect(lockRemainingMs(null, t0)).toBe(0);
    expect(afterFailure(null, rule, t0)).toEqual({ failures: 1, firstFailureAt: t0, lockedUntil: null });
  });

  it('gives client addresses a higher ceiling than single accounts', () => {
    expect(THROTTLE_RULES.ip.maxFailures).toBeGreaterThan(THROTTLE_RULES.email.maxFailures);
    let s: ThrottleState | null = null;
    for (let i = 0; i < THROTTLE_RULES.ip.maxFailures - 1; i++) s = afterFailure(s, THROTTLE_RULES.ip, at(i));
    expect(lockRemainingMs(s, at(100))).toBe(0);
    s = afterFailure(s, THROTTLE_RULES.ip, at(100));
    expect(lockRemainingMs(s, at(100))).toBeGreaterThan(0);
  });
});
