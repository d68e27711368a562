// The figures behind accuracy, tiers and abuse sanctions (definitions: lib/domain/accuracy.ts),
// counted from the claim items in one grouped query. Callers are the tier and abuse jobs, the
// dashboards and the transparency report; none of them store the figures.
import 'server-only';
import type { Db, Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import { NO_FILINGS, type FilingCounts } from '../domain/accuracy';

export type FilingGroup = 'brand' | 'filer';

export interface FilingCountsQuery {
  /** Group by the claim's brand, or by the organisation that filed it. */
  by: FilingGroup;
  /** The window: decisions, withdrawals and takedowns with from ≤ time < to. */
  from: Date;
  to: Date;
  /** Only these brands or filers; omitted: every one with activity in the window. */
  ids?: readonly string[];
}

/**
 * The statuses of a decided item that count as a removal (lib/domain/accuracy.ts "removed"):
 * standing, restored after a counter-notice, or withdrawn by the filer after the removal.
 */
export const REMOVAL_STATUSES = Prisma.sql`('REMOVED', 'RESTORED', 'WITHDRAWN')`;

/** A FilingCounts row as the database returns it (bigint counts). */
export interface FilingCountsColumns {
  decided: bigint;
  stood: bigint;
  removed: bigint;
  rejected: bigint;
  restored: bigint;
  withdrawn: bigint;
  expedited: bigint;
  overturned: bigint;
}

/** Decided by a reviewer within the window (the denominator of accuracy). */
export function decidedInWindow(from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`(ci."decidedById" IS NOT NULL AND ci."decidedAt" >= ${from} AND ci."decidedAt" < ${to})`;
}

/**
 * Items that did something in the window: decided, withdrawn or taken down at once. The three
 * time columns each have an index (decidedAt, withdrawnAt, expeditedAt), so a scan under this
 * condition reads only those items.
 */
export function filingActivityInWindow(from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`((ci."decidedAt" >= ${from} AND ci."decidedAt" < ${to})
            OR (ci."withdrawnAt" >= ${from} AND ci."withdrawnAt" < ${to})
            OR (ci."expeditedAt" >= ${from} AND ci."expeditedAt" < ${to}))`;
}

/**
 * The FilingCounts aggregates of ClaimItem `ci` over the window, as SELECT columns named after
 * FilingCounts' fields. The one definition of the figures in SQL: filingCounts and the
 * transparency report (lib/data/transparency.ts) both select these.
 */
export function filingCountsColumns(from: Date, to: Date): Prisma.Sql {
  const decided = decidedInWindow(from, to);
  return Prisma.sql`count(*) FILTER (WHERE ${decided}) AS decided,
           count(*) FILTER (WHERE ${decided} AND ci.status = 'REMOVED') AS stood,
           count(*) FILTER (WHERE ${decided} AND ci.status IN ${REMOVAL_STATUSES}) AS removed,
           count(*) FILTER (WHERE ${decided} AND ci.status = 'REJECTED') AS rejected,
           count(*) FILTER (WHERE ${decided} AND ci.status = 'RESTORED') AS restored,
           count(*) FILTER (WHERE ci."withdrawnAt" >= ${from} AND ci."withdrawnAt" < ${to}) AS withdrawn,
           count(*) FILTER (WHERE ci."expeditedAt" >= ${from} AND ci."expeditedAt" < ${to}) AS expedited,
           count(*) FILTER (WHERE ${decided} AND ci.expedited AND ci.status = 'REJECTED') AS overturned`;
}

/** FilingCounts from a row selected with filingCountsColumns. */
export function filingCountsOfRow(row: FilingCountsColumns): FilingCounts {
  return {
    decided: Number(row.decided),
    stood: Number(row.stood),
    removed: Number(row.removed),
    rejected: Number(row.rejected),
    restored: Number(row.restored),
    withdrawn: Number(row.withdrawn),
    expedited: Number(row.expedited),
    overturned: Number(row.overturned),
  };
}

/** FilingCounts per brand or filer over a window, in one grouped query. */
export async function filingCounts(db: Db | Tx, query: FilingCountsQuery): Promise<Map<string, FilingCounts>> {
  const { from, to } = query;
  if (query.ids && query.ids.length === 0) return new Map();
  const key = query.by === 'brand' ? Prisma.sql`c."brandId"` : Prisma.sql`c."filerOrganisationId"`;
  const only = query.ids ? Prisma.sql`AND ${key} IN (${Prisma.join(query.ids)})` : Prisma.empty;
  const rows = await db.$queryRaw<({ key: string } & FilingCountsColumns)[]>`
    SELECT ${key} AS key, ${filingCountsColumns(from, to)}
      FROM "ClaimItem" ci
      JOIN "Claim" c ON c.id = ci."claimId"
     WHERE ${filingActivityInWindow(from, to)}
           ${only}
     GROUP BY 1`;
  return new Map(rows.map((r) => [r.key, filingCountsOfRow(r)]));
}

/** One brand's or filer's figures over the window (zeros when it did nothing). */
export async function filingCountsOf(db: Db | Tx, by: FilingGroup, id: string, from: Date, to: Date): Promise<FilingCounts> {
  return (await filingCounts(db, { by, from, to, ids: [id] })).get(id) ?? { ...NO_FILINGS };
}

/** The window ending at `now` that the policy's accuracy figures use. */
export function accuracyWindow(now: Date, windowDays: number): { from: Date; to: Date } {
  // The end is exclusive; a decision made at this very millisecond still counts.
  return { from: new Date(now.getTime() - windowDays * 86_400_000), to: new Date(now.getTime() + 1) };
}
