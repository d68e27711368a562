import { describe, expect, it } from 'vitest';
import * as enums from '@/lib/generated/prisma/enums';
import {
  APPLICATION_STATUS_TONE,
  CLAIM_ITEM_STATUS_TONE,
  CLAIM_STATUS_TONE,
  LISTING_STATUS_TONE,
  STORE_STATUS_TONE,
  USER_STATUS_TONE,
  VERIFICATION_TONE,
  strikeTone,
} from '@/lib/domain/status-tones';

describe('status tones', () => {
  it('give every status of every enum a tone', () => {
    const tables: [Record<string, string>, Record<string, string>][] = [
      [enums.ClaimStatus, CLAIM_STATUS_TONE],
      [enums.ClaimItemStatus, CLAIM_ITEM_STATUS_TONE],
      [enums.VerificationStatus, VERIFICATION_TONE],
      [enums.StoreStatus, STORE_STATUS_TONE],
      [enums.ListingStatus, LISTING_STATUS_TONE],
      [enums.ApplicationStatus, APPLICATION_STATUS_TONE],
      [enums.UserStatus, USER_STATUS_TONE],
    ];
    for (const [values, tones] of tables) expect(Object.keys(tones).sort()).toEqual(Object.values(values).sort());
  });

  it('mark enforcement as bad and clean standing as good', () => {
    expect(STORE_STATUS_TONE.BANNED).toBe('bad');
    expect(VERIFICATION_TONE.VERIFIED).toBe('good');
    expect(strikeTone(0)).toBe('good');
    expect(strikeTone(2)).toBe('warn');
  });
});
