// Which colour each status wears on screen. One table, so a "removed" listing looks the
// same on the brand's, the reviewer's and the seller's pages. The labels come from the
// message catalogue; this only says good / bad / waiting.
import type {
  ApplicationStatus,
  BrandTier,
  ClaimItemStatus,
  ClaimStatus,
  CounterNoticeStatus,
  EmailStatus,
  ListingStatus,
  StoreStatus,
  UserStatus,
  VerificationStatus,
} from '../generated/prisma/enums';
import type { DueState } from './queue';
import type { RightStanding } from './rights';
import type { GrantStanding } from './standing';

export type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'info';

export const CLAIM_STATUS_TONE: Record<ClaimStatus, Tone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  IN_REVIEW: 'info',
  INFO_REQUESTED: 'warn',
  DECIDED: 'good',
  WITHDRAWN: 'neutral',
};

/**
 * Told from the listing's side, the same for every reader: removal is the enforcement
 * colour, restoration the all-clear, rejection leaves things as they were.
 */
export const CLAIM_ITEM_STATUS_TONE: Record<ClaimItemStatus, Tone> = {
  PENDING: 'info',
  IN_REVIEW: 'info',
  INFO_REQUESTED: 'warn',
  REMOVED: 'bad',
  REJECTED: 'neutral',
  WITHDRAWN: 'neutral',
  RESTORED: 'good',
};

/** Told from the listing's side too: restored is the all-clear, upheld the removal standing. */
export const COUNTER_NOTICE_STATUS_TONE: Record<CounterNoticeStatus, Tone> = {
  SUBMITTED: 'info',
  AWAITING_BRAND: 'warn',
  BRAND_RESPONDED: 'info',
  RESTORED: 'good',
  UPHELD: 'bad',
  WITHDRAWN: 'neutral',
};

export const VERIFICATION_TONE: Record<VerificationStatus, Tone> = {
  UNVERIFIED: 'neutral',
  PENDING: 'warn',
  VERIFIED: 'good',
  REJECTED: 'bad',
};

export const RIGHT_STANDING_TONE: Record<RightStanding, Tone> = {
  VERIFIED: 'good',
  PENDING: 'warn',
  REJECTED: 'bad',
  EXPIRED: 'neutral',
};

export const USER_STATUS_TONE: Record<UserStatus, Tone> = { ACTIVE: 'good', DISABLED: 'bad' };

export const TIER_TONE: Record<BrandTier, Tone> = { TRUSTED: 'good', STANDARD: 'neutral' };

export const STORE_STATUS_TONE: Record<StoreStatus, Tone> = {
  ACTIVE: 'good',
  RESTRICTED: 'warn',
  SUSPENDED: 'bad',
  CLOSED: 'bad',
  BANNED: 'bad',
};

export const LISTING_STATUS_TONE: Record<ListingStatus, Tone> = { ACTIVE: 'good', REMOVED: 'bad', RESTORED: 'info' };

export const APPLICATION_STATUS_TONE: Record<ApplicationStatus, Tone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  IN_REVIEW: 'info',
  INFO_REQUESTED: 'warn',
  AWAITING_BRAND: 'warn',
  APPROVED: 'good',
  REJECTED: 'bad',
  WITHDRAWN: 'neutral',
};

export const GRANT_STANDING_TONE: Record<GrantStanding, Tone> = { ACTIVE: 'good', EXPIRED: 'neutral', REVOKED: 'bad' };

export const DUE_STATE_TONE: Record<DueState, Tone> = {
  overdue: 'bad',
  dueSoon: 'warn',
  later: 'neutral',
  paused: 'info',
  none: 'neutral',
};

/** Active strikes: none is good; any is a warning that closure may follow. */
export function strikeTone(activeStrikes: number): Tone {
  return activeStrikes > 0 ? 'warn' : 'good';
}

/** An outbox e-mail: waiting and sending are in progress, FAILED gave up after its last retry. */
export const EMAIL_STATUS_TONE: Record<EmailStatus, Tone> = {
  PENDING: 'neutral',
  SENDING: 'info',
  SENT: 'good',
  FAILED: 'bad',
};
