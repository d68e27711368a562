// The demo's trusted-brand data (scripts/seed-trust.ts) against the brand-tiers job as the
// server runs it at start: Maison Aurel stays trusted, Kestrel stays one decision short, and
// one expedited takedown waits for a reviewer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db';
import { applyBrandTiers } from '@/lib/data/brand-tiers';
import { accuracyWindow, filingCountsOf } from '@/lib/data/accuracy';
import { trustStanding } from '@/lib/domain/accuracy';
import { POLICY_DEFAULTS } from '@/lib/domain/policy';
import { seedIfEmpty } from '@/scripts/seed';
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

describe('the trusted-brand seed', () => {
  it('keeps Maison Aurel trusted and Kestrel one decided item short when the job runs at start', async () => {
    const now = new Date();
    const result = await applyBrandTiers(prisma as unknown as Db, now);
    expect(result).toEqual({ promoted: [], demoted: [] });
    const aurel = await prisma.brand.findUniqueOrThrow({ where: { slug: 'maison-aurel' } });
    const kestrel = await prisma.brand.findUniqueOrThrow({ where: { slug: 'kestrel' } });
    expect(aurel.tier).toBe('TRUSTED');
    expect(kestrel).toMatchObject({ tier: 'STANDARD', verificationStatus: 'VERIFIED' });
    const { from, to } = accuracyWindow(now, POLICY_DEFAULTS.accuracyWindowDays);
    const kestrelCounts = await filingCountsOf(prisma as unknown as Db, 'brand', kestrel.id, from, to);
    expect(kestrelCounts).toMatchObject({ decided: 49, stood: 49 });
    expect(trustStanding(kestrelCounts, POLICY_DEFAULTS).distance).toEqual({ items: 1, standingRemovals: 0, excessRestorations: 0 });
    expect(await prisma.claimItem.count({ where: { status: 'PENDING', claim: { brandId: kestrel.id } } })).toBe(1);
    expect(await prisma.listing.count({ where: { brandId: kestrel.id, status: 'ACTIVE', store: { slug: 'summit-discount-gear' } } })).toBe(3);
    expect(await prisma.claimItem.count({ where: { expedited: true, decidedById: null, status: 'REMOVED', claim: { brandId: aurel.id } } })).toBe(1);
  });
});
