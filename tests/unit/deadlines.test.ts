import { describe, expect, it } from 'vitest';
import { addBusinessDays, brandResponseDeadline, counterNoticeDeadline, isPast, resumeSla } from '@/lib/domain/deadlines';
import { POLICY_DEFAULTS } from '@/lib/domain/policy';

const utc = (s: string) => new Date(`${s}Z`);

describe('business days', () => {
  it('skips weekends', () => {
    // 2026-11-20 is a Friday.
    expect(addBusinessDays(utc('2026-11-20T10:00:00'), 1)).toEqual(utc('2026-11-23T10:00:00'));
    expect(addBusinessDays(utc('2026-11-20T10:00:00'), 5)).toEqual(utc('2026-11-27T10:00:00'));
    expect(addBusinessDays(utc('2026-11-23T10:00:00'), 10)).toEqual(utc('2026-12-07T10:00:00'));
  });

  it('counts from a weekend to the next business days', () => {
    // Saturday → Monday is the first business day.
    expect(addBusinessDays(utc('2026-11-21T09:00:00'), 1)).toEqual(utc('2026-11-23T09:00:00'));
  });

  it('zero days is the same moment; negative or fractional days are refused', () => {
    expect(addBusinessDays(utc('2026-11-21T09:00:00'), 0)).toEqual(utc('2026-11-21T09:00:00'));
    expect(() => addBusinessDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addBusinessDays(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe('policy deadlines', () => {
  it('gives the seller 14 calendar days to counter a removal by default', () => {
    expect(counterNoticeDeadline(utc('2026-11-20T10:00:00'), POLICY_DEFAULTS)).toEqual(utc('2026-12-04T10:00:00'));
  });

  it('gives the brand 10 business days to answer a counter-notice by default', () => {
    expect(brandResponseDeadline(utc('2026-11-20T10:00:00'), POLICY_DEFAULTS)).toEqual(utc('2026-12-04T10:00:00'));
  });

  it('treats the deadline instant itself as past', () => {
    const deadline = utc('2026-12-04T10:00:00');
    expect(isPast(deadline, new Date(deadline.getTime() - 1))).toBe(false);
    expect(isPast(deadline, deadline)).toBe(true);
  });
});

describe('review clock paused while the brand owes information', () => {
  it('moves the due time by the time spent waiting', () => {
    const clock = { dueAt: utc('2026-11-22T12:00:00'), slaPausedSeconds: 60, infoRequestedAt: utc('2026-11-21T12:00:00') };
    expect(resumeSla(clock, utc('2026-11-21T15:00:00'))).toEqual({ dueAt: utc('2026-11-22T15:00:00'), slaPausedSeconds: 60 + 3 * 3600 });
  });

  it('changes nothing when no information was requested', () => {
    const clock = { dueAt: utc('2026-11-22T12:00:00'), slaPausedSeconds: 0, infoRequestedAt: null };
    expect(resumeSla(clock, utc('2026-11-25T00:00:00'))).toEqual({ dueAt: clock.dueAt, slaPausedSeconds: 0 });
  });

  it('holds a pause longer than 25 days without overflowing a 32-bit column', () => {
    const clock = { dueAt: null, slaPausedSeconds: 0, infoRequestedAt: utc('2026-01-01T00:00:00') };
    const { slaPausedSeconds } = resumeSla(clock, utc('2026-03-01T00:00:00'));
    expect(slaPausedSeconds).toBe(59 * 24 * 3600);
    expect(slaPausedSeconds).toBeLessThan(2 ** 31);
  });
});
