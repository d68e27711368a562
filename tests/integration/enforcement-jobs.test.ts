// The enforcement jobs against a real database, each run twice with a clock the test
// controls: strike-expiry, and protected-listings (flag without a grant, remove with a
// statement when the grace period ends, unflag when a grant arrives), scoped to this file's
// own stores. And who may run a job by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { createAuthorizationApplication, createBrand, createListings, createOrganisation, createStore, createStrike, createUser } from '@/lib/factories';
import { runJobNow } from '@/lib/data/job-runs';
import { enforceProtectedListings } from '@/lib/data/protected-listings';
import { expireDueStrikes } from '@/lib/data/strike-expiry';
import { decodeLocalizedText } from '@/lib/domain/localized-text';
import type { Role } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;
let prisma: Db;

beforeAll(async () => {
  prisma = await testDb();
});

async function sellerStore() {
  const organisation = await createOrganisation(prisma, { kind: 'SELLER' });
  const seller = await createUser(prisma, { role: 'SELLER', organisationId: organisation.id });
  const store = await createStore(prisma, { sellerOrganisationId: organisation.id });
  return { store, seller: seller.user };
}

describe('strike-expiry', () => {
  it('expires due strikes once, at the boundary, with an audit event per store', async () => {
    const { store } = await sellerStore();
    // Strike expiry is not scoped to a store: a moment in the past touches no other file's live strikes.
    const t0 = new Date(Date.now() - 3_600_000);
    const due = await createStrike(prisma, { storeId: store.id, createdAt: new Date(t0.getTime() - 90 * DAY), expiresAt: t0 });
    const later = await createStrike(prisma, { storeId: store.id, createdAt: t0, expiresAt: new Date(t0.getTime() + 1) });
    expect(await expireDueStrikes(prisma, new Date(t0.getTime() - 1))).toBeGreaterThanOrEqual(0);
    expect((await prisma.strike.findUniqueOrThrow({ where: { id: due.id } })).status).toBe('ACTIVE');
    await expireDueStrikes(prisma, t0);
    expect((await prisma.strike.findUniqueOrThrow({ where: { id: due.id } })).status).toBe('EXPIRED');
    expect((await prisma.strike.findUniqueOrThrow({ where: { id: later.id } })).status).toBe('ACTIVE');
    expect(await expireDueStrikes(prisma, t0)).toBe(0);
    const events = await prisma.auditEvent.findMany({ where: { objectType: 'store', objectId: store.id, action: 'strike.expire' } });
    expect(events).toHaveLength(1);
  });
});

describe('protected-listings', () => {
  it('flags, then removes with a statement when the grace period ends; a second run changes nothing', async () => {
    const { store, seller } = await sellerStore();
    const protectedBrand = await createBrand(prisma, { isProtected: true });
    const plainBrand = await createBrand(prisma, { isProtected: false });
    const listings = await createListings(prisma, {
      storeId: store.id,
      listings: [{ brandId: protectedBrand.id }, { brandId: protectedBrand.id }, { brandId: plainBrand.id }, {}],
    });
    const t0 = new Date('2031-02-01T09:00:00Z');

    const first = await enforceProtectedListings(prisma, t0, { storeId: store.id });
    expect(first).toMatchObject({ flagged: 2, flaggedPairs: 1, removed: 0 });
    const flagged = await prisma.listing.findMany({ where: { storeId: store.id, flaggedAt: { not: null } } });
    expect(flagged.map((l) => l.id).sort()).toEqual([listings[0]!.id, listings[1]!.id].sort());
    expect(flagged.every((l) => l.flagReason === 'NO_GRANT' && l.graceEndsAt?.getTime() === t0.getTime() + 7 * DAY)).toBe(true);
    expect(await prisma.notification.count({ where: { userId: seller.id, type: 'listingFlagged' } })).toBe(2);

    expect(await enforceProtectedListings(prisma, t0, { storeId: store.id })).toEqual({ unflaggedPairs: 0, unflagged: 0, removed: 0, flaggedPairs: 0, flagged: 0 });
    // One moment before the grace period ends: still listed.
    expect((await enforceProtectedListings(prisma, new Date(t0.getTime() + 7 * DAY - 1), { storeId: store.id })).removed).toBe(0);

    const t8 = new Date(t0.getTime() + 8 * DAY);
    expect((await enforceProtectedListings(prisma, t8, { storeId: store.id })).removed).toBe(2);
    const removed = await prisma.listing.findMany({ where: { storeId: store.id, status: 'REMOVED' } });
    expect(removed).toHaveLength(2);
    expect(removed.every((l) => l.removedAt?.getTime() === t8.getTime())).toBe(true);
    const statements = await prisma.statementOfReasons.findMany({ where: { storeId: store.id } });
    expect(statements).toHaveLength(2);
    for (const statement of statements) {
      expect(statement).toMatchObject({ restriction: 'LISTING_REMOVAL', automated: true });
      expect(statement.contestUntil).not.toBeNull();
      for (const field of ['scope', 'facts', 'evidenceSummary', 'legalGround', 'contractualGround', 'redress'] as const) {
        expect(decodeLocalizedText(statement[field]!).plain, field).toBe(false);
      }
      expect(decodeLocalizedText(statement.redress).text.en).toContain('Apply for the right to sell');
    }
    expect(await prisma.notification.count({ where: { userId: seller.id, type: 'listingRemovedUnauthorized' } })).toBe(2);

    expect(await enforceProtectedListings(prisma, t8, { storeId: store.id })).toEqual({ unflaggedPairs: 0, unflagged: 0, removed: 0, flaggedPairs: 0, flagged: 0 });
    expect(await prisma.statementOfReasons.count({ where: { storeId: store.id } })).toBe(2);
    expect(await prisma.listing.count({ where: { storeId: store.id, status: 'ACTIVE' } })).toBe(2);
  });

  it('leaves a store with a valid grant alone, clears flags when a grant arrives, and flags GRANT_EXPIRED after it ends', async () => {
    const { store, seller } = await sellerStore();
    const brand = await createBrand(prisma, { isProtected: true });
    await createListings(prisma, { storeId: store.id, listings: [{ brandId: brand.id }] });
    const t0 = new Date('2031-03-01T00:00:00Z');
    await enforceProtectedListings(prisma, t0, { storeId: store.id });
    expect(await prisma.listing.count({ where: { storeId: store.id, flaggedAt: { not: null } } })).toBe(1);

    await createAuthorizationApplication(prisma, {
      storeId: store.id,
      brandId: brand.id,
      filedById: seller.id,
      status: 'APPROVED',
      grant: { validFrom: t0, expiresAt: new Date(t0.getTime() + 30 * DAY) },
    });
    const t1 = new Date(t0.getTime() + DAY);
    expect(await enforceProtectedListings(prisma, t1, { storeId: store.id })).toMatchObject({ unflagged: 1, flagged: 0, removed: 0 });
    expect(await prisma.listing.count({ where: { storeId: store.id, flaggedAt: { not: null } } })).toBe(0);
    // Past the grace period's end but covered by the grant: nothing happens.
    expect(await enforceProtectedListings(prisma, new Date(t0.getTime() + 10 * DAY), { storeId: store.id })).toMatchObject({ flagged: 0, removed: 0 });

    const expired = new Date(t0.getTime() + 31 * DAY);
    expect((await enforceProtectedListings(prisma, expired, { storeId: store.id })).flagged).toBe(1);
    expect((await prisma.listing.findFirstOrThrow({ where: { storeId: store.id } })).flagReason).toBe('GRANT_EXPIRED');
  });
});

describe('running a job by hand', () => {
  it('is for admins only, and a store scope only for protected-listings', async () => {
    for (const role of ['REVIEWER', 'SELLER', 'BRAND_AGENT'] as Role[]) {
      const made = await createUser(prisma, { role });
      expect(await runJobNow({ id: made.user.id, role, organisationId: made.organisationId }, { job: 'strike-expiry', store: null, asOf: null })).toEqual({ ok: false, violation: 'forbidden' });
    }
    const admin = await createUser(prisma, { role: 'ADMIN' });
    const actor = { id: admin.user.id, role: 'ADMIN' as const, organisationId: admin.organisationId };
    expect(await runJobNow(actor, { job: 'no-such-job', store: null, asOf: null })).toEqual({ ok: false, violation: 'unknownJob' });
    expect(await runJobNow(actor, { job: 'strike-expiry', store: 'some-store', asOf: null })).toEqual({ ok: false, violation: 'storeNotScoped' });
    expect(await runJobNow(actor, { job: 'protected-listings', store: 'no-such-store-anywhere', asOf: null })).toEqual({ ok: false, violation: 'storeUnknown' });
  });
});
