// The reviewer's item page rules: who may change an item now, the suggested removal
// reason, and the listing's price against the brand's reference price.
import { describe, expect, it } from 'vitest';
import { ClaimItemStatus, InfringementType } from '@/lib/generated/prisma/enums';
import { CLAIM_ITEM_EVENTS } from '@/lib/domain/claim-item';
import {
  itemChangeRefusal,
  referencePriceFor,
  shareOfReference,
  suggestedRemovalReason,
  type ItemLockFacts,
} from '@/lib/domain/review';

const me = { id: 'me', role: 'REVIEWER' as const };
const item = (overrides: Partial<ItemLockFacts> = {}): ItemLockFacts => ({
  status: 'PENDING',
  version: 3,
  assignedReviewerId: null,
  assigneeName: null,
  deciderName: null,
  ...overrides,
});

describe('itemChangeRefusal', () => {
  it('lets a reviewer take, decide or ask about a pending item of the version they saw', () => {
    for (const event of ['take', 'remove', 'reject', 'requestInfo'] as const) {
      expect(itemChangeRefusal(item(), event, me, 3), event).toBeNull();
    }
  });

  it('refuses a form rendered from an older version', () => {
    expect(itemChangeRefusal(item(), 'remove', me, 2)).toEqual({ violation: 'changed' });
    // "take next" has no form: no version to compare.
    expect(itemChangeRefusal(item(), 'take', me, null)).toBeNull();
  });

  it('says who decided an item already decided', () => {
    for (const status of ['REMOVED', 'REJECTED', 'RESTORED'] as const) {
      for (const event of ['take', 'remove', 'reject', 'requestInfo', 'release'] as const) {
        expect(itemChangeRefusal(item({ status, deciderName: 'Rosa' }), event, me, 3)).toEqual({ violation: 'alreadyDecided', status, by: 'Rosa' });
      }
    }
  });

  it('says who asked the brand, and that a withdrawn item is out of reach', () => {
    expect(itemChangeRefusal(item({ status: 'INFO_REQUESTED', assigneeName: 'Ren' }), 'remove', me, 3)).toEqual({ violation: 'infoRequested', by: 'Ren' });
    expect(itemChangeRefusal(item({ status: 'WITHDRAWN' }), 'reject', me, 3)).toEqual({ violation: 'withdrawn' });
  });

  it('keeps an item taken by another reviewer theirs to decide, but anyone may release it', () => {
    const taken = item({ status: 'IN_REVIEW', assignedReviewerId: 'other', assigneeName: 'Rosa' });
    for (const event of ['take', 'remove', 'reject', 'requestInfo'] as const) {
      expect(itemChangeRefusal(taken, event, me, 3), event).toEqual({ violation: 'takenByOther', by: 'Rosa' });
    }
    expect(itemChangeRefusal(taken, 'release', me, 3)).toBeNull();
    const mine = item({ status: 'IN_REVIEW', assignedReviewerId: 'me', assigneeName: 'Me' });
    for (const event of ['remove', 'reject', 'requestInfo', 'release'] as const) expect(itemChangeRefusal(mine, event, me, 3), event).toBeNull();
  });

  it('refuses releasing an item nobody took', () => {
    expect(itemChangeRefusal(item(), 'release', me, 3)).toEqual({ violation: 'notTaken' });
  });

  it('refuses every reviewer event to other roles', () => {
    for (const role of ['SELLER', 'BRAND_AGENT', 'ADMIN'] as const) {
      for (const event of ['take', 'release', 'remove', 'reject', 'requestInfo'] as const) {
        for (const status of Object.values(ClaimItemStatus)) {
          expect(itemChangeRefusal(item({ status }), event, { id: 'x', role }, 3), `${role} ${event} ${status}`).toEqual({ violation: 'forbidden' });
        }
      }
    }
  });

  it('answers every event in every status with null or a refusal (never throws)', () => {
    for (const event of CLAIM_ITEM_EVENTS) {
      for (const status of Object.values(ClaimItemStatus)) {
        expect(() => itemChangeRefusal(item({ status }), event, me, 3)).not.toThrow();
      }
    }
  });
});

describe('suggestedRemovalReason', () => {
  it('follows what the brand alleged, and suggests nothing where the reviewer must choose', () => {
    expect(suggestedRemovalReason('COUNTERFEIT')).toBe('COUNTERFEIT');
    expect(suggestedRemovalReason('TRADEMARK_MISUSE')).toBe('TRADEMARK_INFRINGEMENT');
    expect(suggestedRemovalReason('COPYRIGHT')).toBe('COPYRIGHT_INFRINGEMENT');
    expect(suggestedRemovalReason('IMAGE_THEFT')).toBe('COPYRIGHT_INFRINGEMENT');
    expect(suggestedRemovalReason('DESIGN')).toBe('DESIGN_INFRINGEMENT');
    expect(suggestedRemovalReason('UNAUTHORIZED_SALE')).toBeNull();
    expect(suggestedRemovalReason('OTHER')).toBeNull();
    for (const type of Object.values(InfringementType)) expect(() => suggestedRemovalReason(type)).not.toThrow();
  });
});

describe('reference price', () => {
  const prices = [
    { productLine: 'Handbag', currency: 'USD', amountCents: 245_000 },
    { productLine: 'Card Holder', currency: 'USD', amountCents: 35_000 },
    { productLine: 'Holder', currency: 'USD', amountCents: 1_000 },
    { productLine: 'Tote', currency: 'EUR', amountCents: 189_000 },
  ];

  it('finds the product line named in the title, whole words, any case', () => {
    expect(referencePriceFor('Classic Flap HANDBAG, noir — replica', 'USD', prices)?.productLine).toBe('Handbag');
    expect(referencePriceFor('Handbags wholesale', 'USD', prices)).toBeNull();
    expect(referencePriceFor('Quilted card-holder', 'USD', prices)?.productLine).toBe('Card Holder');
  });

  it('prefers the longest matching line and ignores other currencies', () => {
    expect(referencePriceFor('Monogram Card Holder', 'USD', prices)?.productLine).toBe('Card Holder');
    expect(referencePriceFor('Riviera Leather Tote', 'USD', prices)).toBeNull();
    expect(referencePriceFor('Riviera Leather Tote', 'EUR', prices)?.amountCents).toBe(189_000);
  });

  it('gives the price as a share of the reference', () => {
    expect(shareOfReference(12_250, prices[0]!)).toBe(5);
    expect(shareOfReference(245_000, prices[0]!)).toBe(100);
    expect(shareOfReference(100, null)).toBeNull();
    expect(shareOfReference(100, { productLine: 'x', currency: 'USD', amountCents: 0 })).toBeNull();
  });
});
