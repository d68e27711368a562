// The reviewer queue's brand options look at claims only (lib/data/queue.ts
// queueBrandOptions): a claim is open exactly when one of its items waits in the queue.
// This holds that rule against the claim status derived from every mix of item statuses.
import { describe, expect, it } from 'vitest';
import { ClaimItemStatus } from '@/lib/generated/prisma/enums';
import { deriveClaimStatus } from '@/lib/domain/claim-item';
import { OPEN_CLAIM_STATUSES, QUEUE_STATUSES } from '@/lib/domain/queue';

const STATUSES = Object.values(ClaimItemStatus);

/** Every multiset of item statuses of 1..3 items. */
function mixes(): ClaimItemStatus[][] {
  const out: ClaimItemStatus[][] = [];
  const walk = (from: number, acc: ClaimItemStatus[]) => {
    if (acc.length > 0) out.push([...acc]);
    if (acc.length === 3) return;
    for (let i = from; i < STATUSES.length; i++) walk(i, [...acc, STATUSES[i]!]);
  };
  walk(0, []);
  return out;
}

describe('an open claim has an item in the queue, and only an open claim does', () => {
  it.each(mixes().map((m) => [m.join(', '), m] as const))('%s', (_label, items) => {
    const open = (OPEN_CLAIM_STATUSES as readonly string[]).includes(deriveClaimStatus(items));
    const waiting = items.some((s) => (QUEUE_STATUSES as readonly string[]).includes(s));
    expect(open).toBe(waiting);
  });
});
