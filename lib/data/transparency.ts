// The transparency report (DSA Art 15/24-style figures; issue 5, journey 7): what notices came
// in, what was done about them, how fast, how often it was contested and undone, which stores
// were closed, and how accurate the filers were. Each figure group is one aggregate query over
// indexed time columns (the groups read from the period's claim items share one: itemActivity);
// nothing is stored and nothing loops over rows. The public page,
// the JSON endpoint and the staff view all read this one function, so they show the same
// numbers. The exact definitions are the methodology note (messages/*/transparency.json,
// `methodology.*`); keep the two in step.
import 'server-only';
import type { Db, Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import { InfringementType, RemovalReason } from '../generated/prisma/enums';
import { accuracyOf, restoredShareOf } from '../domain/accuracy';
import {
  REMOVAL_STATUSES,
  decidedInWindow,
  filingActivityInWindow,
  filingCountsColumns,
  filingCountsOfRow,
  type FilingCountsColumns,
} from './accuracy';
import { readPolicy } from './policy';

export interface ReportRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

export type ReportAudience = 'public' | 'staff';

export interface FilerAccuracyRow {
  organisationId: string;
  name: string;
  decided: number;
  stood: number;
  removed: number;
  restored: number;
  accuracy: number | null;
  restoredShare: number | null;
  /** Below policy.transparencyMinFilerItems: shown to staff only. */
  belowThreshold: boolean;
}

export interface TransparencyReport {
  from: Date;
  to: Date;
  notices: {
    claims: number;
    items: number;
    byType: { type: InfringementType; claims: number; items: number }[];
  };
  actions: {
    decided: number;
    removed: number;
    rejected: number;
    /** Decisions on claims filed while the brand was trusted (Claim.trustedAtFiling). */
    decidedTrusted: number;
    /** Removals on claims filed while the brand was trusted. */
    removedTrusted: number;
    byReason: { reason: RemovalReason | null; removed: number; removedTrusted: number }[];
    byType: { type: InfringementType; decided: number; removed: number; rejected: number }[];
  };
  timeToAction: {
    decisions: number;
    /** Seconds from the claim's submission to the item's decision; null without decisions. */
    medianSeconds: number | null;
    p90Seconds: number | null;
  };
  expedited: { takedowns: number; awaitingReview: number; confirmed: number; overturned: number };
  counterNotices: { filed: number; restored: number; upheld: number; withdrawn: number; pending: number };
  stores: { closed: number; banned: number; stillClosed: number; banRecords: number; bansLifted: number };
  listingsRemoved: { total: number; claims: number; protectedBrand: number; closures: number };
  sanctions: { warnings: number; suspensions: number; lifted: number };
  filers: { minDecidedItems: number; rows: FilerAccuracyRow[] };
}

// Rows in the schema's enum order, so every report lists them the same way.
const INFRINGEMENT_TYPES_ORDER = Object.values(InfringementType);
const REMOVAL_REASONS_ORDER = Object.values(RemovalReason);

const n = (v: bigint | number | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
const nOrNull = (v: number | string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Notices received: claims submitted in the period and their items, by infringement type. The
 * items are counted per (claim, type) first, so each type's claims are a plain count of those
 * pairs (a hash aggregate) rather than a count(DISTINCT) that sorts every item of the period.
 */
export async function noticesReceived(db: Db | Tx, { from, to }: ReportRange): Promise<TransparencyReport['notices']> {
  const rows = await db.$queryRaw<{ type: InfringementType | null; claims: bigint; items: bigint }[]>`
    SELECT type, count(*) AS claims, sum(items) AS items
      FROM (SELECT ci."claimId", ci."infringementType" AS type, count(*) AS items
              FROM "Claim" c
              JOIN "ClaimItem" ci ON ci."claimId" = c.id
             WHERE c."submittedAt" >= ${from} AND c."submittedAt" < ${to}
             GROUP BY 1, 2) per_claim
     GROUP BY 1
    UNION ALL
    -- Every submitted claim has at least one item, so this is the claims the rows above count.
    SELECT NULL, count(*), NULL FROM "Claim" c WHERE c."submittedAt" >= ${from} AND c."submittedAt" < ${to}`;
  const byType = rows.filter((r) => r.type !== null);
  return {
    claims: n(rows.find((r) => r.type === null)?.claims),
    items: byType.reduce((sum, r) => sum + n(r.items), 0),
    byType: INFRINGEMENT_TYPES_ORDER.flatMap((type) => {
      const r = byType.find((row) => row.type === type);
      return r ? [{ type, claims: n(r.claims), items: n(r.items) }] : [];
    }),
  };
}

type ActivityRow = FilingCountsColumns & {
  reason: RemovalReason | null;
  type: InfringementType | null;
  filer: string | null;
  /** The filer's organisation name (filer rows only). */
  filer_name: string | null;
  g_reason: number;
  g_type: number;
  g_filer: number;
  decided_trusted: bigint;
  removed_trusted: bigint;
  awaiting: bigint;
  confirmed: bigint;
  median_s: number | null;
  p90_s: number | null;
};

/**
 * What reviewers and trusted brands did to claim items in the period, in ONE pass over the items
 * decided, withdrawn or taken down in it (the same scan lib/data/accuracy.ts filingCounts makes):
 * decisions by ground, by type and in total with the time to decision, the trusted share, the
 * expedited takedowns and their review, and each filer's FilingCounts. Grouping sets give the
 * ground, type, filer and whole-period rows from that one scan.
 */
async function itemActivity(db: Db | Tx, { from, to }: ReportRange) {
  const decided = decidedInWindow(from, to);
  const removal = Prisma.sql`${decided} AND ci.status IN ${REMOVAL_STATUSES}`;
  const taken = Prisma.sql`(ci."expeditedAt" >= ${from} AND ci."expeditedAt" < ${to})`;
  const seconds = Prisma.sql`extract(epoch FROM ci."decidedAt" - c."submittedAt")`;
  const rows = await db.$queryRaw<ActivityRow[]>`
    WITH activity AS (
    SELECT ci."removalReason" AS reason, ci."infringementType" AS type, c."filerOrganisationId" AS filer,
           GROUPING(ci."removalReason") AS g_reason, GROUPING(ci."infringementType") AS g_type,
           GROUPING(c."filerOrganisationId") AS g_filer,
           ${filingCountsColumns(from, to)},
           count(*) FILTER (WHERE ${decided} AND c."trustedAtFiling") AS decided_trusted,
           count(*) FILTER (WHERE ${removal} AND c."trustedAtFiling") AS removed_trusted,
           count(*) FILTER (WHERE ${taken} AND ci."decidedById" IS NULL) AS awaiting,
           count(*) FILTER (WHERE ${decided} AND ci.expedited AND ci.status <> 'REJECTED') AS confirmed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds}) FILTER (WHERE ${decided}) AS median_s,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds}) FILTER (WHERE ${decided}) AS p90_s
      FROM "ClaimItem" ci
      JOIN "Claim" c ON c.id = ci."claimId"
     WHERE ${filingActivityInWindow(from, to)}
     GROUP BY GROUPING SETS ((ci."removalReason"), (ci."infringementType"), (c."filerOrganisationId"), ())
    )
    SELECT a.*, o.name AS filer_name FROM activity a LEFT JOIN "Organisation" o ON o.id = a.filer`;
  const total = rows.find((r) => Number(r.g_reason) === 1 && Number(r.g_type) === 1 && Number(r.g_filer) === 1);
  return {
    total,
    reasons: rows.filter((r) => Number(r.g_reason) === 0 && n(r.removed) > 0),
    types: rows.filter((r) => Number(r.g_type) === 0 && n(r.decided) > 0),
    filers: rows
      .filter((r) => Number(r.g_filer) === 0 && r.filer !== null)
      .map((r) => ({ organisationId: r.filer!, name: r.filer_name ?? '', counts: filingCountsOfRow(r) })),
  };
}

type ItemActivity = Awaited<ReturnType<typeof itemActivity>>;

/** Decisions in the period: removals by ground and by type, the trusted share, and time to decision. */
function actionsTaken({ total, reasons, types }: ItemActivity): Pick<TransparencyReport, 'actions' | 'timeToAction'> {
  return {
    actions: {
      decided: n(total?.decided),
      removed: n(total?.removed),
      rejected: n(total?.rejected),
      decidedTrusted: n(total?.decided_trusted),
      removedTrusted: n(total?.removed_trusted),
      byReason: [...REMOVAL_REASONS_ORDER, null].flatMap((reason) => {
        const r = reasons.find((row) => row.reason === reason);
        return r ? [{ reason, removed: n(r.removed), removedTrusted: n(r.removed_trusted) }] : [];
      }),
      byType: INFRINGEMENT_TYPES_ORDER.flatMap((type) => {
        const r = types.find((row) => row.type === type);
        return r ? [{ type, decided: n(r.decided), removed: n(r.removed), rejected: n(r.rejected) }] : [];
      }),
    },
    timeToAction: { decisions: n(total?.decided), medianSeconds: nOrNull(total?.median_s), p90Seconds: nOrNull(total?.p90_s) },
  };
}

/** Expedited takedowns in the period, and the reviewer decisions on expedited items in it. */
function expeditedTakedowns({ total }: ItemActivity): TransparencyReport['expedited'] {
  return { takedowns: n(total?.expedited), awaitingReview: n(total?.awaiting), confirmed: n(total?.confirmed), overturned: n(total?.overturned) };
}

/** Counter-notices filed in the period, by where they stand now. */
export async function counterNoticeOutcomes(db: Db | Tx, { from, to }: ReportRange): Promise<TransparencyReport['counterNotices']> {
  const [r] = await db.$queryRaw<{ filed: bigint; restored: bigint; upheld: bigint; withdrawn: bigint }[]>`
    SELECT count(*) AS filed,
           count(*) FILTER (WHERE status = 'RESTORED') AS restored,
           count(*) FILTER (WHERE status = 'UPHELD') AS upheld,
           count(*) FILTER (WHERE status = 'WITHDRAWN') AS withdrawn
      FROM "CounterNotice"
     WHERE "createdAt" >= ${from} AND "createdAt" < ${to}`;
  const filed = n(r?.filed);
  const restored = n(r?.restored);
  const upheld = n(r?.upheld);
  const withdrawn = n(r?.withdrawn);
  return { filed, restored, upheld, withdrawn, pending: filed - restored - upheld - withdrawn };
}

/** Stores closed (and banned) by closures approved in the period; ban records issued and lifted in it. */
export async function storesClosed(db: Db | Tx, { from, to }: ReportRange): Promise<TransparencyReport['stores']> {
  const [r] = await db.$queryRaw<{ closed: bigint; banned: bigint; still_closed: bigint; ban_records: bigint; bans_lifted: bigint }[]>`
    SELECT count(*) FILTER (WHERE NOT p."includeBan") AS closed,
           count(*) FILTER (WHERE p."includeBan") AS banned,
           count(*) FILTER (WHERE s.status IN ('CLOSED', 'BANNED')) AS still_closed,
           (SELECT count(*) FROM "Ban" b WHERE b."createdAt" >= ${from} AND b."createdAt" < ${to}) AS ban_records,
           (SELECT count(*) FROM "Ban" b WHERE b."liftedAt" >= ${from} AND b."liftedAt" < ${to}) AS bans_lifted
      FROM "ClosureProposal" p
      JOIN "Store" s ON s.id = p."storeId"
     WHERE p.status = 'APPROVED' AND p."decidedAt" >= ${from} AND p."decidedAt" < ${to}`;
  return { closed: n(r?.closed), banned: n(r?.banned), stillClosed: n(r?.still_closed), banRecords: n(r?.ban_records), bansLifted: n(r?.bans_lifted) };
}

/**
 * Listings taken down in the period, by cause. Claim removals and protected-brand removals each
 * leave a statement of reasons per listing (DSA Art 17; claimItemId set for a claim); a closure
 * leaves one statement for the store and stamps every listing it takes down with the closure's
 * decision time. A listing taken down twice in the period counts once in the total.
 */
export async function listingsRemoved(db: Db | Tx, { from, to }: ReportRange): Promise<TransparencyReport['listingsRemoved']> {
  const [r] = await db.$queryRaw<{ total: bigint; claims: bigint; protected_brand: bigint; closures: bigint }[]>`
    WITH removals AS (
      SELECT s."listingId" AS listing_id, CASE WHEN s."claimItemId" IS NULL THEN 'protected' ELSE 'claim' END AS cause
        FROM "StatementOfReasons" s
       WHERE s.restriction = 'LISTING_REMOVAL' AND s."listingId" IS NOT NULL
         AND s."createdAt" >= ${from} AND s."createdAt" < ${to}
      UNION ALL
      SELECT l.id, 'closure'
        FROM "ClosureProposal" p
        JOIN "Listing" l ON l."storeId" = p."storeId" AND l."removedAt" = p."decidedAt"
       WHERE p.status = 'APPROVED' AND p."decidedAt" >= ${from} AND p."decidedAt" < ${to}
    )
    SELECT count(DISTINCT listing_id) AS total,
           count(DISTINCT listing_id) FILTER (WHERE cause = 'claim') AS claims,
           count(DISTINCT listing_id) FILTER (WHERE cause = 'protected') AS protected_brand,
           count(DISTINCT listing_id) FILTER (WHERE cause = 'closure') AS closures
      FROM removals`;
  return { total: n(r?.total), claims: n(r?.claims), protectedBrand: n(r?.protected_brand), closures: n(r?.closures) };
}

/** Filing sanctions (DSA Art 23) that started in the period, by kind, and those lifted in it. */
export async function sanctionsIssued(db: Db | Tx, { from, to }: ReportRange): Promise<TransparencyReport['sanctions']> {
  const [r] = await db.$queryRaw<{ warnings: bigint; suspensions: bigint; lifted: bigint }[]>`
    SELECT count(*) FILTER (WHERE kind = 'WARNING' AND "startsAt" >= ${from} AND "startsAt" < ${to}) AS warnings,
           count(*) FILTER (WHERE kind = 'SUSPENSION' AND "startsAt" >= ${from} AND "startsAt" < ${to}) AS suspensions,
           count(*) FILTER (WHERE "liftedAt" >= ${from} AND "liftedAt" < ${to}) AS lifted
      FROM "FilingSanction"
     WHERE ("startsAt" >= ${from} AND "startsAt" < ${to}) OR ("liftedAt" >= ${from} AND "liftedAt" < ${to})`;
  return { warnings: n(r?.warnings), suspensions: n(r?.suspensions), lifted: n(r?.lifted) };
}

/**
 * Per-filer accuracy over the period (lib/data/accuracy.ts), most decided first. The public
 * sees only filers with at least policy.transparencyMinFilerItems decided items; staff see
 * every filer, those below the threshold marked.
 */
function filerAccuracy(filers: ItemActivity['filers'], min: number, audience: ReportAudience): TransparencyReport['filers'] {
  const rows = filers
    .filter(({ counts: c }) => c.decided > 0 && (audience === 'staff' || c.decided >= min))
    .map(({ organisationId, name, counts: c }) => ({
      organisationId,
      name,
      decided: c.decided,
      stood: c.stood,
      removed: c.removed,
      restored: c.restored,
      accuracy: accuracyOf(c),
      restoredShare: restoredShareOf(c),
      belowThreshold: c.decided < min,
    }));
  rows.sort((a, b) => b.decided - a.decided || a.name.localeCompare(b.name) || a.organisationId.localeCompare(b.organisationId));
  return { minDecidedItems: min, rows };
}

/** The whole report for [from, to). */
export async function transparencyReport(db: Db | Tx, range: ReportRange, audience: ReportAudience = 'public'): Promise<TransparencyReport> {
  // One query per figure group, one after another. Each large aggregate already runs on every
  // core PostgreSQL gives it (parallel workers); sent at once on the pool's connections they only
  // fought for the same cores: on the 2-core bench machine the 30-day report's p95 was 1,136 ms
  // at once against 684 ms in turn (docs/benchmarks.md). PGlite runs one statement at a time anyway.
  const policy = await readPolicy(db);
  const notices = await noticesReceived(db, range);
  const activity = await itemActivity(db, range);
  const counterNotices = await counterNoticeOutcomes(db, range);
  const stores = await storesClosed(db, range);
  const removed = await listingsRemoved(db, range);
  const sanctions = await sanctionsIssued(db, range);
  const actions = actionsTaken(activity);
  const expedited = expeditedTakedowns(activity);
  const filers = filerAccuracy(activity.filers, policy.transparencyMinFilerItems, audience);
  return {
    from: range.from,
    to: range.to,
    notices,
    ...actions,
    expedited,
    counterNotices,
    stores,
    listingsRemoved: removed,
    sanctions,
    filers,
  };
}

/** The report as the JSON endpoint returns it (docs/transparency-api.md): plain numbers, ISO dates, shares as fractions. */
export function transparencyJson(report: TransparencyReport, period: { token: string }, generatedAt: Date) {
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return {
    period: {
      token: period.token,
      from: report.from.toISOString(),
      to: report.to.toISOString(),
      toExclusive: true,
    },
    generatedAt: generatedAt.toISOString(),
    notices: report.notices,
    actions: {
      ...report.actions,
      takedownRate: share(report.actions.removed, report.actions.decided),
      trustedTakedownRate: share(report.actions.removedTrusted, report.actions.decidedTrusted),
      trustedShare: share(report.actions.removedTrusted, report.actions.removed),
    },
    timeToAction: report.timeToAction,
    expedited: report.expedited,
    counterNotices: report.counterNotices,
    stores: report.stores,
    listingsRemoved: report.listingsRemoved,
    sanctions: report.sanctions,
    filers: {
      minDecidedItems: report.filers.minDecidedItems,
      rows: report.filers.rows.map((r) => ({
        name: r.name,
        decided: r.decided,
        stood: r.stood,
        removed: r.removed,
        restored: r.restored,
        accuracy: r.accuracy,
        restoredShare: r.restoredShare,
      })),
    },
  };
}
