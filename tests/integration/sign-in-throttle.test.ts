// Brute-force throttling persisted in the database (lib/data/sign-in-throttle.ts).
import { describe, expect, it } from 'vitest';
import { clearSignInFailures, recordSignInFailure, signInLockRemaining } from '@/lib/data/sign-in-throttle';
import { THROTTLE_RULES } from '@/lib/domain/sign-in-throttle';
import { uniqueToken } from '@/lib/factories';
import { testDb } from '../helpers/db';

const email = () => `Throttle-${uniqueToken()}@Example.test`;
const failures = (address: string) => testDb().then((db) => db.signInThrottle.findUnique({ where: { key: `email:${address.toLowerCase()}` } }));

describe('sign-in throttle', () => {
  it('locks an e-mail address after five failures, not before', async () => {
    const address = email();
    for (let i = 1; i < THROTTLE_RULES.email.maxFailures; i++) await recordSignInFailure({ email: address });
    expect(await signInLockRemaining({ email: address })).toBe(0);
    expect((await failures(address))?.failures).toBe(4);

    await recordSignInFailure({ email: address });
    const remaining = await signInLockRemaining({ email: address });
    expect(remaining).toBeGreaterThan(THROTTLE_RULES.email.lockMs - 60_000);
    expect(remaining).toBeLessThanOrEqual(THROTTLE_RULES.email.lockMs);
    // Keys are case-insensitive: the same address typed differently is the same lock.
    expect(await signInLockRemaining({ email: address.toUpperCase() })).toBeGreaterThan(0);
    // Another address is unaffected.
    expect(await signInLockRemaining({ email: email() })).toBe(0);
  });

  it('counts every one of concurrent failures', async () => {
    const address = email();
    await Promise.all(Array.from({ length: 3 }, () => recordSignInFailure({ email: address })));
    expect((await failures(address))?.failures).toBe(3);
    expect(await signInLockRemaining({ email: address })).toBe(0);
    await Promise.all(Array.from({ length: 2 }, () => recordSignInFailure({ email: address })));
    expect(await signInLockRemaining({ email: address })).toBeGreaterThan(0);
  });

  it('throttles a client address separately, with its own ceiling', async () => {
    const address = email();
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${uniqueToken()}`;
    await recordSignInFailure({ email: address, ip });
    const db = await testDb();
    expect(await db.signInThrottle.findUnique({ where: { key: `ip:${ip}` } })).toMatchObject({ failures: 1, lockedUntil: null });
    expect(await signInLockRemaining({ ip })).toBe(0);
  });

  it('clearing forgets the failures and lifts the lock', async () => {
    const address = email();
    for (let i = 0; i < THROTTLE_RULES.email.maxFailures; i++) await recordSignInFailure({ email: address });
    expect(await signInLockRemaining({ email: address })).toBeGreaterThan(0);
    await clearSignInFailures(address);
    expect(await signInLockRemaining({ email: address })).toBe(0);
    expect(await failures(address)).toBeNull();
  });

  it('a lock runs out by itself', async () => {
    const address = email();
    const start = new Date();
    for (let i = 0; i < THROTTLE_RULES.email.maxFailures; i++) await recordSignInFailure({ email: address }, start);
    const later = new Date(start.getTime() + THROTTLE_RULES.email.lockMs + 1);
    expect(await signInLockRemaining({ email: address }, later)).toBe(0);
  });
});
