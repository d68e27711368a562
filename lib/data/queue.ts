// The reviewer queue: every organisation's claim items still waiting for a decision.
// Reviewers are marketplace staff, so the queue is scoped by role (the policy table's
// queue.view), not by organisation; the check is repeated here so no other caller can
// read the queue by mistake.
import 'server-only';
import { forbidden } from 'next/navigation';
import { db, type Db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { ClaimStatus, type BrandTier, type ClaimItemStatus, type InfringementType, type ListingStatus, type Role, type StoreStatus } from '../generated/prisma/enums';
import { can } from '../authz/policy';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import {
  CLAIM_STATUSES_OUT_OF_QUEUE,
  DUE_SOON_MS,
  OPEN_CLAIM_STATUSES,
  QUEUE_STATUSES,
  SLA_RUNNING_STATUSES,
  dueFilterWindow,
  queueCountsFrom,
  type DueFilter,
  type QueueCounts,
  type QueueStatus,
  type QueueStatusTally,
} from '../domain/queue';

export const QUEUE_PAGE_SIZE = 25;

export interface QueueFilterValues {
  brand?: string | undefined;
  type?: InfringementType | undefined;
  status?: QueueStatus | undefined;
  due?: DueFilter | undefined;
}

function assertReviewer(viewer: { role: Role }): void {
  if (!can(viewer.role, 'queue.view')) forbidden();
}

/** The queue's where clause; `ignore` leaves one filter out (for that filter's own counts). */
export function queueWhere(filters: QueueFilterValues, now: Date, ignore?: 'status' | 'due'): Prisma.ClaimItemWhereInput {
  const status = ignore === 'status' ? undefined : filters.status;
  const due = ignore === 'due' ? undefined : filters.due;
  let statuses: readonly ClaimItemStatus[] = status ? [status] : QUEUE_STATUSES;
  const and: Prisma.ClaimItemWhereInput[] = [];
  if (due) {
    // A due-time filter only makes sense while the SLA clock runs (see classifyDue).
    statuses = statuses.filter((s) => (SLA_RUNNING_STATUSES as readonly string[]).includes(s));
    const window = dueFilterWindow(due, now);
    and.push({ dueAt: { ...(window.from ? { gte: window.from } : {}), ...(window.before ? { lt: window.before } : {}) } });
  }
  return {
    status: { in: [...statuses] },
    claim: {
      status: { notIn: [...CLAIM_STATUSES_OUT_OF_QUEUE] },
      ...(filters.brand ? { brandId: filters.brand } : {}),
    },
    ...(filters.type ? { infringementType: filters.type } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

export interface QueueRow {
  id: string;
  status: ClaimItemStatus;
  infringementType: InfringementType;
  priority: number;
  dueAt: Date | null;
  createdAt: Date;
  expedited: boolean;
  claim: { id: string; reference: string; brand: { id: string; name: string; tier: BrandTier } };
  listing: {
    id: string;
    externalId: string;
    title: string;
    priceCents: number;
    currency: string;
    status: ListingStatus;
    store: { id: string; name: string; status: StoreStatus };
  };
}

export interface ReviewQueue extends Paged<QueueRow> {
  /** Items per queue status under the other filters. */
  statusCounts: Record<QueueStatus, number>;
  /** Overdue items under the other filters. */
  overdueCount: number;
  /** Brands a reviewer can filter by: those with items in the queue, plus the one chosen. */
  brandOptions: { id: string; name: string }[];
}

// Claim statuses whose items may wait in the queue, as a list an index can seek (a NOT IN
// cannot): every status but the ones out of the queue.
const CLAIM_STATUSES_IN_QUEUE = Object.values(ClaimStatus).filter((s) => !(CLAIM_STATUSES_OUT_OF_QUEUE as readonly string[]).includes(s));

/** The columns of a QueueStatusTally, from the items aliased ci, grouped by ci.status. */
function queueTallySql(now: Date): Prisma.Sql {
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  // Timestamps as ISO text cast to timestamp(3): the columns hold UTC without a zone.
  const at = now.toISOString();
  const soonAt = soon.toISOString();
  return Prisma.sql`ci.status::text AS status,
           count(*)::int AS "all",
           (count(*) FILTER (WHERE ci."dueAt" < ${at}::timestamp(3)))::int AS overdue,
           (count(*) FILTER (WHERE ci."dueAt" >= ${at}::timestamp(3) AND ci."dueAt" < ${soonAt}::timestamp(3)))::int AS "dueSoon",
           (count(*) FILTER (WHERE ci."dueAt" >= ${soonAt}::timestamp(3)))::int AS later`;
}

/**
 * Every count of the queue page in ONE pass over the queue: per status, how many items and
 * how many overdue, due soon or later, under the brand and type filters; queueCountsFrom
 * turns that into the total, the per-status counts and the overdue count. Three Prisma
 * counts meant three scans, each joining every waiting item to its claim, together longer
 * than the page's own query (docs/benchmarks.md). The WHERE clause is queueWhere's without
 * status and due, which queueCountsFrom applies. Without a brand filter the waiting items
 * are read from the index [status, claimId, dueAt] alone and the few claims out of the
 * queue (drafts, withdrawn) from [status, id], left out by an anti-join; with one, from
 * the brand's claims.
 */
export async function queueCounts(prisma: Db, filters: QueueFilterValues, now: Date): Promise<QueueCounts> {
  const tally = queueTallySql(now);
  const waiting = Prisma.sql`ci.status IN (${Prisma.join(QUEUE_STATUSES.map((s) => Prisma.sql`${s}::"ClaimItemStatus"`))})`;
  const type = filters.type ? Prisma.sql`AND ci."infringementType" = ${filters.type}::"InfringementType"` : Prisma.empty;
  const tallies = filters.brand
    ? // One brand: from its claims in the queue (index [brandId, status]) to their waiting items.
      await prisma.$queryRaw<QueueStatusTally[]>`
        SELECT ${tally}
          FROM "Claim" c
          JOIN "ClaimItem" ci ON ci."claimId" = c.id
         WHERE c."brandId" = ${filters.brand}
           AND c.status IN (${Prisma.join(CLAIM_STATUSES_IN_QUEUE.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})
           AND ${waiting} ${type}
         GROUP BY ci.status`
    : // Every brand: the waiting items from the index alone, less those of drafts and withdrawn claims.
      await prisma.$queryRaw<QueueStatusTally[]>`
        SELECT ${tally}
          FROM "ClaimItem" ci
         WHERE ${waiting} ${type}
           AND NOT EXISTS (
                 SELECT 1 FROM "Claim" c
                  WHERE c.id = ci."claimId"
                    AND c.status IN (${Prisma.join(CLAIM_STATUSES_OUT_OF_QUEUE.map((s) => Prisma.sql`${s}::"ClaimStatus"`))}))
         GROUP BY ci.status`;
  return queueCountsFrom(tallies, filters);
}

/**
 * Brands a reviewer can filter by: those with an item in the queue, plus the one chosen.
 * One index probe per brand (index Claim[brandId, status]; the LIMIT keeps PostgreSQL from
 * turning the EXISTS into a join over the whole queue): does the brand have an open claim?
 * A claim's status is derived from its items (deriveClaimStatus, kept by every change of
 * an item), and an open claim is exactly one with an item in the queue
 * (tests/unit/claim-status-queue.test.ts holds the two together), so the probe need not
 * look at the items at all: on PGlite that made the options 5× cheaper (docs/benchmarks.md).
 */
export async function queueBrandOptions(prisma: Db, chosen: string | undefined): Promise<{ id: string; name: string }[]> {
  return prisma.$queryRaw<{ id: string; name: string }[]>`${brandOptionsSql(chosen)} ORDER BY b.name ASC, b.id ASC`;
}

/** queueBrandOptions' statement without its order (queueBrandPage aggregates it). */
function brandOptionsSql(chosen: string | undefined): Prisma.Sql {
  return Prisma.sql`
    SELECT b.id, b.name FROM "Brand" b
     WHERE ${chosen ? Prisma.sql`b.id = ${chosen} OR` : Prisma.empty} EXISTS (
             SELECT 1 FROM "Claim" c
              WHERE c."brandId" = b.id
                AND c.status IN (${Prisma.join(OPEN_CLAIM_STATUSES.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})
              LIMIT 1)`;
}

/** queueRows' statement, for the statuses and conditions it worked out. */
export function queueRowsSql(statuses: readonly ClaimItemStatus[], and: readonly Prisma.Sql[], slice: { skip: number; take: number }): Prisma.Sql {
  // The page's items first, joined after: written as one flat join, PGlite's planner
  // (PostgreSQL 17) hash-joins every listing before the LIMIT (scripts/bench/queue.ts).
  return Prisma.sql`
    SELECT ci.id, ci.status::text AS status, ci."infringementType"::text AS "infringementType", ci.priority, ci."dueAt", ci."createdAt", ci.expedited,
           c.id AS "claimId", c.reference, b.id AS "brandId", b.name AS "brandName", b.tier::text AS tier,
           l.id AS "listingId", l."externalId", l.title, l."priceCents", l.currency, l.status::text AS "listingStatus",
           s.id AS "storeId", s.name AS "storeName", s.status::text AS "storeStatus"
      FROM (SELECT ci.id, ci.status, ci."infringementType", ci.priority, ci."dueAt", ci."createdAt", ci.expedited, ci."claimId", ci."listingId"
              FROM "ClaimItem" ci
              JOIN "Claim" c ON c.id = ci."claimId"
             WHERE ci.status IN (${Prisma.join(statuses.map((s) => Prisma.sql`${s}::"ClaimItemStatus"`))})
               AND c.status NOT IN (${Prisma.join(CLAIM_STATUSES_OUT_OF_QUEUE.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})
               ${and.length ? Prisma.join(and, ' ') : Prisma.empty}
             ORDER BY ci.priority DESC, ci."dueAt" ASC NULLS LAST, ci."createdAt" ASC, ci.id ASC
             LIMIT ${slice.take} OFFSET ${slice.skip}) ci
      JOIN "Claim" c ON c.id = ci."claimId"
      JOIN "Brand" b ON b.id = c."brandId"
      JOIN "Listing" l ON l.id = ci."listingId"
      JOIN "Store" s ON s.id = l."storeId"
     ORDER BY ci.priority DESC, ci."dueAt" ASC NULLS LAST, ci."createdAt" ASC, ci.id ASC`;
}

/** One row of queueRows' statement: the item and its claim, brand, listing and store, flat. */
interface QueueRowRecord {
  id: string;
  status: ClaimItemStatus;
  infringementType: InfringementType;
  priority: number;
  dueAt: Date | null;
  createdAt: Date;
  expedited: boolean;
  claimId: string;
  reference: string;
  brandId: string;
  brandName: string;
  tier: BrandTier;
  listingId: string;
  externalId: string;
  title: string;
  priceCents: number;
  currency: string;
  listingStatus: ListingStatus;
  storeId: string;
  storeName: string;
  storeStatus: StoreStatus;
}

/**
 * The rows of one page of the queue in ONE statement: the page's items picked by the items
 * and their claims alone (queueWhere's filters, the QUEUE_ORDER_BY order, the slice), then
 * joined to their claim, brand, listing and store. Prisma's relation loading read the same
 * rows in five round trips (items, claims, brands, listings, stores), which on the filtered
 * page cost more than the query itself (docs/benchmarks.md). Every filter is written out
 * here as in queueWhere, and tests/integration/queue-rows.test.ts compares the two, filter
 * by filter; a filter this function does not know would be a type error, never ignored.
 */
/** The queue filters as SQL over the items (ci) and their claims (c), split as queueWhere applies them. */
interface QueueConditions {
  /** Item statuses listed: the status filter, narrowed by a due filter to running clocks; may be empty. */
  statuses: readonly ClaimItemStatus[];
  /** Brand and type: what the counts keep. */
  brandAndType: Prisma.Sql[];
  /** The due window: what the counts split by instead. */
  dueWindow: Prisma.Sql[];
}

function queueConditions(filters: QueueFilterValues, now: Date): QueueConditions {
  const { brand, type, status, due, ...unknown } = filters;
  // A filter added to QueueFilterValues but not written out here is a type error (and,
  // from an untyped caller, an error at run time): never a filter silently dropped.
  const none: Record<string, never> = unknown;
  if (Object.keys(none).length) throw new Error(`Unknown queue filters: ${Object.keys(none).join(', ')}`);
  let statuses: readonly ClaimItemStatus[] = status ? [status] : QUEUE_STATUSES;
  const brandAndType: Prisma.Sql[] = [];
  const dueWindow: Prisma.Sql[] = [];
  if (brand) brandAndType.push(Prisma.sql`AND c."brandId" = ${brand}`);
  if (type) brandAndType.push(Prisma.sql`AND ci."infringementType" = ${type}::"InfringementType"`);
  if (due) {
    // As in queueWhere: a due-time filter selects only items whose SLA clock runs.
    statuses = statuses.filter((s) => (SLA_RUNNING_STATUSES as readonly string[]).includes(s));
    const window = dueFilterWindow(due, now);
    // Timestamps as ISO text cast to timestamp(3): the columns hold UTC without a zone.
    if (window.from) dueWindow.push(Prisma.sql`AND ci."dueAt" >= ${window.from.toISOString()}::timestamp(3)`);
    if (window.before) dueWindow.push(Prisma.sql`AND ci."dueAt" < ${window.before.toISOString()}::timestamp(3)`);
  }
  return { statuses, brandAndType, dueWindow };
}

const itemStatusList = (statuses: readonly ClaimItemStatus[]) => Prisma.join(statuses.map((s) => Prisma.sql`${s}::"ClaimItemStatus"`));
const claimStatusList = (statuses: readonly ClaimStatus[]) => Prisma.join(statuses.map((s) => Prisma.sql`${s}::"ClaimStatus"`));

function toQueueRow(r: QueueRowRecord): QueueRow {
  return {
    id: r.id,
    status: r.status,
    infringementType: r.infringementType,
    priority: r.priority,
    dueAt: r.dueAt,
    createdAt: r.createdAt,
    expedited: r.expedited,
    claim: { id: r.claimId, reference: r.reference, brand: { id: r.brandId, name: r.brandName, tier: r.tier } },
    listing: {
      id: r.listingId,
      externalId: r.externalId,
      title: r.title,
      priceCents: r.priceCents,
      currency: r.currency,
      status: r.listingStatus,
      store: { id: r.storeId, name: r.storeName, status: r.storeStatus },
    },
  };
}

/**
 * The rows of one page of the queue in ONE statement: the page's items picked by the items
 * and their claims alone (queueWhere's filters, the QUEUE_ORDER_BY order, the slice), then
 * joined to their claim, brand, listing and store. Prisma's relation loading read the same
 * rows in five round trips (items, claims, brands, listings, stores), which on the filtered
 * page cost more than the query itself (docs/benchmarks.md). Every filter is written out
 * here as in queueWhere, and tests/integration/queue-rows.test.ts compares the two, filter
 * by filter.
 */
export async function queueRows(viewer: { role: Role }, prisma: Db, filters: QueueFilterValues, now: Date, slice: { skip: number; take: number }): Promise<QueueRow[]> {
  assertReviewer(viewer);
  const { statuses, brandAndType, dueWindow } = queueConditions(filters, now);
  // No status left (a due filter on items whose clock is paused): nothing to list, as
  // Prisma's `in: []` would say — and `IN ()` is not SQL.
  if (statuses.length === 0) return [];
  const and = [...brandAndType, ...dueWindow];
  const records = await prisma.$queryRaw<QueueRowRecord[]>(queueRowsSql(statuses, and, slice));
  return records.map(toQueueRow);
}

/**
 * One brand's page of the queue and every count of it in ONE statement: the brand's
 * waiting items (under the type filter) are read once, from its claims, and both the
 * page's rows and the tally queueCountsFrom needs come from them. Separately, the counts
 * read the same items again: on PGlite, which runs one query at a time, that alone cost
 * as much as the rows (docs/benchmarks.md). Same rows as queueRows, same counts as
 * queueCounts (tests/integration/queue-rows.test.ts).
 */
export async function queueBrandPage(
  viewer: { role: Role },
  prisma: Db,
  filters: QueueFilterValues & { brand: string },
  now: Date,
  slice: { skip: number; take: number },
): Promise<{ rows: QueueRow[]; counts: QueueCounts; brandOptions: { id: string; name: string }[] }> {
  assertReviewer(viewer);
  const { statuses, brandAndType, dueWindow } = queueConditions(filters, now);
  const listed = statuses.length ? Prisma.sql`ci.status IN (${itemStatusList(statuses)})` : Prisma.sql`false`;
  const records = await prisma.$queryRaw<(Nullable<QueueRowRecord> & { tallies: QueueStatusTally[] | null; options: { id: string; name: string }[] | null })[]>`
    WITH base AS MATERIALIZED (
           SELECT ci.id, ci.status, ci."infringementType", ci.priority, ci."dueAt", ci."createdAt", ci.expedited, ci."claimId", ci."listingId"
             FROM "Claim" c
             JOIN "ClaimItem" ci ON ci."claimId" = c.id
            WHERE c.status IN (${claimStatusList(CLAIM_STATUSES_IN_QUEUE)})
              AND ci.status IN (${itemStatusList(QUEUE_STATUSES)})
              ${Prisma.join(brandAndType, ' ')}),
         tallies AS (
           SELECT json_agg(t) AS tallies FROM (SELECT ${queueTallySql(now)} FROM base ci GROUP BY ci.status) t),
         options AS (
           SELECT json_agg(o ORDER BY o.name, o.id) AS options FROM (${brandOptionsSql(filters.brand)}) o)
    SELECT t.tallies, o.options, p.*
      FROM tallies t
      CROSS JOIN options o
      LEFT JOIN LATERAL (
           SELECT ci.id, ci.status::text AS status, ci."infringementType"::text AS "infringementType", ci.priority, ci."dueAt", ci."createdAt", ci.expedited,
                  c.id AS "claimId", c.reference, b.id AS "brandId", b.name AS "brandName", b.tier::text AS tier,
                  l.id AS "listingId", l."externalId", l.title, l."priceCents", l.currency, l.status::text AS "listingStatus",
                  s.id AS "storeId", s.name AS "storeName", s.status::text AS "storeStatus"
             FROM (SELECT * FROM base ci
                    WHERE ${listed} ${dueWindow.length ? Prisma.join(dueWindow, ' ') : Prisma.empty}
                    ORDER BY ci.priority DESC, ci."dueAt" ASC NULLS LAST, ci."createdAt" ASC, ci.id ASC
                    LIMIT ${slice.take} OFFSET ${slice.skip}) ci
             JOIN "Claim" c ON c.id = ci."claimId"
             JOIN "Brand" b ON b.id = c."brandId"
             JOIN "Listing" l ON l.id = ci."listingId"
             JOIN "Store" s ON s.id = l."storeId") p ON true
     ORDER BY p.priority DESC, p."dueAt" ASC NULLS LAST, p."createdAt" ASC, p.id ASC`;
  const tallies = records[0]?.tallies ?? [];
  const brandOptions = records[0]?.options ?? [];
  const rows = records.filter((r): r is QueueRowRecord & { tallies: QueueStatusTally[] | null; options: { id: string; name: string }[] | null } => r.id !== null).map(toQueueRow);
  return { rows, counts: queueCountsFrom(tallies, filters), brandOptions };
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

export async function getReviewQueue(
  viewer: { role: Role },
  filters: QueueFilterValues,
  page: number,
  now = new Date(),
  pageSize = QUEUE_PAGE_SIZE,
): Promise<ReviewQueue> {
  assertReviewer(viewer);
  const prisma = await db();
  const requested = clampPage(page, Number.MAX_SAFE_INTEGER);
  const rowsOf = (p: number) => queueRows(viewer, prisma, filters, now, pageSlice(p, pageSize));
  const brand = filters.brand;
  // One brand: its rows, its counts and the brand filter's options in one statement (one
  // read of its items; on PGlite, which runs one statement at a time, every round trip
  // shows). Every brand: the counts in one pass over the index, the rows of the requested
  // page (in order, by the queue's index) and the options, side by side.
  const [{ total, statusCounts, overdueCount }, requestedRows, brandOptions] = brand
    ? await queueBrandPage(viewer, prisma, { ...filters, brand }, now, pageSlice(requested, pageSize)).then(
        ({ rows, counts, brandOptions }) => [counts, rows, brandOptions] as const,
      )
    : await Promise.all([queueCounts(prisma, filters, now), rowsOf(requested), queueBrandOptions(prisma, undefined)]);
  // Only a page past the end (an old link) needs a second read, of the last page.
  const pageCount = pageCountOf(total, pageSize);
  const current = clampPage(page, pageCount);
  const rows = current === requested ? requestedRows : await rowsOf(current);
  return { rows, total, page: current, pageSize, pageCount, statusCounts, overdueCount, brandOptions };
}

export const PENDING_BRANDS_SHOWN = 5;

export interface VerificationBacklog {
  pendingBrands: number;
  pendingRights: number;
  pendingAgencyAuthorizations: number;
  /** Stores' verification submissions waiting for a reviewer. */
  pendingStoreVerifications: number;
  /** The longest-waiting brands, oldest first. */
  oldestBrands: { id: string; name: string; ownerName: string; createdAt: Date; pendingRights: number }[];
}

/** One row of the backlog's statement: the three counts, and one of the oldest brands (or none). */
interface BacklogRecord {
  pendingBrands: number;
  pendingRights: number;
  pendingAgencyAuthorizations: number;
  pendingStoreVerifications: number;
  id: string | null;
  name: string | null;
  ownerName: string | null;
  createdAt: Date | null;
  brandPendingRights: number | null;
}

/**
 * What waits for a reviewer to verify before claims may rest on it, in ONE statement: the
 * three counts (each by its table's status index) beside the oldest pending brands with
 * their owner and pending rights. Three counts and a findMany with its relation and
 * _count were five round trips on every queue page (docs/benchmarks.md).
 */
export async function getVerificationBacklog(viewer: { role: Role }): Promise<VerificationBacklog> {
  assertReviewer(viewer);
  const prisma = await db();
  const records = await prisma.$queryRaw<BacklogRecord[]>`
    SELECT n."pendingBrands", n."pendingRights", n."pendingAgencyAuthorizations", n."pendingStoreVerifications",
           o.id, o.name, o."ownerName", o."createdAt", o."brandPendingRights"
      FROM (SELECT (SELECT count(*) FROM "Brand" WHERE "verificationStatus" = 'PENDING'::"VerificationStatus")::int AS "pendingBrands",
                   (SELECT count(*) FROM "Right" WHERE status = 'PENDING'::"RightStatus")::int AS "pendingRights",
                   (SELECT count(*) FROM "AgencyAuthorization" WHERE status = 'PENDING'::"VerificationStatus")::int AS "pendingAgencyAuthorizations",
                   (SELECT count(*) FROM "StoreVerification" WHERE status = 'PENDING'::"VerificationStatus")::int AS "pendingStoreVerifications") n
      LEFT JOIN LATERAL (
            SELECT b.id, b.name, org.name AS "ownerName", b."createdAt",
                   (SELECT count(*) FROM "Right" r WHERE r."brandId" = b.id AND r.status = 'PENDING'::"RightStatus")::int AS "brandPendingRights"
              FROM "Brand" b
              JOIN "Organisation" org ON org.id = b."ownerOrganisationId"
             WHERE b."verificationStatus" = 'PENDING'::"VerificationStatus"
             ORDER BY b."createdAt" ASC, b.id ASC
             LIMIT ${PENDING_BRANDS_SHOWN}) o ON true
     ORDER BY o."createdAt" ASC, o.id ASC`;
  const counts = records[0];
  if (!counts) throw new Error('The verification backlog query returned no row');
  return {
    pendingBrands: counts.pendingBrands,
    pendingRights: counts.pendingRights,
    pendingAgencyAuthorizations: counts.pendingAgencyAuthorizations,
    pendingStoreVerifications: counts.pendingStoreVerifications,
    oldestBrands: records.flatMap((r) =>
      r.id !== null && r.name !== null && r.ownerName !== null && r.createdAt !== null && r.brandPendingRights !== null
        ? [{ id: r.id, name: r.name, ownerName: r.ownerName, createdAt: r.createdAt, pendingRights: r.brandPendingRights }]
        : [],
    ),
  };
}
