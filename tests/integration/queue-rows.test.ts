// The queue page's one-statement reads (queueRows, getVerificationBacklog) against what
// Prisma's own queries give for the same question: the where clause queueWhere builds with
// relation loading, and the backlog's separate counts. Same rows, same order, same fields,
// for every filter and a page in the middle. The no-brand cases read the whole queue of
// the shared database: both sides see the same rows, so they must still agree.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { getVerificationBacklog, PENDING_BRANDS_SHOWN, queueBrandOptions, queueBrandPage, queueCounts, queueRows, queueWhere, type QueueFilterValues } from '@/lib/data/queue';
import { DUE_FILTERS, QUEUE_ORDER_BY, QUEUE_STATUSES } from '@/lib/domain/queue';
import { createBrand, createClaim, createListings, createRight, createStore, createUser } from '@/lib/factories';

const HOUR = 3_600_000;
const now = new Date();
const at = (ms: number) => new Date(now.getTime() + ms);

let prisma: Db;
const reviewer = { role: 'REVIEWER' as const };
const ids = {} as Record<'trusted' | 'standard' | 'empty' | 'decided', string>;

/** The previous read: Prisma's findMany with relation loading, under queueWhere. */
function prismaRows(filters: QueueFilterValues, slice: { skip: number; take: number }) {
  return prisma.claimItem.findMany({
    where: queueWhere(filters, now),
    orderBy: QUEUE_ORDER_BY,
    ...slice,
    select: {
      id: true,
      status: true,
      infringementType: true,
      priority: true,
      dueAt: true,
      createdAt: true,
      expedited: true,
      claim: { select: { id: true, reference: true, brand: { select: { id: true, name: true, tier: true } } } },
      listing: {
        select: {
          id: true,
          externalId: true,
          title: true,
          priceCents: true,
          currency: true,
          status: true,
          store: { select: { id: true, name: true, status: true } },
        },
      },
    },
  });
}

beforeAll(async () => {
  prisma = await testDb();
  const { user, organisationId } = await createUser(prisma, { role: 'BRAND_AGENT' });
  const trusted = await createBrand(prisma, { tier: 'TRUSTED', ownerOrganisationId: organisationId });
  const standard = await createBrand(prisma, { ownerOrganisationId: organisationId });
  const empty = await createBrand(prisma, { ownerOrganisationId: organisationId });
  ids.trusted = trusted.id;
  ids.standard = standard.id;
  ids.empty = empty.id;
  ids.decided = (await createBrand(prisma, { ownerOrganisationId: organisationId })).id;
  const store = await createStore(prisma);
  const suspended = await createStore(prisma, { status: 'SUSPENDED' });
  const listings = [
    ...(await createListings(prisma, { storeId: store.id, count: 14 })),
    ...(await createListings(prisma, { storeId: suspended.id, listings: [{ status: 'REMOVED', priceCents: 123 }, { currency: 'EUR' }] })),
  ];
  let n = 0;
  const item = (status: 'PENDING' | 'IN_REVIEW' | 'INFO_REQUESTED' | 'REJECTED', dueAt: Date | null, extra: object = {}) => ({
    listingId: listings[n++ % listings.length]!.id,
    status,
    dueAt,
    ...extra,
  });
  const claim = (brandId: string, status: 'SUBMITTED' | 'IN_REVIEW' | 'DRAFT' | 'WITHDRAWN', items: ReturnType<typeof item>[]) =>
    createClaim(prisma, { brandId, filerOrganisationId: organisationId, filedById: user.id, rightIds: [], status, items });
  // Ties on priority and due time (ordered by createdAt, then id), items without a due
  // time (last), every queue status, both infringement types, items out of the queue.
  const sameDue = at(5 * HOUR);
  await claim(ids.trusted, 'SUBMITTED', [
    item('PENDING', at(-3 * HOUR), { priority: 100 }),
    item('PENDING', sameDue, { priority: 100 }),
    item('IN_REVIEW', sameDue, { priority: 100, infringementType: 'TRADEMARK_MISUSE' }),
    item('INFO_REQUESTED', at(-HOUR), { priority: 100 }),
    item('REJECTED', at(HOUR), { priority: 100 }),
  ]);
  await claim(ids.standard, 'IN_REVIEW', [
    item('PENDING', sameDue, { expedited: true }),
    item('PENDING', sameDue),
    item('PENDING', null),
    item('IN_REVIEW', at(-5 * HOUR), { infringementType: 'TRADEMARK_MISUSE' }),
    item('IN_REVIEW', at(48 * HOUR)),
    item('INFO_REQUESTED', null, { infringementType: 'TRADEMARK_MISUSE' }),
  ]);
  await claim(ids.standard, 'SUBMITTED', [item('PENDING', at(2 * HOUR)), item('IN_REVIEW', at(-10 * HOUR), { infringementType: 'TRADEMARK_MISUSE' })]);
  // Out of the queue: a draft's and a withdrawn claim's items.
  await claim(ids.standard, 'DRAFT', [item('PENDING', at(HOUR))]);
  await claim(ids.trusted, 'WITHDRAWN', [item('PENDING', at(-HOUR), { priority: 100 })]);
  // A brand whose only claim is decided: nothing of it waits.
  await createClaim(prisma, {
    brandId: ids.decided,
    filerOrganisationId: organisationId,
    filedById: user.id,
    rightIds: [],
    status: 'DECIDED',
    items: [{ listingId: listings[0]!.id, status: 'REJECTED', dueAt: null }],
  });
});

describe('queueBrandOptions (the brand filter)', () => {
  it('offers the brands with items in the queue, and the chosen one', async () => {
    // The shared database holds other tests' brands too: look at this file's four only.
    const mine = (options: { id: string }[]) => options.map((o) => o.id).filter((id) => Object.values(ids).includes(id)).sort();
    expect(mine(await queueBrandOptions(prisma, undefined))).toEqual([ids.trusted, ids.standard].sort());
    expect(mine(await queueBrandOptions(prisma, ids.empty))).toEqual([ids.trusted, ids.standard, ids.empty].sort());
    // It agrees with the item-level definition: a brand with an item in a queue status on a filed, not withdrawn, claim.
    const waiting = await prisma.brand.findMany({
      where: { id: { in: Object.values(ids) }, claims: { some: { status: { notIn: ['DRAFT', 'WITHDRAWN'] }, items: { some: { status: { in: [...QUEUE_STATUSES] } } } } } },
      select: { id: true },
    });
    expect(waiting.map((b) => b.id).sort()).toEqual([ids.trusted, ids.standard].sort());
  });

  it("comes with a brand's page in the same statement, the same list", async () => {
    for (const brand of [ids.standard, ids.empty]) {
      const page = await queueBrandPage(reviewer, prisma, { brand }, now, { skip: 0, take: 5 });
      expect(page.brandOptions).toEqual(await queueBrandOptions(prisma, brand));
    }
  });
});

const filterSets: QueueFilterValues[] = [
  {},
  { type: 'TRADEMARK_MISUSE' },
  ...QUEUE_STATUSES.map((status) => ({ status })),
  ...DUE_FILTERS.map((due) => ({ due })),
];

describe('queueRows (the queue page in one statement)', () => {
  it('has rows to compare', async () => {
    expect((await queueRows(reviewer, prisma, { brand: ids.standard }, now, { skip: 0, take: 100 })).length).toBe(8);
    expect((await queueRows(reviewer, prisma, { brand: ids.trusted }, now, { skip: 0, take: 100 })).length).toBe(4);
  });

  it('gives the rows Prisma gives, in the same order, for every filter of one brand', async () => {
    for (const brand of [ids.trusted, ids.standard, ids.empty]) {
      for (const filters of filterSets) {
        const f = { ...filters, brand };
        expect(await queueRows(reviewer, prisma, f, now, { skip: 0, take: 100 }), JSON.stringify(f)).toEqual(await prismaRows(f, { skip: 0, take: 100 }));
      }
      for (const status of QUEUE_STATUSES) {
        for (const due of DUE_FILTERS) {
          const f = { brand, type: 'COUNTERFEIT' as const, status, due };
          expect(await queueRows(reviewer, prisma, f, now, { skip: 0, take: 100 }), JSON.stringify(f)).toEqual(await prismaRows(f, { skip: 0, take: 100 }));
        }
      }
    }
  });

  it('gives, for one brand, the rows and the counts of the separate reads in one statement', async () => {
    for (const brand of [ids.trusted, ids.standard, ids.empty]) {
      const sets = [
        ...filterSets,
        ...QUEUE_STATUSES.flatMap((status) => DUE_FILTERS.map((due) => ({ type: 'COUNTERFEIT' as const, status, due }))),
      ];
      for (const filters of sets) {
        const f = { ...filters, brand };
        for (const slice of [{ skip: 0, take: 100 }, { skip: 2, take: 3 }]) {
          const page = await queueBrandPage(reviewer, prisma, f, now, slice);
          expect(page.rows, JSON.stringify(f)).toEqual(await prismaRows(f, slice));
          expect(page.counts, JSON.stringify(f)).toEqual(await queueCounts(prisma, f, now));
        }
      }
    }
    const standard = await queueBrandPage(reviewer, prisma, { brand: ids.standard }, now, { skip: 0, take: 25 });
    expect(standard.counts).toEqual({ total: 8, statusCounts: { PENDING: 4, IN_REVIEW: 3, INFO_REQUESTED: 1 }, overdueCount: 2 });
    await expect(queueBrandPage({ role: 'BRAND_AGENT' }, prisma, { brand: ids.standard }, now, { skip: 0, take: 25 })).rejects.toThrow();
  });

  it('gives the same pages of one brand, without overlap', async () => {
    for (const skip of [0, 2, 3, 7, 8]) {
      const slice = { skip, take: 3 };
      expect(await queueRows(reviewer, prisma, { brand: ids.standard }, now, slice)).toEqual(await prismaRows({ brand: ids.standard }, slice));
    }
  });

  it('gives the rows Prisma gives across every brand (the shared database’s whole queue)', async () => {
    for (const filters of filterSets) {
      for (const slice of [{ skip: 0, take: 25 }, { skip: 5, take: 500 }]) {
        expect(await queueRows(reviewer, prisma, filters, now, slice), JSON.stringify(filters)).toEqual(await prismaRows(filters, slice));
      }
    }
  });

  it('returns nothing, without a query error, when the filters leave no status (a due filter on a paused clock)', async () => {
    expect(await queueRows(reviewer, prisma, { brand: ids.standard, status: 'INFO_REQUESTED', due: 'overdue' }, now, { skip: 0, take: 25 })).toEqual([]);
  });

  it('refuses anyone the policy table does not let view the queue', async () => {
    await expect(queueRows({ role: 'SELLER' }, prisma, {}, now, { skip: 0, take: 25 })).rejects.toThrow();
  });

  it('never ignores a filter it does not know', async () => {
    const unknown = { brand: ids.standard, store: 'x' } as unknown as QueueFilterValues;
    await expect(queueRows(reviewer, prisma, unknown, now, { skip: 0, take: 25 })).rejects.toThrow(/Unknown queue filters: store/);
  });
});

describe('getVerificationBacklog (one statement)', () => {
  it('gives what the separate counts and the findMany gave', async () => {
    // A pending brand with pending rights, so the list and its counts are not empty.
    const pending = await createBrand(prisma, { verificationStatus: 'PENDING' });
    await createRight(prisma, { brandId: pending.id, status: 'PENDING' });
    const [pendingBrands, pendingRights, pendingAgencyAuthorizations, pendingStoreVerifications, oldest] = await Promise.all([
      prisma.brand.count({ where: { verificationStatus: 'PENDING' } }),
      prisma.right.count({ where: { status: 'PENDING' } }),
      prisma.agencyAuthorization.count({ where: { status: 'PENDING' } }),
      prisma.storeVerification.count({ where: { status: 'PENDING' } }),
      prisma.brand.findMany({
        where: { verificationStatus: 'PENDING' },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: PENDING_BRANDS_SHOWN,
        select: {
          id: true,
          name: true,
          createdAt: true,
          ownerOrganisation: { select: { name: true } },
          _count: { select: { rights: { where: { status: 'PENDING' } } } },
        },
      }),
    ]);
    const backlog = await getVerificationBacklog({ role: 'REVIEWER' });
    expect(backlog).toEqual({
      pendingBrands,
      pendingRights,
      pendingAgencyAuthorizations,
      pendingStoreVerifications,
      oldestBrands: oldest.map((b) => ({ id: b.id, name: b.name, ownerName: b.ownerOrganisation.name, createdAt: b.createdAt, pendingRights: b._count.rights })),
    });
    expect(backlog.pendingBrands).toBeGreaterThanOrEqual(1);
    expect(backlog.oldestBrands.length).toBeGreaterThanOrEqual(1);
  });
});
