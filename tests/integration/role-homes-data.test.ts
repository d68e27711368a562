// The role homes' queries against a real (in-memory) database: who sees what. Every row
// here belongs to organisations this file creates, so it also runs beside other tests
// on a shared database; queue assertions filter by this file's brands.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { getBrandForOrganisation, listBrandsForOrganisation } from '@/lib/data/brands';
import { listClaimsForOrganisation } from '@/lib/data/claims';
import { getReviewQueue, getVerificationBacklog } from '@/lib/data/queue';
import { listStoresForOrganisation } from '@/lib/data/stores';
import { listListingsForOrganisation } from '@/lib/data/listings';
import { listNoticesForOrganisation } from '@/lib/data/notices';
import { listApplicationsForOrganisation, listGrantsForOrganisation } from '@/lib/data/applications';
import { compareQueueItems } from '@/lib/domain/queue';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date();
const at = (ms: number) => new Date(now.getTime() + ms);
const tag = randomUUID().slice(0, 8);

let prisma: Db;

const ids = {} as Record<string, string>;

beforeAll(async () => {
  prisma = await testDb();
  const org = (name: string, kind: 'BRAND_OWNER' | 'AGENCY' | 'SELLER' | 'MARKETPLACE') =>
    prisma.organisation.create({ data: { name: `${name} ${tag}`, kind } }).then((o) => o.id);
  ids.owner = await org('Owner', 'BRAND_OWNER');
  ids.otherOwner = await org('Other owner', 'BRAND_OWNER');
  ids.agency = await org('Agency', 'AGENCY');
  ids.seller = await org('Seller', 'SELLER');
  ids.otherSeller = await org('Other seller', 'SELLER');
  const user = await prisma.user.create({
    data: { email: `filer-${tag}@example.test`, name: 'Filer', passwordHash: 'x' },
  });
  ids.user = user.id;

  const brand = (name: string, owner: string, extra: object = {}) =>
    prisma.brand.create({ data: { name: `${name} ${tag}`, slug: `${name.toLowerCase()}-${tag}`, ownerOrganisationId: owner, ...extra } }).then((b) => b.id);
  ids.trusted = await brand('Trusted', ids.owner, { verificationStatus: 'VERIFIED', tier: 'TRUSTED', isProtected: true });
  ids.standard = await brand('Standard', ids.otherOwner, { verificationStatus: 'VERIFIED' });
  ids.expiredAgency = await brand('Lapsed', ids.otherOwner, { verificationStatus: 'VERIFIED' });
  ids.pendingAgency = await brand('Pending', ids.otherOwner);

  await prisma.agencyAuthorization.createMany({
    data: [
      { agencyOrganisationId: ids.agency, brandId: ids.standard, status: 'VERIFIED', validUntil: at(30 * DAY) },
      { agencyOrganisationId: ids.agency, brandId: ids.expiredAgency, status: 'VERIFIED', validUntil: at(-DAY) },
      { agencyOrganisationId: ids.agency, brandId: ids.pendingAgency, status: 'PENDING' },
    ],
  });
  await prisma.right.createMany({
    data: [
      { brandId: ids.trusted, registrationNumber: `A-${tag}`, office: 'CNIPA', jurisdiction: 'CN', ownerName: 'o', status: 'VERIFIED', expiresAt: at(DAY * 400) },
      { brandId: ids.trusted, registrationNumber: `B-${tag}`, office: 'CNIPA', jurisdiction: 'CN', ownerName: 'o', status: 'VERIFIED', expiresAt: at(-DAY) },
      { brandId: ids.trusted, registrationNumber: `C-${tag}`, office: 'CNIPA', jurisdiction: 'CN', ownerName: 'o', status: 'PENDING' },
      { brandId: ids.trusted, registrationNumber: `D-${tag}`, office: 'CNIPA', jurisdiction: 'CN', ownerName: 'o', status: 'REJECTED', expiresAt: at(-DAY) },
    ],
  });

  const store = (name: string, seller: string) =>
    prisma.store.create({ data: { name: `${name} ${tag}`, slug: `${name.toLowerCase().replace(/ /g, '-')}-${tag}`, sellerOrganisationId: seller } }).then((s) => s.id);
  ids.store = await store('Store', ids.seller);
  ids.otherStore = await store('Other store', ids.otherSeller);
  await prisma.strike.createMany({
    data: [
      { storeId: ids.store, source: 'CLAIM_ITEM', reason: 'r', expiresAt: at(DAY) },
      { storeId: ids.store, source: 'CLAIM_ITEM', reason: 'r', expiresAt: at(-DAY) },
      { storeId: ids.store, source: 'CLAIM_ITEM', reason: 'r', status: 'WITHDRAWN', expiresAt: at(DAY) },
    ],
  });

  let n = 0;
  const listing = (storeId: string, brandId: string, extra: object = {}) =>
    prisma.listing
      .create({ data: { externalId: `L-${tag}-${++n}`, storeId, brandId, title: `Listing ${n}`, priceCents: 1000, ...extra } })
      .then((l) => l.id);
  const listings = [] as string[];
  for (let i = 0; i < 8; i++) listings.push(await listing(i < 6 ? ids.store : ids.otherStore, i % 2 ? ids.standard : ids.trusted));
  await listing(ids.store, ids.trusted, { status: 'REMOVED' });

  let ref = 0;
  const claim = async (
    brandId: string,
    filer: string,
    status: 'DRAFT' | 'SUBMITTED' | 'DECIDED',
    items: { listing: string; status: string; dueAt?: Date | null; priority?: number; extra?: object }[],
  ) => {
    const created = await prisma.claim.create({
      data: { reference: `T-${tag}-${++ref}`, brandId, filerOrganisationId: filer, filedById: ids.user!, status, submittedAt: status === 'DRAFT' ? null : now },
    });
    for (const item of items) {
      await prisma.claimItem.create({
        data: {
          claimId: created.id,
          listingId: item.listing,
          infringementType: 'COUNTERFEIT',
          status: item.status as never,
          dueAt: item.dueAt ?? null,
          priority: item.priority ?? 0,
          ...(item.extra ?? {}),
        },
      });
    }
    return created.id;
  };
  const trusted = 100; // the priority filing gives a trusted brand's items
  // The owner's trusted-brand claim: two items in the queue.
  ids.ownerClaim = await claim(ids.trusted, ids.owner, 'SUBMITTED', [
    { listing: listings[0]!, status: 'PENDING', dueAt: at(10 * HOUR), priority: trusted },
    { listing: listings[2]!, status: 'PENDING', dueAt: at(-2 * HOUR), priority: trusted },
  ]);
  // The agency for the standard brand: overdue, due soon, waiting for the brand.
  ids.agencyClaim = await claim(ids.standard, ids.agency, 'SUBMITTED', [
    { listing: listings[1]!, status: 'PENDING', dueAt: at(-5 * HOUR) },
    { listing: listings[3]!, status: 'IN_REVIEW', dueAt: at(3 * HOUR) },
    { listing: listings[5]!, status: 'INFO_REQUESTED', dueAt: at(-1 * HOUR) },
    { listing: listings[7]!, status: 'PENDING', dueAt: null },
  ]);
  // A draft of the agency: never in the queue, never seen by the owner.
  ids.agencyDraft = await claim(ids.standard, ids.agency, 'DRAFT', [{ listing: listings[1]!, status: 'PENDING', dueAt: at(-50 * HOUR) }]);
  // Decided items: notices for the seller (and one against the other seller).
  ids.decidedClaim = await claim(ids.trusted, ids.owner, 'DECIDED', [
    { listing: listings[4]!, status: 'REMOVED', extra: { removalReason: 'COUNTERFEIT', decidedAt: at(-DAY) } },
    { listing: listings[6]!, status: 'REMOVED', extra: { removalReason: 'COUNTERFEIT', decidedAt: at(-DAY) } },
  ]);

  const application = await prisma.authorizationApplication.create({
    data: { storeId: ids.store, brandId: ids.trusted, filedById: ids.user!, status: 'APPROVED', submittedAt: at(-400 * DAY), decidedAt: at(-390 * DAY) },
  });
  await prisma.sellingGrant.create({
    data: { storeId: ids.store, brandId: ids.trusted, applicationId: application.id, validFrom: at(-390 * DAY), expiresAt: at(-25 * DAY) },
  });
  const otherApplication = await prisma.authorizationApplication.create({
    data: { storeId: ids.otherStore, brandId: ids.trusted, filedById: ids.user!, status: 'SUBMITTED', submittedAt: now },
  });
  ids.otherApplication = otherApplication.id;
}, 60_000);

const reviewer = { role: 'REVIEWER' as const };

describe('brands a brand agent may act for', () => {
  it('are the owned ones and those under a verified, unexpired power of attorney', async () => {
    expect((await listBrandsForOrganisation(ids.owner!, now)).map((b) => b.id)).toEqual([ids.trusted]);
    const agencyBrands = await listBrandsForOrganisation(ids.agency!, now);
    expect(agencyBrands.map((b) => b.id)).toEqual([ids.standard]);
    expect(agencyBrands[0]!.actingAs).toMatchObject({ kind: 'AGENT' });
    expect((await listBrandsForOrganisation(ids.seller!, now)).length).toBe(0);
  });

  it('count rights by standing, reading expiry against the clock', async () => {
    const [brand] = await listBrandsForOrganisation(ids.owner!, now);
    expect(brand!.rights).toEqual({ VERIFIED: 1, PENDING: 1, EXPIRED: 1, REJECTED: 1 });
  });

  it('give another organisation a null for a brand, exactly as for a missing one', async () => {
    expect(await getBrandForOrganisation(ids.otherOwner!, ids.trusted!, now)).toBeNull();
    expect(await getBrandForOrganisation(ids.agency!, ids.trusted!, now)).toBeNull();
    expect(await getBrandForOrganisation(ids.agency!, ids.expiredAgency!, now)).toBeNull();
    expect(await getBrandForOrganisation(ids.agency!, ids.pendingAgency!, now)).toBeNull();
    expect(await getBrandForOrganisation(ids.owner!, randomUUID(), now)).toBeNull();
    expect(await getBrandForOrganisation(ids.owner!, 'not-a-uuid', now)).toBeNull();
  });

  it('show an agency only its own power of attorney, and the owner every agency', async () => {
    const forAgency = await getBrandForOrganisation(ids.agency!, ids.standard!, now);
    expect(forAgency?.agencyAuthorizations.map((a) => a.agencyOrganisationId)).toEqual([ids.agency]);
    const forOwner = await getBrandForOrganisation(ids.otherOwner!, ids.standard!, now);
    expect(forOwner?.agencyAuthorizations.length).toBe(1);
    expect(forOwner?.actingAs).toEqual({ kind: 'OWNER' });
  });
});

describe('claims a brand agent sees', () => {
  it('are its own, with item counts by status', async () => {
    const list = await listClaimsForOrganisation(ids.agency!, { page: 1 });
    expect(list.rows.map((c) => c.id).sort()).toEqual([ids.agencyClaim, ids.agencyDraft].sort());
    const filed = list.rows.find((c) => c.id === ids.agencyClaim)!;
    expect(filed.itemTotal).toBe(4);
    expect(filed.items).toEqual({ PENDING: 2, IN_REVIEW: 1, INFO_REQUESTED: 1 });
    expect(list.statusCounts).toEqual({ SUBMITTED: 1, DRAFT: 1 });
  });

  it('include, for an owner, what its agency filed for its brands, but not the agency’s drafts', async () => {
    const list = await listClaimsForOrganisation(ids.otherOwner!, { page: 1 });
    expect(list.rows.map((c) => c.id)).toEqual([ids.agencyClaim]);
    expect(list.rows[0]!.filer).toMatchObject({ id: ids.agency, isSelf: false });
  });

  it('filter by status and clamp the page', async () => {
    const list = await listClaimsForOrganisation(ids.owner!, { status: 'DECIDED', page: 7 });
    expect(list.rows.map((c) => c.id)).toEqual([ids.decidedClaim]);
    expect(list.page).toBe(1);
    expect((await listClaimsForOrganisation(ids.seller!, { page: 1 })).total).toBe(0);
  });
});

describe('the reviewer queue', () => {
  it('orders trusted brands first, then by due time, and leaves drafts out', async () => {
    const rows = [
      ...(await getReviewQueue(reviewer, { brand: ids.trusted }, 1, now)).rows,
      ...(await getReviewQueue(reviewer, { brand: ids.standard }, 1, now)).rows,
    ];
    expect(rows.length).toBe(6);
    expect(rows.every((r) => r.claim.id !== ids.agencyDraft)).toBe(true);
    expect([...rows].sort(compareQueueItems).map((r) => r.id)).toEqual(rows.map((r) => r.id));
    const both = await getReviewQueue(reviewer, {}, 1, now, 1000);
    const mine = both.rows.filter((r) => r.claim.brand.id === ids.trusted || r.claim.brand.id === ids.standard);
    expect(mine.slice(0, 2).every((r) => r.claim.brand.tier === 'TRUSTED')).toBe(true);
    expect(mine.map((r) => r.id)).toEqual([...mine].sort(compareQueueItems).map((r) => r.id));
  });

  it('counts statuses and overdue items under the other filters; a paused clock is never overdue', async () => {
    const queue = await getReviewQueue(reviewer, { brand: ids.standard }, 1, now);
    expect(queue.statusCounts).toEqual({ PENDING: 2, IN_REVIEW: 1, INFO_REQUESTED: 1 });
    expect(queue.overdueCount).toBe(1);
    const overdue = await getReviewQueue(reviewer, { brand: ids.standard, due: 'overdue' }, 1, now);
    expect(overdue.rows.map((r) => r.status)).toEqual(['PENDING']);
    const soon = await getReviewQueue(reviewer, { brand: ids.standard, due: 'dueSoon' }, 1, now);
    expect(soon.rows.map((r) => r.status)).toEqual(['IN_REVIEW']);
    const waiting = await getReviewQueue(reviewer, { brand: ids.standard, status: 'INFO_REQUESTED', due: 'overdue' }, 1, now);
    expect(waiting.total).toBe(0);
  });

  it('pages without overlap', async () => {
    const first = await getReviewQueue(reviewer, { brand: ids.standard }, 1, now, 2);
    const second = await getReviewQueue(reviewer, { brand: ids.standard }, 2, now, 2);
    expect(first.pageCount).toBe(2);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(4);
  });

  it('refuses anyone the policy table does not let view the queue', async () => {
    await expect(getReviewQueue({ role: 'SELLER' }, {}, 1, now)).rejects.toThrow();
    await expect(getVerificationBacklog({ role: 'BRAND_AGENT' })).rejects.toThrow();
  });

  it('counts what waits for verification', async () => {
    const backlog = await getVerificationBacklog(reviewer);
    expect(backlog.pendingRights).toBeGreaterThanOrEqual(1);
    expect(backlog.pendingBrands).toBeGreaterThanOrEqual(1);
    expect(backlog.pendingAgencyAuthorizations).toBeGreaterThanOrEqual(1);
  });
});

describe('a seller’s home', () => {
  it('shows its own stores with the strikes that count', async () => {
    const stores = await listStoresForOrganisation(ids.seller!, now);
    expect(stores.map((s) => s.id)).toEqual([ids.store]);
    expect(stores[0]).toMatchObject({ activeStrikes: 1, activeListings: 6 });
  });

  it('shows notices only for decided items against its own listings', async () => {
    const notices = await listNoticesForOrganisation(ids.seller!, 1);
    expect(notices.rows.map((n) => n.status)).toEqual(['REMOVED']);
    expect(notices.rows[0]!.removalReason).toBe('COUNTERFEIT');
    const other = await listNoticesForOrganisation(ids.otherSeller!, 1);
    expect(other.total).toBe(1);
    expect(other.rows[0]!.listing.store.id).toBe(ids.otherStore);
  });

  it('lists its own listings with status and brand filters', async () => {
    const all = await listListingsForOrganisation(ids.seller!, {}, 1);
    expect(all.total).toBe(7);
    expect(all.statusCounts).toEqual({ ACTIVE: 6, REMOVED: 1 });
    expect(all.brandOptions.map((b) => b.id).sort()).toEqual([ids.trusted, ids.standard].sort());
    expect((await listListingsForOrganisation(ids.seller!, { status: 'REMOVED' }, 1)).total).toBe(1);
    expect((await listListingsForOrganisation(ids.seller!, { brand: ids.standard }, 1)).total).toBe(3);
  });

  it('shows its own applications and reads a lapsed grant as expired', async () => {
    const applications = await listApplicationsForOrganisation(ids.seller!);
    expect(applications.map((a) => a.status)).toEqual(['APPROVED']);
    expect(applications.some((a) => a.id === ids.otherApplication)).toBe(false);
    const grants = await listGrantsForOrganisation(ids.seller!, now);
    expect(grants.map((g) => g.standing)).toEqual(['EXPIRED']);
    expect(await listGrantsForOrganisation(ids.otherSeller!, now)).toEqual([]);
  });
});
