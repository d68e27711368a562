// When the outbox tries an e-mail again. Pure: the delivery job (lib/jobs/deliver-email.ts)
// applies it, tests read it.

/** Waits before the 2nd, 3rd, … attempt: 1 min, 5 min, 15 min, 1 h, 4 h (≈ 5 h 21 min in all). */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 240] as const;

/** The first attempt plus one per retry delay; after the last failure the e-mail is FAILED. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

/**
 * How long an e-mail may stay SENDING before another run may take it over: the claiming
 * process died (crash, deploy) mid-send. Far longer than one SMTP exchange can take (the
 * transport's own timeouts end a hung one within a minute), so a live sender is never
 * overtaken.
 */
export const SENDING_LEASE_MS = 5 * 60_000;

export type FailureOutcome = { status: 'PENDING'; nextAttemptAt: Date } | { status: 'FAILED' };

/** What happens after attempt number `attemptsMade` (1-based) failed at `now`. */
export function afterFailedAttempt(attemptsMade: number, now: Date): FailureOutcome {
  const delay = RETRY_DELAYS_MINUTES[attemptsMade - 1];
  if (attemptsMade < 1 || delay === undefined) return { status: 'FAILED' };
  return { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + delay * 60_000) };
}

/** A transport error as one short line for EmailOutbox.lastError (no stack, no newlines). */
export function describeDeliveryError(error: unknown): string {
  const parts: string[] = [];
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };
    if (typeof e.responseCode === 'number') parts.push(String(e.responseCode));
    if (typeof e.response === 'string' && e.response) parts.push(e.response);
    else if (typeof e.message === 'string' && e.message) parts.push(e.message);
    if (typeof e.code === 'string' && !parts.some((p) => p.includes(e.code as string))) parts.unshift(e.code);
  } else {
    parts.push(String(error));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, 500) || 'Unknown error';
}
