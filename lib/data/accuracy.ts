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

interface CountsRow {
  key: string;
  decided: bigint;
  stood: bigint;
  removed: bigint;
  rejected: bigint;
  restored: bigint;
  withdrawn: bigint;
  expedited: bigint;
  overturned: bigint;
}

/**
 * FilingCounts per brand or filer over a window. The three time columns each have an index
 * (decidedAt, withdrawnAt, expeditedAt), so the scan is limited to items that did something
 * in the window.
 */
export async function filingCounts(db: Db | Tx, query: FilingCountsQuery): Promise<Map<string, FilingCounts>> {
  const { from, to } = query;
  if (query.ids && query.ids.length === 0) return new Map();
  const key = query.by === 'brand' ? Prisma.sql`c."brandId"` : Prisma.sql`c."filerOrganisationId"`;
  const only = query.ids ? Prisma.sql`AND ${key} IN (${Prisma.join(query.ids)})` : Prisma.empty;
  const decided = Prisma.sql`(ci."decidedById" IS NOT NULL AND ci."decidedAt" >= ${from} AND ci."decidedAt" < ${to})`;
  const rows = await db.$queryRaw<CountsRow[]>`
    SELECT ${key} AS key,
           count(*) FILTER (WHERE ${decided}) AS decided,
           count(*) FILTER (WHERE ${decided} AND ci.status = 'REMOVED') AS stood,
           count(*) FILTER (WHERE ${decided} AND ci.status IN ('REMOVED', 'RESTORED', 'WITHDRAWN')) AS removed,
           count(*) FILTER (WHERE ${decided} AND ci.status = 'REJECTED') AS rejected,
           count(*) FILTER (WHERE ${decided} AND ci.status = 'RESTORED') AS restored,
           count(*) FILTER (WHERE ci."withdrawnAt" >= ${from} AND ci."withdrawnAt" < ${to}) AS withdrawn,
           count(*) FILTER (WHERE ci."expeditedAt" >= ${from} AND ci."expeditedAt" < ${to}) AS expedited,
           count(*) FILTER (WHERE ${decided} AND ci.expedited AND ci.status = 'REJECTED') AS overturned
      FROM "ClaimItem" ci
      JOIN "Claim" c ON c.id = ci."claimId"
     WHERE ((ci."decidedAt" >= ${from} AND ci."decidedAt" < ${to})
            OR (ci."withdrawnAt" >= ${from} AND ci."withdrawnAt" < ${to})
            OR (ci."expeditedAt" >= ${from} AND ci."expeditedAt" < ${to}))
           ${only}
     GROUP BY 1`;
  return new Map(
    rows.map((r) => [
      r.key,
      {
        decided: Number(r.decided),
        stood: Number(r.stood),
        removed: Number(r.removed),
        rejected: Number(r.rejected),
        restored: Number(r.restored),
        withdrawn: Number(r.withdrawn),
        expedited: Number(r.expedited),
        overturned: Number(r.overturned),
      },
    ]),
  );
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
