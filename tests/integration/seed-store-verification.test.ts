// The demo's store verifications and ban (scripts/seed-store-verification.ts) on a fresh
// database: Harbour Goods waits with both documents stored and readable by the serving path,
// Yiwu's submission was rejected with a reason, Golden Phoenix submitted nothing, and Panda
// Bargain House is banned under normalised keys that the README's test identity matches.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentStorage } from '@/lib/documents/storage';
import { identityKeys } from '@/lib/domain/identity';
import { firstBanMatch } from '@/lib/domain/store-verification';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { seedIfEmpty } from '@/scripts/seed';
import { BANNED_DEMO_IDENTITY } from '@/scripts/seed-store-verification';
import { createMigratedDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createMigratedDatabase();
  await seedIfEmpty(database.adapterFactory);
  prisma = new PrismaClient({ adapter: database.adapterFactory });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.close();
});

describe('the demo store verifications', () => {
  it('Harbour Goods waits for a reviewer with its licence and identity document, stored intact', async () => {
    const rows = await prisma.storeVerification.findMany({
      where: { store: { slug: 'harbour-goods' } },
      include: { businessLicenceDocument: true, identityDocument: true, store: true },
    });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ status: 'PENDING', ownerName: 'Hana Harbour', ownerPhone: '+85255012233' });
    expect(row.store.verificationStatus).toBe('PENDING');
    expect(row.businessLicenceDocument?.kind).toBe('BUSINESS_LICENCE');
    expect(row.identityDocument?.kind).toBe('IDENTITY_DOCUMENT');
    for (const document of [row.businessLicenceDocument!, row.identityDocument!]) {
      const reader = await documentStorage().open(document.storageKey);
      expect(reader).not.toBeNull();
      const hash = createHash('sha256');
      for await (const chunk of reader!.chunks()) hash.update(chunk);
      await reader!.close();
      expect(hash.digest('hex')).toBe(document.sha256);
      expect(reader!.sizeBytes).toBe(document.sizeBytes);
    }
  });

  it('Yiwu was rejected with a reason; Golden Phoenix has submitted nothing', async () => {
    const yiwu = await prisma.storeVerification.findMany({ where: { store: { slug: 'yiwu-everyday-outlet' } } });
    expect(yiwu.map((v) => v.status)).toEqual(['REJECTED']);
    expect(yiwu[0]!.reason).toBeTruthy();
    expect(await prisma.storeVerification.count({ where: { store: { slug: 'golden-phoenix-leather' } } })).toBe(0);
  });

  it('Panda Bargain House is banned, and the README’s identity matches its ban on every key', async () => {
    const panda = await prisma.store.findUniqueOrThrow({ where: { slug: 'panda-bargain-house' }, include: { bans: true } });
    expect(panda.status).toBe('BANNED');
    expect(panda.closedAt).toBeInstanceOf(Date);
    expect(panda.bans).toHaveLength(1);
    const ban = panda.bans[0]!;
    expect(ban).toMatchObject({ email: 'owner@panda-bargain.example', phone: '+8613900000888', registrationNumber: '91510100MA6CK8WB1L', liftedAt: null });
    expect(firstBanMatch(identityKeys({ emails: [BANNED_DEMO_IDENTITY.email] }), [ban])).toBe('email');
    expect(firstBanMatch(identityKeys({ phones: [BANNED_DEMO_IDENTITY.phone] }), [ban])).toBe('phone');
    expect(firstBanMatch(identityKeys({ licenceNumbers: ['9151 0100 MA6C K8WB 1L'] }), [ban])).toBe('licenceNumber');
  });
});
