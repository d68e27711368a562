// Strikes whose window has passed are marked EXPIRED (the strike-expiry job). Counting never
// waits for this: reads apply expiry against the clock (lib/domain/strikes.ts); the stored
// status catches up so the record says what the clock already says.
import 'server-only';
import { recordAudit } from '../audit';
import type { Db } from '../db';

const BATCH = 1000;

/** Expires due strikes in batches, one audit event per store per batch. Returns how many; a second run finds none. */
export async function expireDueStrikes(client: Db, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const due = await client.strike.findMany({
      where: { status: 'ACTIVE', expiresAt: { lte: now } },
      orderBy: { id: 'asc' },
      take: BATCH,
      select: { id: true, storeId: true },
    });
    if (due.length === 0) return total;
    total += await client.$transaction(async (tx) => {
      const { count } = await tx.strike.updateMany({ where: { id: { in: due.map((s) => s.id) }, status: 'ACTIVE', expiresAt: { lte: now } }, data: { status: 'EXPIRED' } });
      const byStore = new Map<string, string[]>();
      for (const s of due) byStore.set(s.storeId, [...(byStore.get(s.storeId) ?? []), s.id]);
      for (const [storeId, strikeIds] of byStore) {
        await recordAudit(tx, { actor: null, action: 'strike.expire', objectType: 'store', objectId: storeId, after: { strikeIds, expiredAt: now.toISOString() } });
      }
      return count;
    });
    if (due.length < BATCH) return total;
  }
}
