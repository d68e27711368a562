import { describe, expect, it } from 'vitest';
import { ClaimItemStatus, Role } from '@/lib/generated/prisma/enums';
import {
  CLAIM_ITEM_EVENTS,
  CLAIM_ITEM_TRANSITIONS,
  availableClaimItemEvents,
  claimItemTransition,
  decisionProblems,
  deriveClaimStatus,
  type ClaimItemEvent,
} from '@/lib/domain/claim-item';

const STATUSES = Object.values(ClaimItemStatus);
const ACTORS = [...Object.values(Role), 'SYSTEM'] as const;

// The whole machine, written out by hand: [event, from, to, actor].
const ALLOWED: [ClaimItemEvent, ClaimItemStatus, ClaimItemStatus, (typeof ACTORS)[number]][] = [
  ['take', 'PENDING', 'IN_REVIEW', 'REVIEWER'],
  ['release', 'IN_REVIEW', 'PENDING', 'REVIEWER'],
  ['remove', 'PENDING', 'REMOVED', 'REVIEWER'],
  ['remove', 'IN_REVIEW', 'REMOVED', 'REVIEWER'],
  ['reject', 'PENDING', 'REJECTED', 'REVIEWER'],
  ['reject', 'IN_REVIEW', 'REJECTED', 'REVIEWER'],
  ['requestInfo', 'PENDING', 'INFO_REQUESTED', 'REVIEWER'],
  ['requestInfo', 'IN_REVIEW', 'INFO_REQUESTED', 'REVIEWER'],
  ['provideInfo', 'INFO_REQUESTED', 'PENDING', 'BRAND_AGENT'],
  ['expedite', 'PENDING', 'REMOVED', 'SYSTEM'],
  ['withdraw', 'PENDING', 'WITHDRAWN', 'BRAND_AGENT'],
  ['withdraw', 'IN_REVIEW', 'WITHDRAWN', 'BRAND_AGENT'],
  ['withdraw', 'INFO_REQUESTED', 'WITHDRAWN', 'BRAND_AGENT'],
  ['withdraw', 'REMOVED', 'WITHDRAWN', 'BRAND_AGENT'],
  ['restore', 'REMOVED', 'RESTORED', 'REVIEWER'],
  ['confirmExpedited', 'REMOVED', 'REMOVED', 'REVIEWER'],
  ['overturnExpedited', 'REMOVED', 'REJECTED', 'REVIEWER'],
];

describe('claim-item state machine', () => {
  it.each(ALLOWED)('%s: %s → %s by %s is allowed', (event, from, to, actor) => {
    expect(claimItemTransition(from, event, actor)).toEqual({ ok: true, to });
  });

  it('forbids every other (event, status, actor) combination', () => {
    let forbidden = 0;
    for (const event of CLAIM_ITEM_EVENTS) {
      for (const from of STATUSES) {
        for (const actor of ACTORS) {
          if (ALLOWED.some(([e, f, , a]) => e === event && f === from && a === actor)) continue;
          const result = claimItemTransition(from, event, actor);
          expect(result.ok, `${event} from ${from} by ${actor}`).toBe(false);
          forbidden += 1;
        }
      }
    }
    expect(forbidden).toBe(CLAIM_ITEM_EVENTS.length * STATUSES.length * ACTORS.length - ALLOWED.length);
  });

  it('says why a transition is refused: the role before the status', () => {
    expect(claimItemTransition('PENDING', 'remove', 'SELLER')).toEqual({ ok: false, reason: 'notAllowedForRole', from: 'PENDING' });
    expect(claimItemTransition('REJECTED', 'remove', 'REVIEWER')).toEqual({ ok: false, reason: 'notAllowedFromStatus', from: 'REJECTED' });
  });

  it('has final states with no way out', () => {
    for (const status of ['REJECTED', 'WITHDRAWN', 'RESTORED'] as const) {
      for (const actor of ACTORS) expect(availableClaimItemEvents(status, actor)).toEqual([]);
    }
  });

  it('never lets a seller or an admin change an item', () => {
    for (const status of STATUSES) {
      expect(availableClaimItemEvents(status, 'SELLER')).toEqual([]);
      expect(availableClaimItemEvents(status, 'ADMIN')).toEqual([]);
    }
  });

  it('lists what a reviewer may do with a pending item', () => {
    expect(availableClaimItemEvents('PENDING', 'REVIEWER')).toEqual(['take', 'remove', 'reject', 'requestInfo']);
  });

  it('lets only a reviewer confirm or overturn an expedited takedown, and only while it is REMOVED', () => {
    expect(availableClaimItemEvents('REMOVED', 'REVIEWER')).toEqual(['restore', 'confirmExpedited', 'overturnExpedited']);
    expect(claimItemTransition('REMOVED', 'confirmExpedited', 'SYSTEM')).toEqual({ ok: false, reason: 'notAllowedForRole', from: 'REMOVED' });
    expect(claimItemTransition('REJECTED', 'overturnExpedited', 'REVIEWER')).toEqual({ ok: false, reason: 'notAllowedFromStatus', from: 'REJECTED' });
  });

  it('declares every event exactly once', () => {
    expect(Object.keys(CLAIM_ITEM_TRANSITIONS).sort()).toEqual([...CLAIM_ITEM_EVENTS].sort());
  });
});

describe('decision reasons', () => {
  const rights = ['right-1'];

  it('accepts a removal resting on a usable right', () => {
    expect(decisionProblems({ kind: 'remove', removalReason: 'COUNTERFEIT', rightId: 'right-1' }, rights)).toEqual([]);
  });

  it('refuses a removal on a right the claim cannot use (unverified, expired, not on the claim)', () => {
    expect(decisionProblems({ kind: 'remove', removalReason: 'COUNTERFEIT', rightId: 'right-2' }, rights)).toEqual([
      { field: 'rightId', key: 'rightNotUsable' },
    ]);
  });

  it('needs words for "other"', () => {
    expect(decisionProblems({ kind: 'reject', rejectionReason: 'OTHER', note: '  ' }, rights)).toEqual([{ field: 'note', key: 'otherNeedsText' }]);
    expect(decisionProblems({ kind: 'reject', rejectionReason: 'OTHER', note: 'Parallel import with proof' }, rights)).toEqual([]);
    expect(decisionProblems({ kind: 'remove', removalReason: 'OTHER', rightId: 'right-1' }, rights)).toEqual([{ field: 'note', key: 'otherNeedsText' }]);
  });

  it('accepts every rejection reason but "other" without text', () => {
    for (const reason of ['INSUFFICIENT_EVIDENCE', 'NO_RIGHT_COVERS', 'GENUINE_GOODS', 'PARODY_OR_COMMENT'] as const) {
      expect(decisionProblems({ kind: 'reject', rejectionReason: reason }, rights)).toEqual([]);
    }
  });

  it('needs a question when asking the brand for information, and bounds its length', () => {
    expect(decisionProblems({ kind: 'requestInfo', message: '' }, rights)).toEqual([{ field: 'message', key: 'required' }]);
    expect(decisionProblems({ kind: 'requestInfo', message: 'x'.repeat(4001) }, rights)).toEqual([{ field: 'message', key: 'tooLong' }]);
    expect(decisionProblems({ kind: 'requestInfo', message: 'x'.repeat(4000) }, rights)).toEqual([]);
  });
});

describe('claim status from its items', () => {
  it.each([
    [[], 'SUBMITTED'],
    [['PENDING', 'PENDING'], 'SUBMITTED'],
    [['PENDING', 'IN_REVIEW'], 'IN_REVIEW'],
    [['IN_REVIEW'], 'IN_REVIEW'],
    [['PENDING', 'REMOVED'], 'IN_REVIEW'],
    [['REMOVED', 'INFO_REQUESTED'], 'INFO_REQUESTED'],
    [['REMOVED', 'REJECTED'], 'DECIDED'],
    [['REMOVED', 'WITHDRAWN'], 'DECIDED'],
    [['RESTORED'], 'DECIDED'],
    [['WITHDRAWN', 'WITHDRAWN'], 'WITHDRAWN'],
  ] as [ClaimItemStatus[], string][])('%j → %s', (items, expected) => {
    expect(deriveClaimStatus(items)).toBe(expected);
  });
});
