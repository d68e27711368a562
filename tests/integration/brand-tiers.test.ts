// The brand-tiers job (lib/data/brand-tiers.ts): promotion at the thresholds and not one item
// short, demotion with a lockout, no re-promotion inside it, a second run changing nothing,
// and the audit event, the owner's notice and the open items' priority that go with a change.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { createBrand, createClaim, createListings, createOrganisation, createRight, createStore, createUser } from '@/lib/factories';
import { applyBrandTiers } from '@/lib/data/brand-tiers';
import { REVIEW_PRIORITY_BY_TIER } from '@/lib/domain/policy';
import type { BrandTier } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;
const now = new Date('2026-11-30T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
let prisma: Db;
let reviewerId: string;

beforeAll(async () => {
  prisma = await testDb();
  const marketplace = await createOrganisation(prisma, { kind: 'MARKETPLACE' });
  reviewerId = (await createUser(prisma, { role: 'REVIEWER', organisationId: marketplace.id })).user.id;
});

/** A brand whose last `decided` items were decided in the window, `stood` of them standing removals (the rest rejected), plus one open item. */
async function brandWithHistory(input: { decided: number; stood: number; tier?: BrandTier; tierLockoutUntil?: Date }) {
  const owner = await createUser(prisma, { role: 'BRAND_AGENT' });
  const brand = await createBrand(prisma, {
    ownerOrganisationId: owner.organisationId,
    tier: input.tier ?? 'STANDARD',
    ...(input.tierLockoutUntil ? { tierLockoutUntil: input.tierLockoutUntil } : {}),
  });
  const right = await createRight(prisma, { brandId: brand.id });
  const store = await createStore(prisma);
  const listings = await createListings(prisma, { storeId: store.id, count: input.decided + 1 });
  const claim = await createClaim(prisma, {
    brandId: brand.id,
    filerOrganisationId: owner.organisationId,
    filedById: owner.user.id,
    rightIds: [right.id],
    submittedAt: daysAgo(70),
    items: [
      ...listings.slice(0, input.decided).map((l, i) => ({
        listingId: l.id,
        status: i < input.stood ? ('REMOVED' as const) : ('REJECTED' as const),
        decidedAt: daysAgo(60 - (i % 50)),
        decidedById: reviewerId,
      })),
      { listingId: listings[input.decided]!.id, status: 'PENDING' as const },
    ],
  });
  const open = claim.items.find((i) => i.status === 'PENDING')!;
  return { brand, owner, open };
}

async function tierOf(brandId: string) {
  return prisma.brand.findUniqueOrThrow({ where: { id: brandId }, select: { tier: true, tierChangedAt: true, tierLockoutUntil: true, version: true } });
}

describe('brand-tiers job', () => {
  it('promotes a verified brand at 50 decided items and 90% standing, re-prioritises its open items, audits and tells the owner', async () => {
    const { brand, owner, open } = await brandWithHistory({ decided: 50, stood: 45 });
    const result = await applyBrandTiers(prisma, now);
    expect(result.promoted).toContain(brand.id);
    const after = await tierOf(brand.id);
    expect(after).toMatchObject({ tier: 'TRUSTED', tierChangedAt: now, tierLockoutUntil: null });
    const item = await prisma.claimItem.findUniqueOrThrow({ where: { id: open.id } });
    expect(item.priority).toBe(REVIEW_PRIORITY_BY_TIER.TRUSTED);
    // The due time was promised at filing and stays.
    expect(item.dueAt).toEqual(open.dueAt);
    const audit = await prisma.auditEvent.findMany({ where: { action: 'brand.tierChange', objectId: brand.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ tier: 'TRUSTED', change: 'promote', figures: { decided: 50, stood: 45, accuracy: 0.9 } });
    const notices = await prisma.notification.findMany({ where: { userId: owner.user.id, type: 'brandTrusted' } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.params).toMatchObject({ accuracy: '90.0%', decided: 50, windowDays: 90 });
  });

  it('does not promote one item short (49 decided, all standing)', async () => {
    const { brand } = await brandWithHistory({ decided: 49, stood: 49 });
    const result = await applyBrandTiers(prisma, now);
    expect(result.promoted).not.toContain(brand.id);
    expect((await tierOf(brand.id)).tier).toBe('STANDARD');
  });

  it('demotes a trusted brand below the thresholds, with a lockout and a notice saying why', async () => {
    const { brand, owner, open } = await brandWithHistory({ decided: 50, stood: 44, tier: 'TRUSTED' });
    await prisma.claimItem.update({ where: { id: open.id }, data: { priority: REVIEW_PRIORITY_BY_TIER.TRUSTED } });
    const result = await applyBrandTiers(prisma, now);
    expect(result.demoted).toContain(brand.id);
    const after = await tierOf(brand.id);
    expect(after).toMatchObject({ tier: 'STANDARD', tierChangedAt: now, tierLockoutUntil: new Date(now.getTime() + 90 * DAY) });
    expect((await prisma.claimItem.findUniqueOrThrow({ where: { id: open.id } })).priority).toBe(REVIEW_PRIORITY_BY_TIER.STANDARD);
    const notices = await prisma.notification.findMany({ where: { userId: owner.user.id, type: 'brandTrustLost' } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.params).toMatchObject({ accuracy: '88.0%', minAccuracy: '90.0%', minDecided: 50, maxRestoredShare: '5.0%' });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'brand.tierChange', objectId: brand.id } });
    expect(audit.after).toMatchObject({ tier: 'STANDARD', change: 'demote', because: 'belowThresholds' });
  });

  it('does not promote again inside the lockout, and does once it has passed', async () => {
    const { brand } = await brandWithHistory({ decided: 50, stood: 50, tierLockoutUntil: new Date(now.getTime() + DAY) });
    expect((await applyBrandTiers(prisma, now)).promoted).not.toContain(brand.id);
    expect((await tierOf(brand.id)).tier).toBe('STANDARD');
    const later = new Date(now.getTime() + DAY);
    expect((await applyBrandTiers(prisma, later)).promoted).toContain(brand.id);
  });

  it('is safe to run twice: the second run changes, audits and notifies nothing more', async () => {
    const { brand, owner } = await brandWithHistory({ decided: 60, stood: 60 });
    await applyBrandTiers(prisma, now);
    const first = await tierOf(brand.id);
    const second = await applyBrandTiers(prisma, now);
    expect(second.promoted).not.toContain(brand.id);
    expect(await tierOf(brand.id)).toEqual(first);
    expect(await prisma.auditEvent.count({ where: { action: 'brand.tierChange', objectId: brand.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: owner.user.id, type: 'brandTrusted' } })).toBe(1);
  });

  it('two runs at once leave one change', async () => {
    const { brand } = await brandWithHistory({ decided: 55, stood: 55 });
    await Promise.all([applyBrandTiers(prisma, now), applyBrandTiers(prisma, now)]);
    expect(await prisma.auditEvent.count({ where: { action: 'brand.tierChange', objectId: brand.id } })).toBe(1);
    expect((await tierOf(brand.id)).version).toBe(1);
  });
});
