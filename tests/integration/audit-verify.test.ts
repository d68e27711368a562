// `npm run audit:verify` (lib/audit-verify.ts) over the worker's whole chain, and the
// append-only trigger. Tampering disables the trigger inside its own transaction
// (tests/helpers/audit-tamper.ts), as an attacker with owner rights could; each test puts
// the chain back, because other files in this worker check it too.
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, type Actor } from '@/lib/audit';
import { describeVerification, verifyAuditChain } from '@/lib/audit-verify';
import type { Db } from '@/lib/db';
import { listObjectHistory } from '@/lib/data/audit';
import { createUser, uniqueToken } from '@/lib/factories';
import { Prisma } from '@/lib/generated/prisma/client';
import { tamperWithAuditLog } from '../helpers/audit-tamper';
import { testDb } from '../helpers/db';

let prisma: Db;
let actor: Actor;
let actorName: string;

beforeAll(async () => {
  prisma = await testDb();
  const { user, role, organisationId } = await createUser(prisma, { role: 'REVIEWER' });
  actor = { id: user.id, role, organisationId };
  actorName = user.name;
});

/** Three events about a fresh object, in order. */
async function threeEvents() {
  const objectId = uniqueToken();
  for (const [i, action] of ['right.create', 'right.verify', 'right.expire'].entries()) {
    await prisma.$transaction((tx) =>
      recordAudit(tx, { actor, action, objectType: 'right', objectId, before: { step: i }, after: { step: i + 1 }, meta: { ip: '203.0.113.9', userAgent: 'vitest' } }),
    );
  }
  return prisma.auditEvent.findMany({ where: { objectId }, orderBy: { id: 'asc' } });
}

describe('audit:verify', () => {
  it('says the chain is intact, with its length and last hash, across batch boundaries', async () => {
    const events = await threeEvents();
    const total = await prisma.auditEvent.count();
    for (const batchSize of [1, 2, 1000]) {
      const result = await verifyAuditChain(prisma, { batchSize });
      expect(result).toEqual({ ok: true, count: total, lastHash: events[2]!.hash, lastId: events[2]!.id });
      expect(describeVerification(result)).toBe(`Audit chain intact: ${total} events, last hash ${events[2]!.hash} (event ${events[2]!.id}).`);
    }
  });

  it('names an event whose content was changed', async () => {
    const [, middle] = await threeEvents();
    await tamperWithAuditLog(prisma, (tx) => tx.auditEvent.update({ where: { id: middle!.id }, data: { after: { step: 99 } } }));
    try {
      for (const batchSize of [2, 1000]) {
        const result = await verifyAuditChain(prisma, { batchSize });
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.broken).toMatchObject({ id: middle!.id, action: 'right.verify', objectType: 'right', objectId: middle!.objectId, problem: 'content' });
        expect(result.broken.createdAt).toEqual(middle!.createdAt);
        expect(describeVerification(result)).toMatch(new RegExp(`^Audit chain BROKEN at event ${middle!.id} \\(.*right\\.verify on right ${middle!.objectId}\\): its content does not match its hash`));
      }
    } finally {
      await tamperWithAuditLog(prisma, (tx) => tx.auditEvent.update({ where: { id: middle!.id }, data: { after: middle!.after ?? Prisma.DbNull } }));
    }
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });

  it('names the event after a deleted one', async () => {
    const [, middle, last] = await threeEvents();
    await tamperWithAuditLog(prisma, (tx) => tx.auditEvent.delete({ where: { id: middle!.id } }));
    try {
      const result = await verifyAuditChain(prisma, { batchSize: 3 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.broken).toMatchObject({ id: last!.id, action: 'right.expire', problem: 'link' });
    } finally {
      await tamperWithAuditLog(prisma, (tx) => tx.auditEvent.create({ data: { ...middle!, before: middle!.before ?? Prisma.DbNull, after: middle!.after ?? Prisma.DbNull } }));
    }
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });
});

describe('the audit log is append-only in the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const [event] = await threeEvents();
    await expect(prisma.auditEvent.update({ where: { id: event!.id }, data: { action: 'right.reject' } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: event!.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "after" = NULL WHERE "id" = ${event!.id}`)).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event!.id } })).toEqual(event);
  });

  it('still takes new events', async () => {
    const before = await prisma.auditEvent.count();
    await threeEvents();
    expect(await prisma.auditEvent.count()).toBe(before + 3);
  });
});

describe('listObjectHistory', () => {
  it('lists an object’s events newest first, with the actor’s name and role at the time', async () => {
    const events = await threeEvents();
    const { events: history, hasMore } = await listObjectHistory('right', events[0]!.objectId);
    expect(hasMore).toBe(false);
    expect(history.map((e) => e.action)).toEqual(['right.expire', 'right.verify', 'right.create']);
    expect(history[0]).toMatchObject({
      id: events[2]!.id.toString(),
      actor: { id: actor.id, name: actorName, role: 'REVIEWER' },
      before: { step: 2 },
      after: { step: 3 },
      ipAddress: '203.0.113.9',
    });
  });

  it('stops at the limit and says there is more; other objects never appear', async () => {
    const events = await threeEvents();
    const { events: history, hasMore } = await listObjectHistory('right', events[0]!.objectId, { limit: 2 });
    expect(hasMore).toBe(true);
    expect(history.map((e) => e.action)).toEqual(['right.expire', 'right.verify']);
    expect((await listObjectHistory('claim', events[0]!.objectId)).events).toEqual([]);
  });

  it('shows a system event without an actor', async () => {
    const objectId = uniqueToken();
    await prisma.$transaction((tx) => recordAudit(tx, { actor: null, action: 'counterNotice.expire', objectType: 'counterNotice', objectId }));
    const { events } = await listObjectHistory('counterNotice', objectId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: null, before: null, after: null, ipAddress: null });
  });
});
