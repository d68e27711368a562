// Deadlines the system enforces (not people's memory): the seller's window to answer a
// removal, the brand's window to answer a counter-notice, and the review SLA, which stops
// while the brand owes information. All in UTC; business days skip Saturday and Sunday.
import type { Policy } from './policy';

const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

/** `days` business days after `from` (same time of day), skipping Saturdays and Sundays. */
export function addBusinessDays(from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('business days must be a whole number ≥ 0');
  let result = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    result = addDays(result, 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  // A deadline that would start on a weekend (from was Sat/Sun with 0 days) stays as given.
  return result;
}

/** Until when the seller may file a counter-notice against a removal. */
export function counterNoticeDeadline(removedAt: Date, policy: Pick<Policy, 'counterNoticeWindowDays'>): Date {
  return addDays(removedAt, policy.counterNoticeWindowDays);
}

/** Until when the brand may show it is pursuing the matter after a counter-notice. */
export function brandResponseDeadline(counterNoticeAt: Date, policy: Pick<Policy, 'brandResponseBusinessDays'>): Date {
  return addBusinessDays(counterNoticeAt, policy.brandResponseBusinessDays);
}

/** True once `deadline` has passed: a deadline equal to now has passed (the window is half-open). */
export function isPast(deadline: Date, now: Date): boolean {
  return deadline.getTime() <= now.getTime();
}

export interface SlaClock {
  dueAt: Date | null;
  slaPausedSeconds: number;
  infoRequestedAt: Date | null;
}

/**
 * The review clock when the brand answers a request for information: the time spent
 * waiting on the brand is added to the due time and to the paused total.
 */
export function resumeSla(clock: SlaClock, now: Date): { dueAt: Date | null; slaPausedSeconds: number } {
  if (!clock.infoRequestedAt) return { dueAt: clock.dueAt, slaPausedSeconds: clock.slaPausedSeconds };
  const pausedSeconds = Math.max(0, Math.floor((now.getTime() - clock.infoRequestedAt.getTime()) / 1000));
  return {
    dueAt: clock.dueAt ? new Date(clock.dueAt.getTime() + pausedSeconds * 1000) : null,
    slaPausedSeconds: clock.slaPausedSeconds + pausedSeconds,
  };
}
