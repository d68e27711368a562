// When the outbox retries an e-mail (lib/domain/email-delivery.ts).
import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, RETRY_DELAYS_MINUTES, afterFailedAttempt, describeDeliveryError } from '@/lib/domain/email-delivery';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const minutesLater = (outcome: ReturnType<typeof afterFailedAttempt>) =>
  outcome.status === 'PENDING' ? (outcome.nextAttemptAt.getTime() - NOW.getTime()) / 60_000 : null;

describe('retry backoff', () => {
  it('waits 1, 5, 15, 60 and 240 minutes after the 1st to 5th failure', () => {
    expect(RETRY_DELAYS_MINUTES).toEqual([1, 5, 15, 60, 240]);
    expect([1, 2, 3, 4, 5].map((attempt) => minutesLater(afterFailedAttempt(attempt, NOW)))).toEqual([1, 5, 15, 60, 240]);
  });

  it('gives up after the 6th attempt', () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(afterFailedAttempt(MAX_ATTEMPTS, NOW)).toEqual({ status: 'FAILED' });
    expect(afterFailedAttempt(MAX_ATTEMPTS + 3, NOW)).toEqual({ status: 'FAILED' });
  });

  it('grows: every wait is longer than the one before', () => {
    const waits = RETRY_DELAYS_MINUTES.map((_, i) => minutesLater(afterFailedAttempt(i + 1, NOW))!);
    waits.slice(1).forEach((wait, i) => expect(wait).toBeGreaterThan(waits[i]!));
  });

  it('treats a nonsensical attempt count as final', () => {
    expect(afterFailedAttempt(0, NOW)).toEqual({ status: 'FAILED' });
  });
});

describe('describeDeliveryError', () => {
  it('keeps the SMTP reply of a refused message on one line', () => {
    const error = Object.assign(new Error('Message failed: 550 5.1.1 No such user'), {
      code: 'EMESSAGE',
      responseCode: 550,
      response: '550 5.1.1 No such\r\n user',
    });
    expect(describeDeliveryError(error)).toBe('EMESSAGE 550 550 5.1.1 No such user');
  });

  it('names a connection failure', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ESOCKET' });
    expect(describeDeliveryError(error)).toBe('ESOCKET connect ECONNREFUSED 127.0.0.1:1');
  });

  it('copes with anything thrown', () => {
    expect(describeDeliveryError('boom')).toBe('boom');
    expect(describeDeliveryError(undefined)).toBe('undefined');
    expect(describeDeliveryError({})).toBe('Unknown error');
    expect(describeDeliveryError(new Error('x'.repeat(900))).length).toBe(500);
  });
});
