import 'server-only';
import { db } from '../db';
import {
  THROTTLE_RULES,
  afterFailure,
  lockRemainingMs,
  type ThrottleState,
} from '../domain/sign-in-throttle';

type Scope = keyof typeof THROTTLE_RULES;
const keyOf = (scope: Scope, value: string) => `${scope}:${value.toLowerCase()}`;

/** The longest lock among the given keys, in milliseconds (0: not locked). */
export async function signInLockRemaining(keys: Partial<Record<Scope, string>>, now = new Date()): Promise<number> {
  const prisma = await db();
  const ids = (Object.entries(keys) as [Scope, string][]).filter(([, v]) => v).map(([s, v]) => keyOf(s, v));
  if (!ids.length) return 0;
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: ids } } });
  return Math.max(0, ...rows.map((r) => lockRemainingMs(r, now)));
}

export async function recordSignInFailure(keys: Partial<Record<Scope, string>>, now = new Date()): Promise<void> {
  const prisma = await db();
  for (const [scope, value] of Object.entries(keys) as [Scope, string][]) {
    if (!value) continue;
    const key = keyOf(scope, value);
    // Serialised per key inside a transaction so concurrent failures all count.
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
      const current: ThrottleState | null = await tx.signInThrottle.findUnique({ where: { key } });
      const next = afterFailure(current, THROTTLE_RULES[scope], now);
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    });
  }
}

export async function clearSignInFailures(email: string): Promise<void> {
  const prisma = await db();
  await prisma.signInThrottle.deleteMany({ where: { key: keyOf('email', email) } });
}
