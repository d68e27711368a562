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
  QUEUE_ORDER_BY,
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
async function queueCounts(prisma: Db, filters: QueueFilterValues, now: Date): Promise<QueueCounts> {
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  // Timestamps as ISO text cast to timestamp(3): the columns hold UTC without a zone.
  const at = now.toISOString();
  const soonAt = soon.toISOString();
  const tally = Prisma.sql`ci.status::text AS status,
           count(*)::int AS "all",
           (count(*) FILTER (WHERE ci."dueAt" < ${at}::timestamp(3)))::int AS overdue,
           (count(*) FILTER (WHERE ci."dueAt" >= ${at}::timestamp(3) AND ci."dueAt" < ${soonAt}::timestamp(3)))::int AS "dueSoon",
           (count(*) FILTER (WHERE ci."dueAt" >= ${soonAt}::timestamp(3)))::int AS later`;
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
 * One probe per brand (the LIMIT keeps PostgreSQL from turning the EXISTS into a join over
 * the whole queue): its first claim in the queue, by index [brandId, status], with a
 * waiting item, by index [status, claimId, dueAt]. A few milliseconds instead of a scan of
 * the queue (docs/benchmarks.md).
 */
async function queueBrandOptions(prisma: Db, chosen: string | undefined): Promise<{ id: string; name: string }[]> {
  return prisma.$queryRaw<{ id: string; name: string }[]>`
    SELECT b.id, b.name FROM "Brand" b
     WHERE ${chosen ? Prisma.sql`b.id = ${chosen} OR` : Prisma.empty} EXISTS (
             SELECT 1 FROM "Claim" c
              WHERE c."brandId" = b.id
                AND c.status IN (${Prisma.join(CLAIM_STATUSES_IN_QUEUE.map((s) => Prisma.sql`${s}::"ClaimStatus"`))})
                AND EXISTS (
                      SELECT 1 FROM "ClaimItem" ci
                       WHERE ci."claimId" = c.id
                         AND ci.status IN (${Prisma.join(QUEUE_STATUSES.map((s) => Prisma.sql`${s}::"ClaimItemStatus"`))}))
              LIMIT 1)
     ORDER BY b.name ASC, b.id ASC`;
}

export async function getReviewQueue(
  viewer: { role: Role },
  filters: QueueFilterValues,
  page: number,
  now = new Date(),
  pageSize = QUEUE_PAGE_SIZE,
): Promise<ReviewQueue> {
  assertReviewer(viewer);
  const prisma = await db();
  const where = queueWhere(filters, now);
  const counted = Promise.all([
    queueCounts(prisma, filters, now),
    queueBrandOptions(prisma, filters.brand),
  ]);
  // The rows of the requested page are read while the counts run; only a page past the
  // end (an old link) needs a second read, of the last page.
  const rowsOf = (p: number) =>
    prisma.claimItem.findMany({
      where,
      orderBy: QUEUE_ORDER_BY,
      ...pageSlice(p, pageSize),
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
  const requested = clampPage(page, Number.MAX_SAFE_INTEGER);
  const [[{ total, statusCounts, overdueCount }, brandOptions], requestedRows] = await Promise.all([counted, rowsOf(requested)]);
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
  /** The longest-waiting brands, oldest first. */
  oldestBrands: { id: string; name: string; ownerName: string; createdAt: Date; pendingRights: number }[];
}

/** What waits for a reviewer to verify before claims may rest on it. */
export async function getVerificationBacklog(viewer: { role: Role }): Promise<VerificationBacklog> {
  assertReviewer(viewer);
  const prisma = await db();
  const [pendingBrands, pendingRights, pendingAgencyAuthorizations, oldestBrands] = await Promise.all([
    prisma.brand.count({ where: { verificationStatus: 'PENDING' } }),
    prisma.right.count({ where: { status: 'PENDING' } }),
    prisma.agencyAuthorization.count({ where: { status: 'PENDING' } }),
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
  return {
    pendingBrands,
    pendingRights,
    pendingAgencyAuthorizations,
    oldestBrands: oldestBrands.map((b) => ({
      id: b.id,
      name: b.name,
      ownerName: b.ownerOrganisation.name,
      createdAt: b.createdAt,
      pendingRights: b._count.rights,
    })),
  };
}
