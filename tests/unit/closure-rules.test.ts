// The closure and appeal state machines (lib/domain/closure.ts): every allowed and every
// forbidden transition, the four-eyes rule, the appeal window at its boundary and the
// uninvolved appeal decider; and strike expiry and the threshold at their boundaries.
import { describe, expect, it } from 'vitest';
import {
  CLOSURE_EVENTS,
  appealDeadline,
  appealFilingRefusal,
  appealTransition,
  availableClosureEvents,
  closureRestriction,
  closureTransition,
  type ClosureEvent,
} from '@/lib/domain/closure';
import { POLICY_DEFAULTS, strikeExpiresAt } from '@/lib/domain/policy';
import { reachesClosureThreshold, strikeCounts, strikeStateAt } from '@/lib/domain/strikes';
import type { AppealStatus, ClosureStatus } from '@/lib/generated/prisma/enums';

const STATUSES: ClosureStatus[] = ['OPEN', 'PROPOSED', 'APPROVED', 'DECLINED', 'WITHDRAWN'];
const ALLOWED: Record<ClosureEvent, Partial<Record<ClosureStatus, ClosureStatus>>> = {
  propose: { OPEN: 'PROPOSED' },
  withdraw: { OPEN: 'WITHDRAWN' },
  approve: { PROPOSED: 'APPROVED' },
  decline: { PROPOSED: 'DECLINED' },
};
const DAY = 86_400_000;

describe('closureTransition', () => {
  const other = { actorId: 'r2', proposedById: 'r1' };
  for (const event of CLOSURE_EVENTS) {
    for (const from of STATUSES) {
      const to = ALLOWED[event][from];
      it(`${event} from ${from} is ${to ? `allowed (→ ${to})` : 'refused'}`, () => {
        const result = closureTransition(from, event, from === 'OPEN' ? { actorId: 'r1', proposedById: null } : other);
        if (to) expect(result).toEqual({ ok: true, to });
        else expect(result).toEqual({ ok: false, reason: 'notAllowedFromStatus', from });
      });
    }
  }

  it('refuses the proposer approving or declining their own proposal', () => {
    const self = { actorId: 'r1', proposedById: 'r1' };
    expect(closureTransition('PROPOSED', 'approve', self)).toEqual({ ok: false, reason: 'ownProposal', from: 'PROPOSED' });
    expect(closureTransition('PROPOSED', 'decline', self)).toEqual({ ok: false, reason: 'ownProposal', from: 'PROPOSED' });
    expect(availableClosureEvents('PROPOSED', self)).toEqual([]);
  });

  it('lets any other reviewer decide a proposal', () => {
    expect(availableClosureEvents('PROPOSED', { actorId: 'r2', proposedById: 'r1' })).toEqual(['approve', 'decline']);
  });

  it('offers propose and dismiss on a system-opened proposal to any reviewer', () => {
    expect(availableClosureEvents('OPEN', { actorId: 'r1', proposedById: null })).toEqual(['propose', 'withdraw']);
  });

  it('offers nothing once decided', () => {
    for (const from of ['APPROVED', 'DECLINED', 'WITHDRAWN'] as const) expect(availableClosureEvents(from, { actorId: 'r3', proposedById: 'r1' })).toEqual([]);
  });

  it('maps a ban to the STORE_BAN restriction', () => {
    expect(closureRestriction(true)).toBe('STORE_BAN');
    expect(closureRestriction(false)).toBe('STORE_CLOSURE');
  });
});

describe('appeal filing', () => {
  const closedAt = new Date('2026-06-01T10:00:00Z');
  const policy = { appealWindowDays: 30 };
  const deadline = appealDeadline(closedAt, policy);

  it('ends the window appealWindowDays after the closure', () => {
    expect(deadline.toISOString()).toBe('2026-07-01T10:00:00.000Z');
  });
  it('allows one appeal of an approved closure until just before the deadline', () => {
    expect(appealFilingRefusal({ status: 'APPROVED', decidedAt: closedAt, hasAppeal: false }, new Date(deadline.getTime() - 1), policy)).toBeNull();
  });
  it('refuses at the deadline and after', () => {
    expect(appealFilingRefusal({ status: 'APPROVED', decidedAt: closedAt, hasAppeal: false }, deadline, policy)).toBe('windowClosed');
    expect(appealFilingRefusal({ status: 'APPROVED', decidedAt: closedAt, hasAppeal: false }, new Date(deadline.getTime() + DAY), policy)).toBe('windowClosed');
  });
  it('refuses a second appeal', () => {
    expect(appealFilingRefusal({ status: 'APPROVED', decidedAt: closedAt, hasAppeal: true }, closedAt, policy)).toBe('alreadyAppealed');
  });
  it('refuses an appeal of a closure that is not approved', () => {
    for (const status of ['OPEN', 'PROPOSED', 'DECLINED', 'WITHDRAWN'] as const) {
      expect(appealFilingRefusal({ status, decidedAt: closedAt, hasAppeal: false }, closedAt, policy)).toBe('notClosed');
    }
  });
});

describe('appealTransition', () => {
  const who = { actorId: 'r3', proposedById: 'r1', closureDecidedById: 'r2' };
  it('lets an uninvolved reviewer grant or deny a submitted appeal', () => {
    expect(appealTransition('SUBMITTED', 'grant', who)).toEqual({ ok: true, to: 'GRANTED' });
    expect(appealTransition('SUBMITTED', 'deny', who)).toEqual({ ok: true, to: 'DENIED' });
  });
  it('refuses the proposer and the decider of the closure', () => {
    expect(appealTransition('SUBMITTED', 'grant', { ...who, actorId: 'r1' })).toEqual({ ok: false, reason: 'tookPart', from: 'SUBMITTED' });
    expect(appealTransition('SUBMITTED', 'deny', { ...who, actorId: 'r2' })).toEqual({ ok: false, reason: 'tookPart', from: 'SUBMITTED' });
  });
  it('refuses deciding an appeal twice', () => {
    for (const from of ['GRANTED', 'DENIED'] as AppealStatus[]) {
      for (const event of ['grant', 'deny'] as const) expect(appealTransition(from, event, who)).toEqual({ ok: false, reason: 'notAllowedFromStatus', from });
    }
  });
});

describe('strike expiry and threshold', () => {
  const issued = new Date('2026-03-01T00:00:00Z');
  const expiresAt = strikeExpiresAt(issued, POLICY_DEFAULTS);
  it('counts for strikeWindowDays and not a moment longer', () => {
    expect(expiresAt.getTime() - issued.getTime()).toBe(POLICY_DEFAULTS.strikeWindowDays * DAY);
    expect(strikeCounts({ status: 'ACTIVE', expiresAt }, new Date(expiresAt.getTime() - 1))).toBe(true);
    expect(strikeCounts({ status: 'ACTIVE', expiresAt }, expiresAt)).toBe(false);
    expect(strikeStateAt({ status: 'ACTIVE', expiresAt }, expiresAt)).toBe('EXPIRED');
    expect(strikeStateAt({ status: 'WITHDRAWN', expiresAt }, issued)).toBe('WITHDRAWN');
  });
  it('reaches the threshold at exactly strikeThreshold counting strikes', () => {
    expect(reachesClosureThreshold(POLICY_DEFAULTS.strikeThreshold - 1, POLICY_DEFAULTS)).toBe(false);
    expect(reachesClosureThreshold(POLICY_DEFAULTS.strikeThreshold, POLICY_DEFAULTS)).toBe(true);
  });
});
