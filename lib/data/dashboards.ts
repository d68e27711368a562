// The dashboards' figures (issue 5): SQL aggregates over the indexed time columns
// (Claim.submittedAt, ClaimItem.decidedAt/expeditedAt/restoredAt, …), grouped by date_trunc in
// the database; a dashboard's series that read the same rows come from one statement
// (brandSeries, sellerSeries). Nothing is loaded row by row. Brand figures are scoped to the
// claims the organisation may see (lib/data/claims.ts claimsVisibleTo: filed by it, or about a
// brand it owns); seller figures to the organisation's stores; the reviewer team's are
// platform-wide. The CSV export (loadDashboardExport) runs the same statements as the page,
// after the same permission and scope checks.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { can, type Action } from '../authz/policy';
import type { Db } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { BrandTier } from '../generated/prisma/enums';
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
import { REMOVAL_STATUSES, accuracyWindow, filingCounts } from './accuracy';
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

const OPEN_STATUSES = Prisma.sql`('PENDING', 'IN_REVIEW', 'INFO_REQUESTED')`;
const hoursToDecision = Prisma.sql`extract(epoch FROM (ci."decidedAt" - c."submittedAt")) / 3600.0`;

// ─── Shared series (brand and seller scopes) ───

/**
 * Listings taken down (after review, or at once for a trusted brand) and restored, per bucket:
 * columns bucket, a (after review), b (at once), c (restored). `items` is the FROM clause that
 * names the claim items `ci` (ClaimItem with its joins, or brandSeries' scoped rows, which
 * carry ClaimItem's column names). Three arms, each on its own time column (expeditedAt,
 * decidedAt, restoredAt: indexed on ClaimItem).
 */
function takedownCounts(items: Prisma.Sql, scope: Prisma.Sql, range: PeriodRange): Prisma.Sql {
  const unit = unitSql(range);
  const { from, to } = range;
  return Prisma.sql`
    SELECT bucket,
           count(*) FILTER (WHERE kind = 'reviewed')::int AS a,
           count(*) FILTER (WHERE kind = 'expedited')::int AS b,
           count(*) FILTER (WHERE kind = 'restored')::int AS c
      FROM (
        SELECT date_trunc(${unit}, ci."expeditedAt") AS bucket, 'expedited' AS kind
          FROM ${items}
         WHERE ci."expeditedAt" >= ${from} AND ci."expeditedAt" < ${to} AND ${scope}
        UNION ALL
        SELECT date_trunc(${unit}, ci."decidedAt"), 'reviewed'
          FROM ${items}
         WHERE ci."decidedAt" >= ${from} AND ci."decidedAt" < ${to} AND ci."decidedById" IS NOT NULL
           AND NOT ci.expedited AND ci.status IN ${REMOVAL_STATUSES} AND ${scope}
        UNION ALL
        SELECT date_trunc(${unit}, ci."restoredAt"), 'restored'
          FROM ${items}
         WHERE ci."restoredAt" >= ${from} AND ci."restoredAt" < ${to} AND ${scope}
      ) t
     GROUP BY bucket`;
}

function takedownTable(range: PeriodRange, rows: readonly BucketRow[]): DashboardTable {
  const table = seriesTable(range, rows, ['removedAfterReview', 'removedExpedited', 'restored']);
  const sum = (i: number) => table.rows.reduce((s, r) => s + Number(r[i]), 0);
  return { ...table, summary: { removed: sum(1) + sum(2), restored: sum(3) } };
}

/**
 * Counter-notices filed, and decided: columns bucket, a (filed), b (listing restored),
 * c (removal upheld). `joins` narrows CounterNotice `cn` to the scope's.
 */
function counterNoticeCounts(joins: Prisma.Sql, scope: Prisma.Sql, range: PeriodRange): Prisma.Sql {
  const unit = unitSql(range);
  const { from, to } = range;
  return Prisma.sql`
    SELECT bucket,
           count(*) FILTER (WHERE kind = 'filed')::int AS a,
           count(*) FILTER (WHERE kind = 'RESTORED')::int AS b,
           count(*) FILTER (WHERE kind = 'UPHELD')::int AS c
      FROM (
        SELECT date_trunc(${unit}, cn."createdAt") AS bucket, 'filed' AS kind
          FROM "CounterNotice" cn ${joins}
         WHERE cn."createdAt" >= ${from} AND cn."createdAt" < ${to} AND ${scope}
        UNION ALL
        SELECT date_trunc(${unit}, cn."decidedAt"), cn.status::text
          FROM "CounterNotice" cn ${joins}
         WHERE cn.status IN ('RESTORED', 'UPHELD') AND cn."decidedAt" >= ${from} AND cn."decidedAt" < ${to} AND ${scope}
      ) t
     GROUP BY bucket`;
}

/** Rows with positional columns a, b, c (one statement's series share them) as bucket rows under the chart's keys. */
function named(rows: readonly { bucket: Date | null; a: number; b: number; c: number | null }[], keys: readonly string[]): BucketRow[] {
  return rows.map((r) => ({ bucket: r.bucket as Date, ...Object.fromEntries(keys.map((key, i) => [key, [r.a, r.b, r.c][i] ?? 0])) }));
}

function counterNoticeTable(range: PeriodRange, rows: readonly BucketRow[]): DashboardTable {
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
  return decisionTable(range, rows);
}

/** The decisions table from per-bucket rows and the whole period's row (bucket null). */
function decisionTable(range: PeriodRange, rows: readonly DecisionRow[]): DashboardTable {
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
  /** The brands the organisation owns or files for (dashboardBrands): the accuracy table's rows. */
  brands: readonly DashboardBrand[];
  /** The brands the organisation owns (their claims count whoever filed them). */
  ownedBrandIds: readonly string[];
  /** One brand of the organisation's; omitted: all of them. */
  brandId?: string;
}

export interface DashboardBrand {
  id: string;
  name: string;
  tier: BrandTier;
  ownerOrganisationId: string;
}

/** The brands the organisation owns or files for (the brand filter's options and the accuracy table's rows). */
export function dashboardBrands(prisma: Db, organisationId: string, now: Date): Promise<DashboardBrand[]> {
  return prisma.brand.findMany({
    where: brandsActableBy(organisationId, now),
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, tier: true, ownerOrganisationId: true },
  });
}

/** The scope of an organisation's brand dashboard, from its brands (dashboardBrands). */
export function brandScopeOf(organisationId: string, brands: readonly DashboardBrand[], brandId?: string): BrandScope {
  return {
    organisationId,
    brands,
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

type BrandSeriesChart = 'claims' | 'decisions' | 'takedowns' | 'counterNotices';

/** One row of brandSeries: its chart, its bucket, and that chart's figures in positional columns. */
interface BrandSeriesRow {
  chart: BrandSeriesChart;
  bucket: Date | null;
  a: number;
  b: number;
  c: number | null;
  d: number | null;
  e: number | null;
  median: number | null;
  p90: number | null;
}

/**
 * The brand dashboard's four series in ONE statement: the scope's claims and items are read
 * once (a materialized CTE) and every series is grouped from them. Run as four statements,
 * each went back to the same claims and items through the indexes; on PGlite, whose buffer
 * cache is small, they evicted each other's pages and the page took 1.8× the sum of its
 * statements timed alone (docs/benchmarks.md). Takedowns and counter-notices are counted by
 * the seller dashboard's builders (takedownCounts, counterNoticeCounts) over these rows; the
 * decisions as decisionSeries counts them; the tables are built by the same functions.
 */
async function brandSeries(prisma: Db, scope: BrandScope, range: PeriodRange): Promise<Record<BrandSeriesChart, DashboardTable>> {
  const unit = unitSql(range);
  const { from, to } = range;
  const inRange = (column: Prisma.Sql) => Prisma.sql`${column} >= ${from} AND ${column} < ${to}`;
  const rows = await prisma.$queryRaw<BrandSeriesRow[]>`
    WITH scoped AS MATERIALIZED (
      -- Under ClaimItem's column names, so takedownCounts reads these rows as it reads ClaimItem.
      SELECT ci.id, ci.status, ci.expedited, ci."decidedAt", ci."decidedById", ci."expeditedAt", ci."restoredAt",
             c.id AS "claimId", c."submittedAt", COALESCE(ci."dueAt", c."dueAt") AS "dueAt"
        FROM "Claim" c
        LEFT JOIN "ClaimItem" ci ON ci."claimId" = c.id
       WHERE ${brandScopeSql(scope)}
         -- Only rows with something in the period: a large brand's older history is not kept.
         AND (${inRange(Prisma.sql`c."submittedAt"`)} OR ${inRange(Prisma.sql`ci."decidedAt"`)}
              OR ${inRange(Prisma.sql`ci."expeditedAt"`)} OR ${inRange(Prisma.sql`ci."restoredAt"`)}
              OR ci.id IN (SELECT cn."claimItemId" FROM "CounterNotice" cn
                            WHERE ${inRange(Prisma.sql`cn."createdAt"`)} OR ${inRange(Prisma.sql`cn."decidedAt"`)}))
    )
    SELECT 'claims' AS chart, date_trunc(${unit}, "submittedAt") AS bucket,
           count(DISTINCT "claimId")::int AS a, count(id)::int AS b,
           NULL::int AS c, NULL::int AS d, NULL::int AS e, NULL::float8 AS median, NULL::float8 AS p90
      FROM scoped WHERE ${inRange(Prisma.sql`"submittedAt"`)}
     GROUP BY 2
    UNION ALL
    SELECT 'decisions', date_trunc(${unit}, "decidedAt"),
           count(*)::int,
           count(*) FILTER (WHERE status IN ${REMOVAL_STATUSES})::int,
           count(*) FILTER (WHERE status = 'REJECTED')::int,
           count(*) FILTER (WHERE "dueAt" IS NOT NULL)::int,
           count(*) FILTER (WHERE "decidedAt" <= "dueAt")::int,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("decidedAt" - "submittedAt")) / 3600.0),
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM ("decidedAt" - "submittedAt")) / 3600.0)
      FROM scoped WHERE "decidedById" IS NOT NULL AND ${inRange(Prisma.sql`"decidedAt"`)}
     GROUP BY GROUPING SETS ((date_trunc(${unit}, "decidedAt")), ())
    UNION ALL
    SELECT 'takedowns', bucket, a, b, c, NULL, NULL, NULL, NULL
      FROM (${takedownCounts(Prisma.sql`scoped ci`, Prisma.sql`TRUE`, range)}) takedowns
    UNION ALL
    SELECT 'counterNotices', bucket, a, b, c, NULL, NULL, NULL, NULL
      FROM (${counterNoticeCounts(Prisma.sql`JOIN scoped ci ON ci.id = cn."claimItemId"`, Prisma.sql`TRUE`, range)}) notices`;
  const of = (chart: BrandSeriesChart) => rows.filter((r) => r.chart === chart);
  return {
    claims: claimsTable(range, named(of('claims'), ['claims', 'items'])),
    decisions: decisionTable(
      range,
      of('decisions').map((r) => ({
        bucket: r.bucket as Date,
        decided: r.a,
        removed: r.b,
        rejected: r.c ?? 0,
        withDue: r.d ?? 0,
        withinSla: r.e ?? 0,
        median: r.median,
        p90: r.p90,
      })),
    ),
    takedowns: takedownTable(range, named(of('takedowns'), ['removedAfterReview', 'removedExpedited', 'restored'])),
    counterNotices: counterNoticeTable(range, named(of('counterNotices'), ['filed', 'restored', 'upheld'])),
  };
}

function claimsTable(range: PeriodRange, rows: readonly BucketRow[]): DashboardTable {
  const table = seriesTable(range, rows, ['claims', 'items']);
  const sum = (i: number) => table.rows.reduce((s, r) => s + Number(r[i]), 0);
  return { ...table, summary: { claims: sum(1), items: sum(2) } };
}

/** Accuracy, tier and distance to the trusted thresholds per brand, over the policy's window (not the period). */
async function brandAccuracy(prisma: Db, scope: BrandScope, _range: PeriodRange, now: Date): Promise<DashboardTable> {
  const policy = await readPolicy(prisma);
  const shown = scope.brandId ? scope.brands.filter((b) => b.id === scope.brandId) : scope.brands;
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
/** One chart of the brand dashboard (the CSV export): a series comes from brandSeries with its siblings. */
export const BRAND_CHARTS: Record<BrandChart, Loader<BrandScope>> = {
  claims: async (prisma, scope, range) => (await brandSeries(prisma, scope, range)).claims,
  decisions: async (prisma, scope, range) => (await brandSeries(prisma, scope, range)).decisions,
  takedowns: async (prisma, scope, range) => (await brandSeries(prisma, scope, range)).takedowns,
  counterNotices: async (prisma, scope, range) => (await brandSeries(prisma, scope, range)).counterNotices,
  accuracy: brandAccuracy,
};

/** The whole brand dashboard: its four series in one statement, then the accuracy table. */
export async function brandDashboard(prisma: Db, scope: BrandScope, range: PeriodRange, now: Date): Promise<Record<BrandChart, DashboardTable>> {
  const series = await brandSeries(prisma, scope, range);
  return { ...series, accuracy: await brandAccuracy(prisma, scope, range, now) };
}

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

export interface SellerHeadline {
  activeStrikes: number;
  liveGrants: number;
  expiringGrants: number;
}

type SellerSeriesChart = 'strikes' | 'takedowns' | 'counterNotices';

/**
 * The seller dashboard's headline and three series in ONE statement over the organisation's
 * stores (brandSeries says why one): strikes per bucket by what became of them, listings taken
 * down and restored, counter-notices filed and decided; and the headline: strikes active now,
 * grants live now and those ending within 30 days.
 */
async function sellerSeries(prisma: Db, scope: SellerScope, range: PeriodRange, now: Date) {
  const unit = unitSql(range);
  const soon = new Date(now.getTime() + 30 * 86_400_000);
  const mine = Prisma.sql`s."sellerOrganisationId" = ${scope.organisationId}`;
  // An active strike past its expiry is expired, whether or not the expiry job has run yet.
  const rows = await prisma.$queryRaw<{ chart: SellerSeriesChart | 'headline'; bucket: Date | null; a: number; b: number; c: number | null }[]>`
    SELECT 'strikes' AS chart, date_trunc(${unit}, st."createdAt") AS bucket,
           count(*) FILTER (WHERE st.status = 'ACTIVE' AND st."expiresAt" > ${now})::int AS a,
           count(*) FILTER (WHERE st.status = 'EXPIRED' OR (st.status = 'ACTIVE' AND st."expiresAt" <= ${now}))::int AS b,
           count(*) FILTER (WHERE st.status = 'WITHDRAWN')::int AS c
      FROM "Strike" st JOIN "Store" s ON s.id = st."storeId"
     WHERE st."createdAt" >= ${range.from} AND st."createdAt" < ${range.to} AND ${mine}
     GROUP BY 2
    UNION ALL
    SELECT 'takedowns', * FROM (${takedownCounts(Prisma.sql`"ClaimItem" ci JOIN "Listing" l ON l.id = ci."listingId" JOIN "Store" s ON s.id = l."storeId"`, mine, range)}) takedowns
    UNION ALL
    SELECT 'counterNotices', * FROM (${counterNoticeCounts(Prisma.sql`JOIN "Store" s ON s.id = cn."storeId"`, mine, range)}) notices
    UNION ALL
    SELECT 'headline', NULL,
           (SELECT count(*) FROM "Strike" st JOIN "Store" s ON s.id = st."storeId"
             WHERE ${mine} AND st.status = 'ACTIVE' AND st."expiresAt" > ${now})::int,
           (SELECT count(*) FROM "SellingGrant" g JOIN "Store" s ON s.id = g."storeId"
             WHERE ${mine} AND g.status = 'ACTIVE' AND g."expiresAt" > ${now})::int,
           (SELECT count(*) FROM "SellingGrant" g JOIN "Store" s ON s.id = g."storeId"
             WHERE ${mine} AND g.status = 'ACTIVE' AND g."expiresAt" > ${now} AND g."expiresAt" <= ${soon})::int`;
  const of = (chart: SellerSeriesChart) => rows.filter((r) => r.chart === chart);
  const head = rows.find((r) => r.chart === 'headline');
  const headline: SellerHeadline = { activeStrikes: head?.a ?? 0, liveGrants: head?.b ?? 0, expiringGrants: head?.c ?? 0 };
  return {
    headline,
    strikes: seriesTable(range, named(of('strikes'), ['active', 'expired', 'withdrawn']), ['active', 'expired', 'withdrawn']),
    takedowns: takedownTable(range, named(of('takedowns'), ['removedAfterReview', 'removedExpedited', 'restored'])),
    counterNotices: counterNoticeTable(range, named(of('counterNotices'), ['filed', 'restored', 'upheld'])),
  };
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
/** One chart of the seller dashboard (the CSV export): a series comes from sellerSeries with its siblings. */
export const SELLER_CHARTS: Record<SellerChart, Loader<SellerScope>> = {
  strikes: async (prisma, scope, range, now) => (await sellerSeries(prisma, scope, range, now)).strikes,
  takedowns: async (prisma, scope, range, now) => (await sellerSeries(prisma, scope, range, now)).takedowns,
  counterNotices: async (prisma, scope, range, now) => (await sellerSeries(prisma, scope, range, now)).counterNotices,
  grants: sellerGrants,
};

/**
 * Every chart of a dashboard, one after another, as its page shows them. Not at once: each
 * aggregate already runs on every core PostgreSQL gives it (parallel workers), and sent together
 * on the pool's connections they only fought for the same cores (on the 2-core bench machine
 * the brand dashboard, then five statements, had a p95 of 570 ms at once against 372 ms in
 * turn; docs/benchmarks.md).
 * PGlite runs one statement at a time anyway.
 */
export async function loadCharts<S, C extends string>(
  charts: Record<C, Loader<S>>,
  prisma: Db,
  scope: S,
  range: PeriodRange,
  now: Date,
): Promise<Record<C, DashboardTable>> {
  const tables = {} as Record<C, DashboardTable>;
  for (const chart of Object.keys(charts) as C[]) tables[chart] = await charts[chart](prisma, scope, range, now);
  return tables;
}

/** The whole seller dashboard: the headline and series in one statement, then the grants. */
export async function sellerDashboard(prisma: Db, scope: SellerScope, range: PeriodRange, now: Date) {
  const { headline, ...series } = await sellerSeries(prisma, scope, range, now);
  const charts: Record<SellerChart, DashboardTable> = { ...series, grants: await sellerGrants(prisma, scope, range, now) };
  return { headline, charts };
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
