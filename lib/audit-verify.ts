// Checks the whole audit chain (lib/domain/audit-chain.ts): reads every event in id order,
// in batches (keyset pagination: constant memory however long the log), and recomputes
// each hash from its content and its predecessor's hash. Used by `npm run audit:verify`.
// Not 'server-only': the command-line script runs it.
import type { Db } from './db/shared-client';
import type { Prisma } from './generated/prisma/client';
import { GENESIS_HASH, auditHash, findChainBreak } from './domain/audit-chain';

export interface BrokenEvent {
  id: bigint;
  createdAt: Date;
  action: string;
  objectType: string;
  objectId: string;
  /**
   * 'content': the event's own content no longer gives its hash (it was edited).
   * 'link': it does not follow the event before it (an event before it was deleted,
   * inserted or re-hashed).
   */
  problem: 'content' | 'link';
}

export type ChainVerification =
  | { ok: true; count: number; lastHash: string | null; lastId: bigint | null }
  | { ok: false; checked: number; broken: BrokenEvent };

const EVENT_FIELDS = {
  id: true,
  actorId: true,
  actorRole: true,
  organisationId: true,
  action: true,
  objectType: true,
  objectId: true,
  before: true,
  after: true,
  ipAddress: true,
  userAgent: true,
  prevHash: true,
  hash: true,
  createdAt: true,
} as const satisfies Prisma.AuditEventSelect;

type StoredEvent = Prisma.AuditEventGetPayload<{ select: typeof EVENT_FIELDS }>;

export async function verifyAuditChain(db: Db, options: { batchSize?: number } = {}): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 1000;
  let prevHash = GENESIS_HASH;
  let lastId: bigint | null = null;
  let count = 0;
  for (;;) {
    const batch: StoredEvent[] = await db.auditEvent.findMany({
      ...(lastId === null ? {} : { where: { id: { gt: lastId } } }),
      orderBy: { id: 'asc' },
      take: batchSize,
      select: EVENT_FIELDS,
    });
    if (batch.length === 0) break;
    const broken = findChainBreak(batch, prevHash);
    if (broken) {
      const index = batch.indexOf(broken);
      const before = index === 0 ? prevHash : batch[index - 1]!.hash;
      const problem = broken.prevHash === before && auditHash(before, broken) !== broken.hash ? 'content' : 'link';
      return {
        ok: false,
        checked: count + index,
        broken: {
          id: broken.id,
          createdAt: broken.createdAt,
          action: broken.action,
          objectType: broken.objectType,
          objectId: broken.objectId,
          problem,
        },
      };
    }
    count += batch.length;
    const last: StoredEvent = batch[batch.length - 1]!;
    prevHash = last.hash;
    lastId = last.id;
    if (batch.length < batchSize) break;
  }
  return { ok: true, count, lastHash: count ? prevHash : null, lastId };
}

export function describeVerification(result: ChainVerification): string {
  if (result.ok) {
    return result.count === 0
      ? 'Audit chain intact: 0 events (the log is empty).'
      : `Audit chain intact: ${result.count} events, last hash ${result.lastHash} (event ${result.lastId}).`;
  }
  const e = result.broken;
  const why =
    e.problem === 'content'
      ? 'its content does not match its hash: the event was changed after it was written'
      : 'it does not follow the event before it: an earlier event was deleted, inserted or changed';
  return (
    `Audit chain BROKEN at event ${e.id} (${e.createdAt.toISOString()}, ${e.action} on ${e.objectType} ${e.objectId}): ${why}. ` +
    `${result.checked} events before it are intact.`
  );
}
