// The audit log is a hash chain written inside each change's transaction (lib/audit.ts).
// It must stay one straight line under concurrent writers, and any edit must show.
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, type Actor } from '@/lib/audit';
import type { Db } from '@/lib/db';
import { GENESIS_HASH, findChainBreak } from '@/lib/domain/audit-chain';
import { createUser, uniqueToken } from '@/lib/factories';
import { Prisma } from '@/lib/generated/prisma/client';
import { tamperWithAuditLog } from '../helpers/audit-tamper';
import { testDb } from '../helpers/db';

let prisma: Db;
let actor: Actor;

beforeAll(async () => {
  prisma = await testDb();
  const { user, role, organisationId } = await createUser(prisma, { role: 'ADMIN' });
  actor = { id: user.id, role, organisationId };
});

// The whole chain of this database, oldest first (other test files in the worker write
// events too; they must all chain together).
const chain = () => prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });

describe('audit chain', () => {
  it('records events that chain from their predecessor', async () => {
    const objectId = uniqueToken();
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor,
        action: 'user.disable',
        objectType: 'User',
        objectId,
        before: { status: 'ACTIVE', nested: { b: 2, a: 1 } },
        after: { status: 'DISABLED' },
        meta: { ip: '198.51.100.7', userAgent: 'vitest' },
      }),
    );
    await prisma.$transaction((tx) => recordAudit(tx, { actor: null, action: 'user.signUp', objectType: 'User', objectId }));

    const events = await chain();
    expect(findChainBreak(events)).toBeNull();
    const mine = events.filter((e) => e.objectId === objectId);
    expect(mine).toHaveLength(2);
    const [first, second] = mine;
    expect(first).toMatchObject({ actorId: actor.id, actorRole: 'ADMIN', ipAddress: '198.51.100.7', userAgent: 'vitest' });
    expect(first!.after).toEqual({ status: 'DISABLED' });
    expect(second).toMatchObject({ actorId: null, before: null, after: null });
    if (events[0]!.id === first!.id) expect(first!.prevHash).toBe(GENESIS_HASH);
  });

  it('an event rolled back with its change leaves no trace in the chain', async () => {
    const objectId = uniqueToken();
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAudit(tx, { actor, action: 'user.changeRole', objectType: 'User', objectId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const events = await chain();
    expect(events.some((e) => e.objectId === objectId)).toBe(false);
    expect(findChainBreak(events)).toBeNull();
  });

  it('stays linear under 20 concurrent transactions', async () => {
    const batch = uniqueToken();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        prisma.$transaction(
          (tx) =>
            recordAudit(tx, {
              actor,
              action: 'policy.update',
              objectType: 'PolicySetting',
              objectId: `${batch}-${i}`,
              after: { value: i },
            }),
          // Twenty transactions queue for the pool's connections and the chain lock.
          { maxWait: 30_000, timeout: 30_000 },
        ),
      ),
    );
    const events = await chain();
    expect(events.filter((e) => e.objectId.startsWith(`${batch}-`))).toHaveLength(20);
    expect(findChainBreak(events)).toBeNull();
    // Linear: no two events chain onto the same predecessor.
    expect(new Set(events.map((e) => e.prevHash)).size).toBe(events.length);
    events.slice(1).forEach((event, i) => expect(event.prevHash).toBe(events[i]!.hash));
  });

  it('detects an edited event at that event', async () => {
    const objectId = uniqueToken();
    await prisma.$transaction((tx) =>
      recordAudit(tx, { actor, action: 'user.changeRole', objectType: 'User', objectId, before: { role: 'REVIEWER' }, after: { role: 'ADMIN' } }),
    );
    await prisma.$transaction((tx) => recordAudit(tx, { actor, action: 'user.disable', objectType: 'User', objectId }));
    const target = (await chain()).find((e) => e.objectId === objectId && e.action === 'user.changeRole')!;
    await tamperWithAuditLog(prisma, (tx) => tx.auditEvent.update({ where: { id: target.id }, data: { after: { role: 'REVIEWER' } } }));
    try {
      const broken = findChainBreak(await chain());
      expect(broken?.id).toBe(target.id);
    } finally {
      // Put it back: other files in this worker check the whole chain too.
      await tamperWithAuditLog(prisma, (tx) => tx.auditEvent.update({ where: { id: target.id }, data: { after: target.after ?? Prisma.DbNull } }));
    }
    expect(findChainBreak(await chain())).toBeNull();
  });

  it('detects a deleted event at its successor', async () => {
    const events = await chain();
    const lastTwo = events.slice(-2);
    // Hash check without the deleted row, as a reader of the tampered table would see it.
    const withoutOne = events.filter((e) => e.id !== lastTwo[0]!.id);
    expect(findChainBreak(withoutOne)?.id).toBe(lastTwo[1]!.id);
  });
});
