// The dashboards' figures (issue 5): one SQL aggregate per chart or table, over the indexed
// time columns (Claim.submittedAt, ClaimItem.decidedAt/expeditedAt/restoredAt, …), grouped by
// date_trunc in the database. Nothing is loaded row by row. Brand figures are scoped to the
// claims the organisation may see (lib/data/claims.ts claimsVisibleTo: filed by it, or about a
// brand it owns); seller figures to the organisation's stores; the reviewer team's are
// platform-wide. The CSV export (loadDashboardExport) runs the same loader as the page, after
// the same permission and scope checks.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { can, type Action } from '../authz/policy';
import type { Db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { NO_FILINGS, trustStanding } from '../domain/accuracy';
import {
  bucketLabel,
  bucketStarts,
  csvFileName,
  fillBuckets,
  hoursOrNull,
  periodRange,
  shareOrNull,
  type CsvCell,
  type Period,
  type PeriodRange,
} from '../domain/dashboards';
import { accuracyWindow, filingCounts } from './accuracy';
import { brandsActableBy } from './brands';
import { readPolicy } from './policy';

// ─── What a chart or table hands to the page and to the CSV export ───

export type ColumnKind = 'text' | 'label' | 'count' | 'share' | 'hours' | 'date';

export interface Column {
  /** A key under dashboards.columns in the messages. */
  key: string;
  kind: ColumnKind;
}

export interface DashboardTable {
  columns: readonly Column[];
  rows: CsvCell[][];
  /** Figures over the whole period (a percentile is not a sum of the buckets'). */
  summary?: Record<string, number | null>;
}

const bucketColumn: Column = { key: 'bucket', kind: 'date' };
const counts = (...keys: string[]): Column[] => keys.map((key) => ({ key, kind: 'count' as const }));

/** date_trunc's unit as SQL text: from a fixed union, and identical in SELECT and GROUP BY. */
function unitSql(range: PeriodRange) {
  return Prisma.raw(range.unit === 'day' ? `'day'` : `'week'`);
}

interface BucketRow {
  bucket: Date;
  [key: string]: Date | number | null;
}

/** Rows of a bucketed query, filled to every bucket of the period. */
function seriesTable(range: PeriodRange, rows: readonly BucketRow[], keys: readonly string[]): DashboardTable {
  const numeric = rows
    .filter((row) => row.bucket !== null)
    .map((row) => ({ bucket: row.bucket, ...Object.fromEntries(keys.map((k) => [k, Number(row[k] ?? 0)])) }) as { bucket: Date } & Record<string, number>);
  const filled = fillBuckets(bucketStarts(range), numeric, keys);
  return {
    columns: [bucketColumn, ...counts(...keys)],
    rows: filled.map((row) => [bucketLabel(row.bucket), ...keys.map((k) => row[k] ?? 0)]),
  };
}

// Claim item outcomes, as lib/domain/accuracy.ts defines them: a decided removal is standing,
// restored after a counter-notice, or withdrawn by the filer after the removal.
const REMOVAL_STATUSES = Prisma.sql`('REMOVED', 'RESTORED', 'WITHDRAWN')`;
const OPEN_STATUSES = Prisma.sql`('PENDING', 'IN_REVIEW', 'INFO_REQUESTED')`;
const hoursToDecision = Prisma.sql`extract(epoch FROM (ci."decidedAt" - c."submittedAt")) / 3600.0`;

// ─── Shared series (brand and seller scopes) ───

/** Listings taken down (after review, or at once for a trusted brand) and restored, per bucket. */
async function takedownSeries(prisma: Db, joins: Prisma.Sql, scope: Prisma.Sql, range: PeriodRange): Promise<DashboardTable> {
  const unit = unitSql(range);
  const { from, to } = range;
  // Three arms, each on its own indexed time column (expeditedAt, decidedAt, restoredAt).
  const rows = await prisma.$queryRaw<BucketRow[]>`
    SELECT bucket,
           count(*) FILTER (WHERE kind = 'reviewed')::int AS "removedAfterReview",
           count(*) FILTER (WHERE kind = 'expedited')::int AS "removedExpedited",
           count(*) FILTER (WHERE kind = 'restored')::int AS restored
      FROM (
        SELECT date_trunc(${unit}, ci."expeditedAt") AS bucket, 'expedited' AS kind
          FROM "ClaimItem" ci ${joins}
         WHERE ci."expeditedAt" >= ${from} AND ci."expeditedAt" < ${to} AND ${scope}
        UNION ALL
        SELECT date_trunc(${unit}, ci."decidedAt"), 'reviewed'
          FROM "ClaimItem" ci ${joins}
         WHERE ci."decidedAt" >= ${from} AND ci."decidedAt" < ${to} AND ci."decidedById" IS NOT NULL
           AND NOT ci.expedited AND ci.status IN ${REMOVAL_STATUSES} AND ${scope}
        UNION ALL
        SELECT date_trunc(${unit}, ci."restoredAt"), 'restored'
          FROM "ClaimItem" ci ${joins}
         WHERE ci."restoredAt" >= ${from} AND ci."restoredAt" < ${to} AND ${scope}
      ) t
     GROUP BY bucket`;
  const table = seriesTable(range, rows, ['removedAfterReview', 'removedExpedited', 'restored']);
  const sum = (i: number) => table.rows.reduce((s, r) => s + Number(r[i]), 0);
  return { ...table, summary: { removed: sum(1) + sum(2), restored: sum(3) } };
}

/** Counter-notices filed, and decided (listing restored, or removal upheld), per bucket. */
async function counterNoticeSeries(prisma: Db, joins: Prisma.Sql, scope: Prisma.Sql, range: PeriodRange): Promise<DashboardTable> {
  const unit = unitSql(range);
  const { from, to } = range;
  const rows = await prisma.$queryRaw<BucketRow[]>`
    SELECT bucket,
           count(*) FILTER (WHERE kind = 'filed')::int AS filed,
           count(*) FILTER (WHERE kind = 'RESTORED')::int AS restored,
           count(*) FILTER (WHERE kind = 'UPHELD')::int AS upheld
      FROM (
        SELECT date_trunc(${unit}, cn."createdAt") AS bucket, 'filed' AS kind
          FROM "CounterNotice" cn JOIN "ClaimItem" ci ON ci.id = cn."claimItemId" ${joins}
         WHERE cn."createdAt" >= ${from} AND cn."createdAt" < ${to} AND ${scope}
        UNION ALL
        SELECT date_trunc(${unit}, cn."decidedAt"), cn.status::text
          FROM "CounterNotice" cn JOIN "ClaimItem" ci ON ci.id = cn."claimItemId" ${joins}
         WHERE cn.status IN ('RESTORED', 'UPHELD') AND cn."decidedAt" >= ${from} AND cn."decidedAt" < ${to} AND ${scope}
      ) t
     GROUP BY bucket`;
  const table = seriesTable(range, rows, ['filed', 'restored', 'upheld']);
  const sum = (i: number) => table.rows.reduce((s, r) => s + Number(r[i]), 0);
  return { ...table, summary: { filed: sum(1), restored: sum(2), upheld: sum(3) } };
}

interface DecisionRow extends BucketRow {
  decided: number;
  removed: number;
  rejected: number;
  withDue: number;
  withinSla: number;
  median: number | null;
  p90: number | null;
}

/**
 * Items decided per bucket (removed / rejected), decided within their due time, and the median
 * and 90th percentile of hours from submission to decision; GROUPING SETS adds the whole
 * period's row (bucket NULL) in the same query.
 */
async function decisionSeries(prisma: Db, joins: Prisma.Sql, scope: Prisma.Sql, range: PeriodRange): Promise<DashboardTable> {
  const unit = unitSql(range);
  const { from, to } = range;
  const due = Prisma.sql`COALESCE(ci."dueAt", c."dueAt")`;
  const rows = await prisma.$queryRaw<DecisionRow[]>`
    SELECT date_trunc(${unit}, ci."decidedAt") AS bucket,
           count(*)::int AS decided,
           count(*) FILTER (WHERE ci.status IN ${REMOVAL_STATUSES})::int AS removed,
           count(*) FILTER (WHERE ci.status = 'REJECTED')::int AS rejected,
           count(*) FILTER (WHERE ${due} IS NOT NULL)::int AS "withDue",
           count(*) FILTER (WHERE ci."decidedAt" <= ${due})::int AS "withinSla",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hoursToDecision}) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hoursToDecision}) AS p90
      FROM "ClaimItem" ci JOIN "Claim" c ON c.id = ci."claimId" ${joins}
     WHERE ci."decidedAt" >= ${from} AND ci."decidedAt" < ${to} AND ci."decidedById" IS NOT NULL AND ${scope}
     GROUP BY GROUPING SETS ((date_trunc(${unit}, ci."decidedAt")), ())`;
  const total = rows.find((r) => r.bucket === null);
  const perBucket = fillBuckets(
    bucketStarts(range),
    rows
      .filter((r) => r.bucket !== null)
      .map((r) => ({ bucket: r.bucket, decided: r.decided, removed: r.removed, rejected: r.rejected, withinSla: r.withinSla, median: hoursOrNull(r.median) ?? 0, p90: hoursOrNull(r.p90) ?? 0 })),
    ['decided', 'removed', 'rejected', 'withinSla', 'median', 'p90'] as const,
  );
  const decided = total?.decided ?? 0;
  return {
    columns: [bucketColumn, ...counts('removed', 'rejected', 'withinSla'), { key: 'medianHours', kind: 'hours' }, { key: 'p90Hours', kind: 'hours' }],
    // A bucket without decisions has no percentile: empty, not zero hours.
    rows: perBucket.map((r) => [bucketLabel(r.bucket), r.removed, r.rejected, r.withinSla, r.decided ? r.median : null, r.decided ? r.p90 : null]),
    summary: {
      decided,
      removed: total?.removed ?? 0,
      rejected: total?.rejected ?? 0,
      takedownRate: shareOrNull(total?.removed ?? 0, decided),
      slaShare: shareOrNull(total?.withinSla ?? 0, total?.withDue ?? 0),
      medianHours: hoursOrNull(total?.median),
      p90Hours: hoursOrNull(total?.p90),
    },
  };
}

// ─── Brand dashboard ───

export interface BrandScope {
  organisationId: string;
  /** The brands the organisation owns (their claims count whoever filed them). */
  ownedBrandIds: readonly string[];
  /** One brand of the organisation's; omitted: all of them. */
  brandId?: string;
}

/** The brands the organisation owns or files for (the brand filter's options and the accuracy table's rows). */
export function dashboardBrands(prisma: Db, organisationId: string, now: Date) {
  return prisma.brand.findMany({
    where: brandsActableBy(organisationId, now),
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, tier: true, ownerOrganisationId: true },
  });
}

/** The scope of an organisation's brand dashboard, from its brands (dashboardBrands). */
export function brandScopeOf(organisationId: string, brands: readonly { id: string; ownerOrganisationId: string }[], brandId?: string): BrandScope {
  return {
    organisationId,
    ownedBrandIds: brands.filter((b) => b.ownerOrganisationId === organisationId).map((b) => b.id),
    ...(brandId ? { brandId } : {}),
  };
}

function brandScopeSql(scope: BrandScope) {
  // claimsVisibleTo (lib/data/claims.ts) in SQL: filed by the organisation, or about a brand it
  // owns. The owned brands' ids are passed as a list rather than joined through Brand, so the
  // planner can combine the Claim indexes on filerOrganisationId and brandId with accurate
  // estimates instead of scanning every claim.
  const owned = scope.ownedBrandIds.length > 0 ? Prisma.sql`c."brandId" IN (${Prisma.join(scope.ownedBrandIds)})` : Prisma.sql`FALSE`;
  const visible = Prisma.sql`c.status <> 'DRAFT' AND (c."filerOrganisationId" = ${scope.organisationId} OR ${owned})`;
  return scope.brandId ? Prisma.sql`${visible} AND c."brandId" = ${scope.brandId}` : visible;
}

async function brandClaims(prisma: Db, scope: BrandScope, range: PeriodRange): Promise<DashboardTable> {
  const unit = unitSql(range);
  const rows = await prisma.$queryRaw<BucketRow[]>`
    SELECT date_trunc(${unit}, c."submittedAt") AS bucket,
           count(DISTINCT c.id)::int AS claims,
           count(ci.id)::int AS items
      FROM "Claim" c
      LEFT JOIN "ClaimItem" ci ON ci."claimId" = c.id
     WHERE c."submittedAt" >= ${range.from} AND c."submittedAt" < ${range.to} AND ${brandScopeSql(scope)}
     GROUP BY 1`;
  const table = seriesTable(range, rows, ['claims', 'items']);
  const sum = (i: number) => table.rows.reduce((s, r) => s + Number(r[i]), 0);
  return { ...table, summary: { claims: sum(1), items: sum(2) } };
}

const itemBrandJoins = Prisma.sql`JOIN "Claim" c ON c.id = ci."claimId"`;

/** Accuracy, tier and distance to the trusted thresholds per brand, over the policy's window (not the period). */
async function brandAccuracy(prisma: Db, scope: BrandScope, _range: PeriodRange, now: Date): Promise<DashboardTable> {
  const [brands, policy] = await Promise.all([dashboardBrands(prisma, scope.organisationId, now), readPolicy(prisma)]);
  const shown = scope.brandId ? brands.filter((b) => b.id === scope.brandId) : brands;
  const { from, to } = accuracyWindow(now, policy.accuracyWindowDays);
  const figures = await filingCounts(prisma, { by: 'brand', from, to, ids: shown.map((b) => b.id) });
  return {
    columns: [
      { key: 'brand', kind: 'text' },
      { key: 'tier', kind: 'label' },
      ...counts('decided', 'stood', 'restored'),
      { key: 'accuracy', kind: 'share' },
      { key: 'restoredShare', kind: 'share' },
      ...counts('moreItems', 'moreStandingRemovals', 'excessRestorations'),
    ],
    rows: shown.map((brand) => {
      const c = figures.get(brand.id) ?? { ...NO_FILINGS };
      const standing = trustStanding(c, policy);
      return [
        brand.name,
        brand.tier,
        c.decided,
        c.stood,
        c.restored,
        standing.accuracy,
        standing.restoredShare,
        standing.distance.items,
        standing.distance.standingRemovals,
        standing.distance.excessRestorations,
      ];
    }),
    summary: { windowDays: policy.accuracyWindowDays },
  };
}

export type Loader<S> = (prisma: Db, scope: S, range: PeriodRange, now: Date) => Promise<DashboardTable>;

export type BrandChart = 'claims' | 'decisions' | 'takedowns' | 'counterNotices' | 'accuracy';
export const BRAND_CHARTS: Record<BrandChart, Loader<BrandScope>> = {
  claims: brandClaims,
  decisions: (prisma, scope, range) => decisionSeries(prisma, Prisma.empty, brandScopeSql(scope), range),
  takedowns: (prisma, scope, range) => takedownSeries(prisma, itemBrandJoins, brandScopeSql(scope), range),
  counterNotices: (prisma, scope, range) => counterNoticeSeries(prisma, itemBrandJoins, brandScopeSql(scope), range),
  accuracy: brandAccuracy,
};

// ─── Reviewer team dashboard (platform-wide) ───

const AGE_BANDS = ['lt1d', 'd1to3', 'd3to7', 'd7to30', 'gt30d'] as const;

/** Open items now, by age since submission, with those past their due time. Not tied to the period. */
async function reviewQueue(prisma: Db, _scope: null, _range: PeriodRange, now: Date): Promise<DashboardTable> {
  const age = Prisma.sql`(${now}::timestamp - c."submittedAt")`;
  const rows = await prisma.$queryRaw<{ band: string; items: number; overdue: number }[]>`
    SELECT CASE WHEN ${age} < interval '1 day' THEN 'lt1d'
                WHEN ${age} < interval '3 days' THEN 'd1to3'
                WHEN ${age} < interval '7 days' THEN 'd3to7'
                WHEN ${age} < interval '30 days' THEN 'd7to30'
                ELSE 'gt30d' END AS band,
           count(*)::int AS items,
           count(*) FILTER (WHERE COALESCE(ci."dueAt", c."dueAt") < ${now})::int AS overdue
      FROM "ClaimItem" ci JOIN "Claim" c ON c.id = ci."claimId"
     WHERE ci.status IN ${OPEN_STATUSES}
     GROUP BY 1`;
  const byBand = new Map(rows.map((r) => [r.band, r]));
  const table: CsvCell[][] = AGE_BANDS.map((band) => [band, byBand.get(band)?.items ?? 0, byBand.get(band)?.overdue ?? 0]);
  return {
    columns: [{ key: 'age', kind: 'label' }, ...counts('items', 'overdue')],
    rows: table,
    summary: { open: rows.reduce((s, r) => s + r.items, 0), overdue: rows.reduce((s, r) => s + r.overdue, 0) },
  };
}

/** Closures proposed, approved and declined, per bucket. */
async function reviewClosures(prisma: Db, _scope: null, range: PeriodRange): Promise<DashboardTable> {
  const unit = unitSql(range);
  const { from, to } = range;
  const rows = await prisma.$queryRaw<BucketRow[]>`
    SELECT bucket,
           count(*) FILTER (WHERE kind = 'proposed')::int AS proposed,
           count(*) FILTER (WHERE kind = 'APPROVED')::int AS approved,
           count(*) FILTER (WHERE kind = 'DECLINED')::int AS declined
      FROM (
        SELECT date_trunc(${unit}, cp."proposedAt") AS bucket, 'proposed' AS kind
          FROM "ClosureProposal" cp WHERE cp."proposedAt" >= ${from} AND cp."proposedAt" < ${to}
        UNION ALL
        SELECT date_trunc(${unit}, cp."decidedAt"), cp.status::text
          FROM "ClosureProposal" cp
         WHERE cp.status IN ('APPROVED', 'DECLINED') AND cp."decidedAt" >= ${from} AND cp."decidedAt" < ${to}
      ) t
     GROUP BY bucket`;
  const table = seriesTable(range, rows, ['proposed', 'approved', 'declined']);
  const sum = (i: number) => table.rows.reduce((s, r) => s + Number(r[i]), 0);
  return { ...table, summary: { proposed: sum(1), approved: sum(2), declined: sum(3) } };
}

export type ReviewChart = 'queue' | 'decisions' | 'closures';
export const REVIEW_CHARTS: Record<ReviewChart, Loader<null>> = {
  queue: reviewQueue,
  decisions: (prisma, _scope, range) => decisionSeries(prisma, Prisma.empty, Prisma.sql`TRUE`, range),
  closures: reviewClosures,
};

// ─── Seller dashboard ───

export interface SellerScope {
  organisationId: string;
}

const sellerItemJoins = Prisma.sql`JOIN "Listing" l ON l.id = ci."listingId" JOIN "Store" s ON s.id = l."storeId"`;
const sellerScopeSql = (scope: SellerScope) => Prisma.sql`s."sellerOrganisationId" = ${scope.organisationId}`;

/** Strikes issued to the organisation's stores per bucket, by what became of them. */
async function sellerStrikes(prisma: Db, scope: SellerScope, range: PeriodRange, now: Date): Promise<DashboardTable> {
  const unit = unitSql(range);
  // An active strike past its expiry is expired, whether or not the expiry job has run yet.
  const rows = await prisma.$queryRaw<BucketRow[]>`
    SELECT date_trunc(${unit}, st."createdAt") AS bucket,
           count(*) FILTER (WHERE st.status = 'ACTIVE' AND st."expiresAt" > ${now})::int AS active,
           count(*) FILTER (WHERE st.status = 'EXPIRED' OR (st.status = 'ACTIVE' AND st."expiresAt" <= ${now}))::int AS expired,
           count(*) FILTER (WHERE st.status = 'WITHDRAWN')::int AS withdrawn
      FROM "Strike" st JOIN "Store" s ON s.id = st."storeId"
     WHERE st."createdAt" >= ${range.from} AND st."createdAt" < ${range.to} AND ${sellerScopeSql(scope)}
     GROUP BY 1`;
  return seriesTable(range, rows, ['active', 'expired', 'withdrawn']);
}

/** The organisation's selling grants, soonest expiry first, with days left. */
async function sellerGrants(prisma: Db, scope: SellerScope, _range: PeriodRange, now: Date): Promise<DashboardTable> {
  const grants = await prisma.sellingGrant.findMany({
    where: { store: { sellerOrganisationId: scope.organisationId } },
    orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: { productLines: true, validFrom: true, expiresAt: true, status: true, store: { select: { name: true } }, brand: { select: { name: true } } },
  });
  const live = (g: (typeof grants)[number]) => g.status === 'ACTIVE' && g.expiresAt.getTime() > now.getTime();
  return {
    columns: [
      { key: 'store', kind: 'text' },
      { key: 'brand', kind: 'text' },
      { key: 'productLines', kind: 'text' },
      { key: 'validFrom', kind: 'date' },
      { key: 'expiresAt', kind: 'date' },
      { key: 'grantStatus', kind: 'label' },
      { key: 'daysLeft', kind: 'count' },
    ],
    rows: grants.map((g) => [
      g.store.name,
      g.brand.name,
      g.productLines.join('; '),
      bucketLabel(g.validFrom),
      bucketLabel(g.expiresAt),
      live(g) ? 'ACTIVE' : g.status === 'ACTIVE' ? 'EXPIRED' : g.status,
      live(g) ? Math.ceil((g.expiresAt.getTime() - now.getTime()) / 86_400_000) : null,
    ]),
  };
}

export type SellerChart = 'strikes' | 'takedowns' | 'counterNotices' | 'grants';
export const SELLER_CHARTS: Record<SellerChart, Loader<SellerScope>> = {
  strikes: sellerStrikes,
  takedowns: (prisma, scope, range) => takedownSeries(prisma, sellerItemJoins, sellerScopeSql(scope), range),
  counterNotices: (prisma, scope, range) =>
    counterNoticeSeries(prisma, Prisma.sql`JOIN "Store" s ON s.id = cn."storeId"`, sellerScopeSql(scope), range),
  grants: sellerGrants,
};

/** Headline figures of the seller: strikes active now, grants live now and those ending within 30 days. */
export async function sellerHeadline(prisma: Db, scope: SellerScope, now: Date) {
  const soon = new Date(now.getTime() + 30 * 86_400_000);
  const [row] = await prisma.$queryRaw<{ activeStrikes: number; liveGrants: number; expiringGrants: number }[]>`
    SELECT (SELECT count(*) FROM "Strike" st JOIN "Store" s ON s.id = st."storeId"
             WHERE ${sellerScopeSql(scope)} AND st.status = 'ACTIVE' AND st."expiresAt" > ${now})::int AS "activeStrikes",
           (SELECT count(*) FROM "SellingGrant" g JOIN "Store" s ON s.id = g."storeId"
             WHERE ${sellerScopeSql(scope)} AND g.status = 'ACTIVE' AND g."expiresAt" > ${now})::int AS "liveGrants",
           (SELECT count(*) FROM "SellingGrant" g JOIN "Store" s ON s.id = g."storeId"
             WHERE ${sellerScopeSql(scope)} AND g.status = 'ACTIVE' AND g."expiresAt" > ${now} AND g."expiresAt" <= ${soon})::int AS "expiringGrants"`;
  return row ?? { activeStrikes: 0, liveGrants: 0, expiringGrants: 0 };
}

// ─── Export: the same loaders, after the same checks ───

export const DASHBOARDS = {
  brand: { permission: 'dashboard.brand', charts: Object.keys(BRAND_CHARTS) },
  review: { permission: 'dashboard.review', charts: Object.keys(REVIEW_CHARTS) },
  seller: { permission: 'dashboard.seller', charts: Object.keys(SELLER_CHARTS) },
} as const satisfies Record<string, { permission: Action; charts: readonly string[] }>;
export type DashboardName = keyof typeof DASHBOARDS;

export function isDashboardName(value: string): value is DashboardName {
  return Object.hasOwn(DASHBOARDS, value);
}

export type ExportResult = { status: 403 | 404 } | { status: 200; table: DashboardTable; fileName: string };

/**
 * One chart's table for the CSV export: 404 for an unknown dashboard or chart (or a brand the
 * organisation cannot see), 403 when the role lacks the dashboard's permission.
 */
export async function loadDashboardExport(
  prisma: Db,
  user: Pick<SessionUser, 'role' | 'organisationId'>,
  query: { dashboard: string; chart: string; period: Period; brandId?: string | undefined },
  now: Date,
): Promise<ExportResult> {
  const { dashboard, chart, period } = query;
  if (!isDashboardName(dashboard)) return { status: 404 };
  if (!can(user.role, DASHBOARDS[dashboard].permission)) return { status: 403 };
  const range = periodRange(now, period);
  const fileName = csvFileName(dashboard, chart, period, now);
  if (dashboard === 'brand') {
    if (!Object.hasOwn(BRAND_CHARTS, chart)) return { status: 404 };
    const brands = await dashboardBrands(prisma, user.organisationId, now);
    if (query.brandId && !brands.some((b) => b.id === query.brandId)) return { status: 404 };
    const scope = brandScopeOf(user.organisationId, brands, query.brandId);
    return { status: 200, fileName, table: await BRAND_CHARTS[chart as BrandChart](prisma, scope, range, now) };
  }
  if (dashboard === 'review') {
    if (!Object.hasOwn(REVIEW_CHARTS, chart)) return { status: 404 };
    return { status: 200, fileName, table: await REVIEW_CHARTS[chart as ReviewChart](prisma, null, range, now) };
  }
  if (!Object.hasOwn(SELLER_CHARTS, chart)) return { status: 404 };
  const scope: SellerScope = { organisationId: user.organisationId };
  return { status: 200, fileName, table: await SELLER_CHARTS[chart as SellerChart](prisma, scope, range, now) };
}
