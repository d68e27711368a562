// The dashboards' figures (lib/data/dashboards.ts) over a small hand-built dataset, against
// values computed by hand: counts per bucket, takedown rate, median and p90 hours to decision,
// share within the due time, accuracy and distance to the trusted thresholds; the scoping of
// brand and seller figures to the organisation; and who may export what.
//
// Every time is set relative to a `now` in 2031, so rows other test files leave in this
// worker's database (made at the real time) fall outside the periods measured here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { makeSessionUser } from '@/tests/helpers/session-user';
import {
  createAuthorizationApplication,
  createBrand,
  createClaim,
  createCounterNotice,
  createListings,
  createOrganisation,
  createRight,
  createStore,
  createStrike,
  createUser,
} from '@/lib/factories';
import { BRAND_CHARTS, REVIEW_CHARTS, SELLER_CHARTS, brandDashboard, brandScopeOf, dashboardBrands, loadDashboardExport, sellerDashboard } from '@/lib/data/dashboards';
import { periodRange } from '@/lib/domain/dashboards';
import type { Role } from '@/lib/generated/prisma/enums';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2031-06-01T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
const week = periodRange(now, 7);

let prisma: Db;
let brandOrg: string;
let brandId: string;
let foreignBrandOrg: string;
let foreignBrandId: string;
let sellerOrg: string;
let foreignSellerOrg: string;
let agencyOrg: string;

beforeAll(async () => {
  prisma = await testDb();
  const brandAgent = await createUser(prisma, { role: 'BRAND_AGENT' });
  brandOrg = brandAgent.organisationId;
  brandId = (await createBrand(prisma, { ownerOrganisationId: brandOrg, verificationStatus: 'VERIFIED' })).id;
  const right = await createRight(prisma, { brandId });
  const foreignAgent = await createUser(prisma, { role: 'BRAND_AGENT' });
  foreignBrandOrg = foreignAgent.organisationId;
  foreignBrandId = (await createBrand(prisma, { ownerOrganisationId: foreignBrandOrg })).id;
  const foreignRight = await createRight(prisma, { brandId: foreignBrandId });

  const seller = await createUser(prisma, { role: 'SELLER' });
  sellerOrg = seller.organisationId;
  const store = await createStore(prisma, { sellerOrganisationId: sellerOrg });
  const foreignSeller = await createUser(prisma, { role: 'SELLER' });
  foreignSellerOrg = foreignSeller.organisationId;
  const foreignStore = await createStore(prisma, { sellerOrganisationId: foreignSellerOrg });
  const listings = await createListings(prisma, { storeId: store.id, count: 7 });
  const foreignListings = await createListings(prisma, { storeId: foreignStore.id, count: 2 });
  const reviewer = await createUser(prisma, { role: 'REVIEWER', organisationId: (await createOrganisation(prisma, { kind: 'MARKETPLACE' })).id });
  const decidedAfter = (submittedAt: Date, hours: number) => ({ decidedAt: new Date(submittedAt.getTime() + hours * HOUR), decidedById: reviewer.user.id });

  // Claim 1, three days ago: decided after 2, 4, 10 (late: due after 5) and 20 hours; one still open.
  const s1 = daysAgo(3);
  const claim1 = await createClaim(prisma, {
    brandId,
    filerOrganisationId: brandOrg,
    filedById: brandAgent.user.id,
    rightIds: [right.id],
    submittedAt: s1,
    items: [
      { listingId: listings[0]!.id, status: 'REMOVED', ...decidedAfter(s1, 2) },
      { listingId: listings[1]!.id, status: 'REMOVED', ...decidedAfter(s1, 4) },
      { listingId: listings[2]!.id, status: 'REJECTED', dueAt: new Date(s1.getTime() + 5 * HOUR), ...decidedAfter(s1, 10) },
      { listingId: listings[3]!.id, status: 'RESTORED', restoredAt: daysAgo(1), ...decidedAfter(s1, 20) },
      { listingId: listings[4]!.id, status: 'PENDING' },
    ],
  });
  // Claim 2, a day ago: one expedited takedown waiting for a reviewer, one open item.
  const s2 = daysAgo(1);
  await createClaim(prisma, {
    brandId,
    filerOrganisationId: brandOrg,
    filedById: brandAgent.user.id,
    rightIds: [right.id],
    submittedAt: s2,
    items: [
      { listingId: listings[5]!.id, status: 'REMOVED', expedited: true, expeditedAt: s2 },
      { listingId: listings[6]!.id, status: 'PENDING' },
    ],
  });
  // A foreign brand's claim against the foreign seller: decided after an hour each.
  const s3 = daysAgo(2);
  await createClaim(prisma, {
    brandId: foreignBrandId,
    filerOrganisationId: foreignBrandOrg,
    filedById: foreignAgent.user.id,
    rightIds: [foreignRight.id],
    submittedAt: s3,
    items: [
      { listingId: foreignListings[0]!.id, status: 'REMOVED', ...decidedAfter(s3, 1) },
      { listingId: foreignListings[1]!.id, status: 'REJECTED', ...decidedAfter(s3, 1) },
    ],
  });

  // Counter-notices two days ago on claim 1's removals: one restored, one upheld, both yesterday.
  const [i1, , , i4] = claim1.items;
  await createCounterNotice(prisma, { claimItemId: i4!.id, storeId: store.id, filedById: seller.user.id, createdAt: daysAgo(2), status: 'RESTORED', decidedAt: daysAgo(1), decidedById: reviewer.user.id });
  await createCounterNotice(prisma, { claimItemId: i1!.id, storeId: store.id, filedById: seller.user.id, createdAt: daysAgo(2), status: 'UPHELD', decidedAt: daysAgo(1), decidedById: reviewer.user.id });

  // Strikes: one active, one past its expiry (the job has not run), one withdrawn; one on the foreign store.
  await createStrike(prisma, { storeId: store.id, createdAt: daysAgo(2), expiresAt: daysAgo(-88) });
  await createStrike(prisma, { storeId: store.id, createdAt: daysAgo(3), expiresAt: daysAgo(1) });
  await createStrike(prisma, { storeId: store.id, createdAt: daysAgo(3), status: 'WITHDRAWN', withdrawnAt: daysAgo(2) });
  await createStrike(prisma, { storeId: foreignStore.id, createdAt: daysAgo(2), expiresAt: daysAgo(-88) });

  // Twenty days ago, an agency filed for the brand: the owner sees it, and so does the agency.
  const agency = await createUser(prisma, { role: 'BRAND_AGENT' });
  agencyOrg = agency.organisationId;
  const agencyListings = await createListings(prisma, { storeId: store.id, count: 1 });
  await createClaim(prisma, {
    brandId,
    filerOrganisationId: agencyOrg,
    filedById: agency.user.id,
    rightIds: [right.id],
    submittedAt: daysAgo(20),
    items: [{ listingId: agencyListings[0]!.id, status: 'PENDING' }],
  });

  // A grant ending in ten days.
  await createAuthorizationApplication(prisma, {
    storeId: store.id,
    brandId,
    filedById: seller.user.id,
    status: 'APPROVED',
    grant: { validFrom: daysAgo(355), expiresAt: daysAgo(-10) },
  });
});

const rowOf = (table: { rows: unknown[][] }, label: string) => table.rows.find((r) => r[0] === label);

describe('brand dashboard', () => {
  // As the page builds it: the organisation's brands (owned or filed for), optionally one of them.
  const scopeOf = async (organisationId: string, onlyBrandId?: string) =>
    brandScopeOf(organisationId, await dashboardBrands(prisma, organisationId, now), onlyBrandId);
  const scope = () => scopeOf(brandOrg);

  it('counts claims and items per day, with a zero for every empty day', async () => {
    const table = await BRAND_CHARTS.claims(prisma, await scope(), week, now);
    expect(table.rows.map((r) => r[0])).toEqual(['2031-05-26', '2031-05-27', '2031-05-28', '2031-05-29', '2031-05-30', '2031-05-31', '2031-06-01']);
    expect(rowOf(table, '2031-05-29')).toEqual(['2031-05-29', 1, 5]);
    expect(rowOf(table, '2031-05-31')).toEqual(['2031-05-31', 1, 2]);
    expect(rowOf(table, '2031-05-30')).toEqual(['2031-05-30', 0, 0]);
    expect(table.summary).toEqual({ claims: 2, items: 7 });
  });

  it('gives the takedown rate and the median and p90 hours to decision, computed in SQL', async () => {
    const table = await BRAND_CHARTS.decisions(prisma, await scope(), week, now);
    // Hours 2, 4, 10, 20: median (4 + 10) / 2 = 7; p90 at rank 2.7: 10 + 0.7 × 10 = 17.
    expect(table.summary).toEqual({ decided: 4, removed: 3, rejected: 1, takedownRate: 0.75, slaShare: 0.75, medianHours: 7, p90Hours: 17 });
    expect(rowOf(table, '2031-05-29')).toEqual(['2031-05-29', 2, 1, 2, 4, 8.8]);
    expect(rowOf(table, '2031-05-30')).toEqual(['2031-05-30', 1, 0, 1, 20, 20]);
    expect(rowOf(table, '2031-05-31')).toEqual(['2031-05-31', 0, 0, 0, null, null]);
  });

  it('counts listings taken down after review, at once, and restored', async () => {
    const table = await BRAND_CHARTS.takedowns(prisma, await scope(), week, now);
    expect(rowOf(table, '2031-05-29')).toEqual(['2031-05-29', 2, 0, 0]);
    expect(rowOf(table, '2031-05-30')).toEqual(['2031-05-30', 1, 0, 0]);
    expect(rowOf(table, '2031-05-31')).toEqual(['2031-05-31', 0, 1, 1]);
    expect(table.summary).toEqual({ removed: 4, restored: 1 });
  });

  it('counts counter-notices filed, restored and upheld', async () => {
    const table = await BRAND_CHARTS.counterNotices(prisma, await scope(), week, now);
    expect(rowOf(table, '2031-05-30')).toEqual(['2031-05-30', 2, 0, 0]);
    expect(rowOf(table, '2031-05-31')).toEqual(['2031-05-31', 0, 1, 1]);
    expect(table.summary).toEqual({ filed: 2, restored: 1, upheld: 1 });
    // A period holding only the decisions on the counter-notices (not the items' filing,
    // decision or the notices' filing) still counts them.
    const lastDay = { from: new Date('2031-05-31T00:00:00Z'), to: new Date(now.getTime() + 1), unit: 'day' as const };
    expect((await BRAND_CHARTS.counterNotices(prisma, await scope(), lastDay, now)).summary).toEqual({ filed: 0, restored: 1, upheld: 1 });
  });

  it('gives accuracy, tier and the distance to the trusted thresholds over the policy window', async () => {
    const table = await BRAND_CHARTS.accuracy(prisma, await scope(), week, now);
    // Decided 4, standing 2 (the restored one and the rejection do not stand), removed 3, restored 1:
    // 46 more items to 50; ceil(0.9 × 4) − 2 = 2 more standing removals; 1 − floor(0.05 × 3) = 1 restoration too many.
    expect(table.rows).toEqual([[expect.any(String), 'STANDARD', 4, 2, 1, 0.5, 1 / 3, 46, 2, 1]]);
  });

  it('gives the page (one statement for the series) the same tables as each chart’s export', async () => {
    const whole = await brandDashboard(prisma, await scope(), week, now);
    for (const chart of Object.keys(BRAND_CHARTS) as (keyof typeof BRAND_CHARTS)[]) {
      expect(whole[chart]).toEqual(await BRAND_CHARTS[chart](prisma, await scope(), week, now));
    }
    expect(whole.claims.summary).toEqual({ claims: 2, items: 7 });
  });

  it('never counts another organisation’s brand, and a brand filter narrows to that brand', async () => {
    const foreign = await BRAND_CHARTS.decisions(prisma, await scopeOf(foreignBrandOrg), week, now);
    expect(foreign.summary).toMatchObject({ decided: 2, removed: 1, rejected: 1, medianHours: 1, p90Hours: 1 });
    const filtered = await BRAND_CHARTS.claims(prisma, await scopeOf(brandOrg, foreignBrandId), week, now);
    expect(filtered.summary).toEqual({ claims: 0, items: 0 });
    const accuracy = await BRAND_CHARTS.accuracy(prisma, await scopeOf(brandOrg, foreignBrandId), week, now);
    expect(accuracy.rows).toEqual([]);
  });

  it('counts a claim an agency filed for the brand for the owner and for the agency, not for others', async () => {
    const month = periodRange(now, 30);
    expect((await BRAND_CHARTS.claims(prisma, await scope(), month, now)).summary).toEqual({ claims: 3, items: 8 });
    expect((await BRAND_CHARTS.claims(prisma, await scopeOf(agencyOrg), month, now)).summary).toEqual({ claims: 1, items: 1 });
    expect((await BRAND_CHARTS.claims(prisma, await scopeOf(foreignBrandOrg), month, now)).summary).toEqual({
      claims: 1,
      items: 2,
    });
  });

  it('buckets by week for 90 days', async () => {
    const table = await BRAND_CHARTS.claims(prisma, await scope(), periodRange(now, 90), now);
    // From Tuesday 2031-03-04: the weeks of Mondays 2031-03-03 to 2031-05-26, the first one partly.
    expect(table.rows).toHaveLength(13);
    expect(table.rows[0]![0]).toBe('2031-03-03');
    // 2031-05-26 is a Monday: both claims fall in that week.
    expect(rowOf(table, '2031-05-26')).toEqual(['2031-05-26', 2, 7]);
    expect(table.summary).toEqual({ claims: 3, items: 8 });
  });
});

describe('reviewer team dashboard', () => {
  it('gives decisions against the due time over every brand', async () => {
    const table = await REVIEW_CHARTS.decisions(prisma, null, week, now);
    // Hours 1, 1, 2, 4, 10, 20: median (2 + 4) / 2 = 3; p90 at rank 4.5: 10 + 0.5 × 10 = 15; 5 of 6 on time.
    expect(table.summary).toEqual({ decided: 6, removed: 4, rejected: 2, takedownRate: 4 / 6, slaShare: 5 / 6, medianHours: 3, p90Hours: 15 });
  });

  it('puts open items in age bands and counts the overdue ones', async () => {
    const table = await REVIEW_CHARTS.queue(prisma, null, week, now);
    expect(table.rows.map((r) => r[0])).toEqual(['lt1d', 'd1to3', 'd3to7', 'd7to30', 'gt30d']);
    // The queue is platform-wide (other files' open items are years older than this `now`):
    // ours are claim 1's open item (exactly 3 days old, due after 72 hours: due now, not yet
    // overdue) and claim 2's (1 day old).
    expect(rowOf(table, 'd1to3')).toEqual(['d1to3', 1, 0]);
    expect(rowOf(table, 'd3to7')).toEqual(['d3to7', 1, 0]);
    const later = await REVIEW_CHARTS.queue(prisma, null, week, new Date(now.getTime() + 1));
    expect(rowOf(later, 'd3to7')).toEqual(['d3to7', 1, 1]);
    expect(rowOf(table, 'lt1d')).toEqual(['lt1d', 0, 0]);
  });

  it('counts closures proposed and decided', async () => {
    const table = await REVIEW_CHARTS.closures(prisma, null, week, now);
    expect(table.summary).toEqual({ proposed: 0, approved: 0, declined: 0 });
  });
});

describe('seller dashboard', () => {
  const scope = () => ({ organisationId: sellerOrg });

  it('counts its strikes by what became of them, and never another seller’s', async () => {
    const table = await SELLER_CHARTS.strikes(prisma, await scope(), week, now);
    expect(rowOf(table, '2031-05-29')).toEqual(['2031-05-29', 0, 1, 1]);
    expect(rowOf(table, '2031-05-30')).toEqual(['2031-05-30', 1, 0, 0]);
    const whole = await sellerDashboard(prisma, await scope(), week, now);
    expect(whole.headline).toEqual({ activeStrikes: 1, liveGrants: 1, expiringGrants: 1 });
    // The page's single statement gives the same series as the chart's export.
    expect(whole.charts.strikes).toEqual(table);
  });

  it('counts removals of its listings and counter-notice outcomes', async () => {
    const takedowns = await SELLER_CHARTS.takedowns(prisma, await scope(), week, now);
    expect(takedowns.summary).toEqual({ removed: 4, restored: 1 });
    const foreign = await SELLER_CHARTS.takedowns(prisma, { organisationId: foreignSellerOrg }, week, now);
    expect(foreign.summary).toEqual({ removed: 1, restored: 0 });
    const notices = await SELLER_CHARTS.counterNotices(prisma, await scope(), week, now);
    expect(notices.summary).toEqual({ filed: 2, restored: 1, upheld: 1 });
  });

  it('lists its grants with the days left', async () => {
    const table = await SELLER_CHARTS.grants(prisma, await scope(), week, now);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.slice(3)).toEqual(['2030-06-11', '2031-06-11', 'ACTIVE', 10]);
    expect((await SELLER_CHARTS.grants(prisma, { organisationId: foreignSellerOrg }, week, now)).rows).toEqual([]);
  });
});

describe('CSV export authorization', () => {
  const allowed: Record<string, Role[]> = { brand: ['BRAND_AGENT'], review: ['REVIEWER', 'ADMIN'], seller: ['SELLER'] };
  const charts: Record<string, string[]> = {
    brand: Object.keys(BRAND_CHARTS),
    review: Object.keys(REVIEW_CHARTS),
    seller: Object.keys(SELLER_CHARTS),
  };
  const roles: Role[] = ['BRAND_AGENT', 'REVIEWER', 'SELLER', 'ADMIN'];

  it('serves every chart to the roles of its dashboard and refuses every other role', async () => {
    for (const role of roles) {
      const user = await makeSessionUser(prisma, role);
      for (const [dashboard, names] of Object.entries(charts)) {
        for (const chart of names) {
          const result = await loadDashboardExport(prisma, user, { dashboard, chart, period: 7 }, now);
          expect([role, dashboard, chart, result.status]).toEqual([role, dashboard, chart, allowed[dashboard]!.includes(role) ? 200 : 403]);
        }
      }
    }
  });

  it('scopes a brand export to the caller’s organisation; a foreign brand is not found', async () => {
    const own = await makeSessionUser(prisma, 'BRAND_AGENT', brandOrg);
    const foreign = await makeSessionUser(prisma, 'BRAND_AGENT', foreignBrandOrg);
    const mine = await loadDashboardExport(prisma, own, { dashboard: 'brand', chart: 'claims', period: 7, brandId }, now);
    expect(mine.status === 200 && mine.table.summary).toEqual({ claims: 2, items: 7 });
    expect((await loadDashboardExport(prisma, foreign, { dashboard: 'brand', chart: 'claims', period: 7, brandId }, now)).status).toBe(404);
    const theirs = await loadDashboardExport(prisma, foreign, { dashboard: 'brand', chart: 'claims', period: 7 }, now);
    expect(theirs.status === 200 && theirs.table.summary).toEqual({ claims: 1, items: 2 });
  });

  it('scopes a seller export to the caller’s stores', async () => {
    const foreign = await makeSessionUser(prisma, 'SELLER', foreignSellerOrg);
    const result = await loadDashboardExport(prisma, foreign, { dashboard: 'seller', chart: 'counterNotices', period: 7 }, now);
    expect(result.status === 200 && result.table.summary).toEqual({ filed: 0, restored: 0, upheld: 0 });
  });

  it('does not find an unknown dashboard or chart', async () => {
    const admin = await makeSessionUser(prisma, 'ADMIN');
    expect((await loadDashboardExport(prisma, admin, { dashboard: 'platform', chart: 'queue', period: 7 }, now)).status).toBe(404);
    expect((await loadDashboardExport(prisma, admin, { dashboard: 'review', chart: 'nope', period: 7 }, now)).status).toBe(404);
    expect((await loadDashboardExport(prisma, admin, { dashboard: 'review', chart: 'toString', period: 7 }, now)).status).toBe(404);
  });
});
