// Strikes and the closure threshold (journey 4), as plain rules. A strike counts against
// its store from the moment it is issued until it expires (the policy's window) or is
// withdrawn (a withdrawn claim item, a restored removal). "Three strikes in 90 days" is
// therefore "three strikes that still count": each strike's expiry is its issue time plus
// the window, so counting the unexpired ones is counting those issued within the window.
import type { StrikeStatus } from '../generated/prisma/enums';
import type { Policy } from './policy';

export interface StrikeState {
  status: StrikeStatus;
  expiresAt: Date;
}

/** Whether a strike counts against its store at `now`. */
export function strikeCounts(strike: StrikeState, now: Date): boolean {
  return strike.status === 'ACTIVE' && strike.expiresAt.getTime() > now.getTime();
}

/** How a strike reads at `now`: a stored ACTIVE whose time has passed is expired. */
export function strikeStateAt(strike: StrikeState, now: Date): StrikeStatus {
  return strike.status === 'ACTIVE' && !strikeCounts(strike, now) ? 'EXPIRED' : strike.status;
}

/** Whether this many counting strikes reach the policy's closure threshold. */
export function reachesClosureThreshold(countingStrikes: number, policy: Pick<Policy, 'strikeThreshold'>): boolean {
  return countingStrikes >= policy.strikeThreshold;
}
