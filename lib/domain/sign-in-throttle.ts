// Brute-force throttling of sign-in, as pure rules over a persisted counter. Counted per
// e-mail address (guessing one account's password) and per client address (spraying
// many accounts from one place), each with its own ceiling.

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const THROTTLE_RULES = {
  email: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ip: { maxFailures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const satisfies Record<string, ThrottleRule>;

/** Milliseconds until the key may try again; 0 when it may try now. */
export function lockRemainingMs(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failed attempt. */
export function afterFailure(state: ThrottleState | null, rule: ThrottleRule, now: Date): ThrottleState {
  const windowOpen = state && now.getTime() - state.firstFailureAt.getTime() < rule.windowMs;
  const failures = windowOpen ? state.failures + 1 : 1;
  const firstFailureAt = windowOpen ? state.firstFailureAt : now;
  const lockedUntil =
    failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockMs) : (state?.lockedUntil ?? null);
  return { failures: failures >= rule.maxFailures ? 0 : failures, firstFailureAt, lockedUntil };
}
