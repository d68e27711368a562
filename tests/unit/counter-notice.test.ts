// The counter-notice's state machine (every transition, allowed or not) and its windows at
// their edges: the seller's (the statement's contestUntil), the brand's (business days).
import { describe, expect, it } from 'vitest';
import { CounterNoticeStatus, Role } from '@/lib/generated/prisma/enums';
import {
  COUNTER_NOTICE_EVENTS,
  brandMayRespond,
  brandWindowLapseDue,
  brandWindowLapsed,
  counterNoticeFilingRefusal,
  counterNoticeReadiness,
  counterNoticeTransition,
  filingProblems,
  isOpenCounterNotice,
  readinessRank,
  readyForDecision,
  type CounterNoticeEvent,
} from '@/lib/domain/counter-notice';
import { brandResponseDeadline, counterNoticeDeadline } from '@/lib/domain/deadlines';
import { POLICY_DEFAULTS } from '@/lib/domain/policy';

const STATUSES = Object.values(CounterNoticeStatus);
const ACTORS = [...Object.values(Role), 'SYSTEM'] as const;

// The whole machine, by hand: [event, from, to, actor].
const ALLOWED: [CounterNoticeEvent, CounterNoticeStatus, CounterNoticeStatus, (typeof ACTORS)[number]][] = [
  ['respond', 'AWAITING_BRAND', 'BRAND_RESPONDED', 'BRAND_AGENT'],
  ['lapse', 'AWAITING_BRAND', 'AWAITING_BRAND', 'SYSTEM'],
  ['restore', 'AWAITING_BRAND', 'RESTORED', 'REVIEWER'],
  ['restore', 'BRAND_RESPONDED', 'RESTORED', 'REVIEWER'],
  ['uphold', 'AWAITING_BRAND', 'UPHELD', 'REVIEWER'],
  ['uphold', 'BRAND_RESPONDED', 'UPHELD', 'REVIEWER'],
  ['withdraw', 'AWAITING_BRAND', 'WITHDRAWN', 'BRAND_AGENT'],
  ['withdraw', 'BRAND_RESPONDED', 'WITHDRAWN', 'BRAND_AGENT'],
  ['withdraw', 'AWAITING_BRAND', 'WITHDRAWN', 'SYSTEM'],
  ['withdraw', 'BRAND_RESPONDED', 'WITHDRAWN', 'SYSTEM'],
];

describe('the counter-notice state machine', () => {
  it.each(ALLOWED)('%s: %s → %s by %s', (event, from, to, actor) => {
    expect(counterNoticeTransition(from, event, actor)).toEqual({ ok: true, to });
  });

  it('refuses every other combination of event, status and actor, saying why', () => {
    let refused = 0;
    for (const event of COUNTER_NOTICE_EVENTS) {
      for (const from of STATUSES) {
        for (const actor of ACTORS) {
          if (ALLOWED.some(([e, f, , a]) => e === event && f === from && a === actor)) continue;
          const result = counterNoticeTransition(from, event, actor);
          expect(result.ok, `${event} ${from} ${actor}`).toBe(false);
          const roleMayEver = ALLOWED.some(([e, , , a]) => e === event && a === actor);
          expect(result).toMatchObject({ reason: roleMayEver ? 'notAllowedFromStatus' : 'notAllowedForRole', from });
          refused += 1;
        }
      }
    }
    expect(refused).toBe(COUNTER_NOTICE_EVENTS.length * STATUSES.length * ACTORS.length - ALLOWED.length);
  });

  it('a seller can cause no transition: filing is the only thing a seller does, and it creates one', () => {
    for (const event of COUNTER_NOTICE_EVENTS) for (const from of STATUSES) expect(counterNoticeTransition(from, event, 'SELLER').ok).toBe(false);
  });

  it('RESTORED, UPHELD and WITHDRAWN are final; the others are open', () => {
    for (const status of ['RESTORED', 'UPHELD', 'WITHDRAWN'] as const) {
      expect(isOpenCounterNotice(status)).toBe(false);
      for (const event of COUNTER_NOTICE_EVENTS) for (const actor of ACTORS) expect(counterNoticeTransition(status, event, actor).ok).toBe(false);
    }
    for (const status of ['SUBMITTED', 'AWAITING_BRAND', 'BRAND_RESPONDED'] as const) expect(isOpenCounterNotice(status)).toBe(true);
  });
});

const at = (iso: string) => new Date(iso);

describe("the seller's window", () => {
  const removedAt = at('2026-03-02T10:00:00Z');
  const contestUntil = counterNoticeDeadline(removedAt, POLICY_DEFAULTS);

  it('is the policy window (14 days by default) from the removal', () => {
    expect(contestUntil.toISOString()).toBe('2026-03-16T10:00:00.000Z');
  });

  it('is open until the last millisecond before the deadline, closed at it', () => {
    const facts = { itemStatus: 'REMOVED', contestUntil, hasOpenCounterNotice: false };
    expect(counterNoticeFilingRefusal(facts, removedAt)).toBeNull();
    expect(counterNoticeFilingRefusal(facts, new Date(contestUntil.getTime() - 1))).toBeNull();
    expect(counterNoticeFilingRefusal(facts, contestUntil)).toBe('windowClosed');
    expect(counterNoticeFilingRefusal(facts, new Date(contestUntil.getTime() + 1))).toBe('windowClosed');
  });

  it('never opens without a deadline, for an item that is not removed, or while a counter-notice is open', () => {
    expect(counterNoticeFilingRefusal({ itemStatus: 'REMOVED', contestUntil: null, hasOpenCounterNotice: false }, removedAt)).toBe('windowClosed');
    for (const itemStatus of ['PENDING', 'IN_REVIEW', 'INFO_REQUESTED', 'REJECTED', 'WITHDRAWN', 'RESTORED']) {
      expect(counterNoticeFilingRefusal({ itemStatus, contestUntil, hasOpenCounterNotice: false }, removedAt)).toBe('notRemoved');
    }
    expect(counterNoticeFilingRefusal({ itemStatus: 'REMOVED', contestUntil, hasOpenCounterNotice: true }, removedAt)).toBe('alreadyOpen');
    expect(counterNoticeFilingRefusal({ itemStatus: 'REMOVED', contestUntil, hasOpenCounterNotice: false, hasUpheldCounterNotice: true }, removedAt)).toBe('alreadyDecided');
  });
});

describe("the brand's window", () => {
  // Filed on a Thursday: ten business days skip two weekends.
  const filedAt = at('2026-03-05T09:30:00Z');
  const due = brandResponseDeadline(filedAt, POLICY_DEFAULTS);
  const awaiting = { status: 'AWAITING_BRAND' as const, brandResponseDueAt: due, brandWindowClosedAt: null };

  it('is ten business days by default', () => {
    expect(due.toISOString()).toBe('2026-03-19T09:30:00.000Z');
  });

  it('lets the brand respond until just before the deadline, not at it', () => {
    expect(brandMayRespond(awaiting, new Date(due.getTime() - 1))).toBe(true);
    expect(brandMayRespond(awaiting, due)).toBe(false);
    expect(brandWindowLapsed(awaiting, new Date(due.getTime() - 1))).toBe(false);
    expect(brandWindowLapsed(awaiting, due)).toBe(true);
  });

  it('is due for the job once past and not yet recorded; recorded, it is not due again', () => {
    expect(brandWindowLapseDue(awaiting, new Date(due.getTime() - 1))).toBe(false);
    expect(brandWindowLapseDue(awaiting, due)).toBe(true);
    const recorded = { ...awaiting, brandWindowClosedAt: due };
    expect(brandWindowLapseDue(recorded, due)).toBe(false);
    // A recorded lapse closes the window even if the clock were read earlier.
    expect(brandMayRespond(recorded, filedAt)).toBe(false);
    expect(brandWindowLapsed(recorded, filedAt)).toBe(true);
  });

  it('does not apply once the brand responded or the counter-notice was decided', () => {
    for (const status of ['BRAND_RESPONDED', 'RESTORED', 'UPHELD', 'WITHDRAWN'] as const) {
      const notice = { ...awaiting, status };
      expect(brandMayRespond(notice, filedAt)).toBe(false);
      expect(brandWindowLapseDue(notice, due)).toBe(false);
    }
  });
});

describe('readiness for a reviewer', () => {
  const due = at('2026-03-19T09:30:00Z');
  const before = new Date(due.getTime() - 1);

  it('is ready when the brand responded or its window passed; waiting otherwise; closed once decided', () => {
    expect(counterNoticeReadiness({ status: 'BRAND_RESPONDED', brandResponseDueAt: due, brandWindowClosedAt: null }, before)).toBe('brandResponded');
    expect(counterNoticeReadiness({ status: 'AWAITING_BRAND', brandResponseDueAt: due, brandWindowClosedAt: null }, before)).toBe('awaitingBrand');
    expect(counterNoticeReadiness({ status: 'AWAITING_BRAND', brandResponseDueAt: due, brandWindowClosedAt: null }, due)).toBe('windowPassed');
    for (const status of ['RESTORED', 'UPHELD', 'WITHDRAWN'] as const) {
      expect(counterNoticeReadiness({ status, brandResponseDueAt: due, brandWindowClosedAt: null }, due)).toBe('closed');
    }
    expect(readyForDecision({ status: 'AWAITING_BRAND', brandResponseDueAt: due, brandWindowClosedAt: null }, before)).toBe(false);
    expect(readyForDecision({ status: 'AWAITING_BRAND', brandResponseDueAt: due, brandWindowClosedAt: null }, due)).toBe(true);
    expect(readyForDecision({ status: 'UPHELD', brandResponseDueAt: due, brandWindowClosedAt: null }, due)).toBe(false);
  });

  it('ranks ready ones first, then waiting, then closed', () => {
    expect(readinessRank('brandResponded')).toBe(readinessRank('windowPassed'));
    expect(readinessRank('windowPassed')).toBeLessThan(readinessRank('awaitingBrand'));
    expect(readinessRank('awaitingBrand')).toBeLessThan(readinessRank('closed'));
  });
});

describe('what a filing must contain', () => {
  it('needs a document for genuine goods, and none for the other grounds', () => {
    expect(filingProblems({ ground: 'GENUINE_GOODS', evidenceCount: 0 })).toEqual([{ field: 'evidence', key: 'evidenceRequired' }]);
    expect(filingProblems({ ground: 'GENUINE_GOODS', evidenceCount: 1 })).toEqual([]);
    for (const ground of ['AUTHORIZED_SELLER', 'NO_RIGHT_COVERS', 'MISTAKE', 'OTHER'] as const) {
      expect(filingProblems({ ground, evidenceCount: 0 })).toEqual([]);
    }
  });

  it('caps the documents at 20', () => {
    expect(filingProblems({ ground: 'OTHER', evidenceCount: 20 })).toEqual([]);
    expect(filingProblems({ ground: 'OTHER', evidenceCount: 21 })).toEqual([{ field: 'evidence', key: 'tooManyDocuments' }]);
  });
});
