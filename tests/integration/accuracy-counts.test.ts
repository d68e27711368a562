// The accuracy figures (lib/data/accuracy.ts) of a small hand-built dataset, against values
// counted by hand: one brand, one filer, items in every outcome, inside and outside the window.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { createBrand, createClaim, createListings, createOrganisation, createRight, createStore, createUser } from '@/lib/factories';
import { accuracyWindow, filingCounts, filingCountsOf } from '@/lib/data/accuracy';
import { NO_FILINGS, accuracyOf, badShareOf, restoredShareOf } from '@/lib/domain/accuracy';

const DAY = 86_400_000;
const now = new Date('2026-11-30T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
let prisma: Db;
let brandId: string;
let filerId: string;

beforeAll(async () => {
  prisma = await testDb();
  const filer = await createUser(prisma, { role: 'BRAND_AGENT' });
  filerId = filer.organisationId;
  const brand = await createBrand(prisma, { ownerOrganisationId: filerId });
  brandId = brand.id;
  const right = await createRight(prisma, { brandId });
  const reviewer = await createUser(prisma, { role: 'REVIEWER', organisationId: (await createOrganisation(prisma, { kind: 'MARKETPLACE' })).id });
  const store = await createStore(prisma);
  const listings = await createListings(prisma, { storeId: store.id, count: 12 });
  const decided = (at: Date) => ({ decidedAt: at, decidedById: reviewer.user.id });
  await createClaim(prisma, {
    brandId,
    filerOrganisationId: filerId,
    filedById: filer.user.id,
    rightIds: [right.id],
    submittedAt: daysAgo(100),
    items: [
      // In the window (90 days): 4 standing removals, 1 rejected, 1 restored, 1 withdrawn after removal.
      { listingId: listings[0]!.id, status: 'REMOVED', ...decided(daysAgo(1)) },
      { listingId: listings[1]!.id, status: 'REMOVED', ...decided(daysAgo(10)) },
      { listingId: listings[2]!.id, status: 'REMOVED', ...decided(daysAgo(89)) },
      { listingId: listings[3]!.id, status: 'REMOVED', expedited: true, expeditedAt: daysAgo(31), ...decided(daysAgo(30)) },
      { listingId: listings[4]!.id, status: 'REJECTED', expedited: true, expeditedAt: daysAgo(6), ...decided(daysAgo(5)) },
      { listingId: listings[5]!.id, status: 'RESTORED', restoredAt: daysAgo(2), ...decided(daysAgo(20)) },
      { listingId: listings[6]!.id, status: 'WITHDRAWN', withdrawnAt: daysAgo(3), ...decided(daysAgo(4)) },
      // Withdrawn before any decision: withdrawn, not decided.
      { listingId: listings[7]!.id, status: 'WITHDRAWN', withdrawnAt: daysAgo(7) },
      // Expedited, waiting for a reviewer: counted as expedited, not decided.
      { listingId: listings[8]!.id, status: 'REMOVED', expedited: true, expeditedAt: daysAgo(0.5) },
      // Outside the window: decided 91 days ago.
      { listingId: listings[9]!.id, status: 'REJECTED', ...decided(daysAgo(91)) },
      // Still open: nothing to count.
      { listingId: listings[10]!.id, status: 'PENDING' },
    ],
  });
});

describe('filing counts', () => {
  it('equal the hand-counted figures for the brand and for its filer', async () => {
    const { from, to } = accuracyWindow(now, 90);
    const expected = { decided: 7, stood: 4, removed: 6, rejected: 1, restored: 1, withdrawn: 2, expedited: 3, overturned: 1 };
    expect(await filingCountsOf(prisma, 'brand', brandId, from, to)).toEqual(expected);
    expect(await filingCountsOf(prisma, 'filer', filerId, from, to)).toEqual(expected);
    expect(accuracyOf(expected)).toBe(4 / 7);
    expect(restoredShareOf(expected)).toBe(1 / 6);
    expect(badShareOf(expected)).toBe(2 / 7);
  });

  it('move with the window: its start is inclusive, its end exclusive', async () => {
    // From exactly 91 days ago the old rejection counts; ending a day ago drops today's decision.
    const wide = await filingCountsOf(prisma, 'brand', brandId, daysAgo(91), daysAgo(1));
    expect(wide).toMatchObject({ decided: 7, stood: 3, rejected: 2 });
    const wider = await filingCountsOf(prisma, 'brand', brandId, daysAgo(91), new Date(daysAgo(1).getTime() + 1));
    expect(wider).toMatchObject({ decided: 8, stood: 4 });
  });

  it('are zeros for a brand with no activity, and leave out brands not asked for', async () => {
    const other = await createBrand(prisma);
    const { from, to } = accuracyWindow(now, 90);
    expect(await filingCountsOf(prisma, 'brand', other.id, from, to)).toEqual(NO_FILINGS);
    const map = await filingCounts(prisma, { by: 'brand', from, to, ids: [brandId] });
    expect([...map.keys()]).toEqual([brandId]);
    expect(await filingCounts(prisma, { by: 'brand', from, to, ids: [] })).toEqual(new Map());
  });
});
