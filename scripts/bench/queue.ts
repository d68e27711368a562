// Case 2: the reviewer queue page against the raw SQL of its main query.
//
// Subject: exactly the data-layer calls app/(portal)/review/page.tsx makes on the server for
// a reviewer (getReviewQueue with the page's filters and page number, and, as a reviewer may
// verify, getVerificationBacklog, in one Promise.all), through the application's Prisma
// client. Rendering and the session check are not in it.
// Floor: the page's main query (the rows of the page: same joins, WHERE, ORDER BY, LIMIT and
// OFFSET) as one raw SQL statement straight to the driver: the page's items picked first,
// then joined to their claim, brand, listing and store.
import type { QueueFilterValues } from '../../lib/data/queue';
import type { BenchDatabase } from './database';
import { timePair, type Timing } from './stats';

export const QUEUE_BOUND = 2;

export interface QueueCase {
  name: string;
  filters: QueueFilterValues;
  page: number;
}

export interface QueueResult {
  name: string;
  page: number;
  total: number;
  subject: Timing;
  floor: Timing;
  ratio: number;
}

/** The main query of the queue page, as raw SQL (EXPLAIN-able), with its parameters. */
export function rawQueueQuery(filters: QueueFilterValues, page: number, pageSize: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const and: string[] = [];
  if (filters.brand) {
    params.push(filters.brand);
    and.push(`AND c."brandId" = $${params.length}`);
  }
  if (filters.type) {
    params.push(filters.type);
    and.push(`AND ci."infringementType" = $${params.length}::"InfringementType"`);
  }
  if (filters.status || filters.due) throw new Error('The raw queue query covers the brand and type filters only');
  params.push(pageSize, (page - 1) * pageSize);
  // The page's rows are picked by the items and their claims alone, then joined to the
  // brand, listing and store: written as one flat join, PGlite's planner (PostgreSQL 17)
  // hash-joins all 1,000,000 listings before the LIMIT (5 s instead of 1 s), which would
  // make the "floor" slower than the page itself. PostgreSQL 15 plans both forms alike.
  const sql = `SELECT ci.id, ci.status, ci."infringementType", ci.priority, ci."dueAt", ci."createdAt", ci.expedited,
       c.id AS "claimId", c.reference, b.id AS "brandId", b.name AS "brandName", b.tier,
       l.id AS "listingId", l."externalId", l.title, l."priceCents", l.currency, l.status AS "listingStatus",
       s.id AS "storeId", s.name AS "storeName", s.status AS "storeStatus"
  FROM (SELECT ci.id, ci.status, ci."infringementType", ci.priority, ci."dueAt", ci."createdAt", ci.expedited, ci."claimId", ci."listingId"
          FROM "ClaimItem" ci
          JOIN "Claim" c ON c.id = ci."claimId"
         WHERE ci.status IN ('PENDING', 'IN_REVIEW', 'INFO_REQUESTED')
           AND c.status NOT IN ('DRAFT', 'WITHDRAWN')
           ${and.join(' ')}
         ORDER BY ci.priority DESC, ci."dueAt" ASC NULLS LAST, ci."createdAt" ASC, ci.id ASC
         LIMIT $${params.length - 1} OFFSET $${params.length}) ci
  JOIN "Claim" c ON c.id = ci."claimId"
  JOIN "Brand" b ON b.id = c."brandId"
  JOIN "Listing" l ON l.id = ci."listingId"
  JOIN "Store" s ON s.id = l."storeId"
 ORDER BY ci.priority DESC, ci."dueAt" ASC NULLS LAST, ci."createdAt" ASC, ci.id ASC`;
  return { sql, params };
}

export async function benchQueue(
  database: BenchDatabase,
  reviewer: { role: 'REVIEWER' },
  brandId: string,
  options: { warmup: number; runs: number; explain: boolean; log: (line: string) => void },
): Promise<QueueResult[]> {
  // Imported here, not at the top: the bench can run other cases without the Next modules.
  const { getReviewQueue, getVerificationBacklog, QUEUE_PAGE_SIZE } = await import('../../lib/data/queue');
  const now = new Date();
  const first = await getReviewQueue(reviewer, {}, 1, now);
  const deepPage = Math.max(1, Math.floor(first.pageCount * 0.9));
  const cases: QueueCase[] = [
    { name: 'first page', filters: {}, page: 1 },
    { name: 'brand + type filter', filters: { brand: brandId, type: 'COUNTERFEIT' }, page: 1 },
    { name: `deep page (${deepPage} of ${first.pageCount})`, filters: {}, page: deepPage },
  ];
  const results: QueueResult[] = [];
  for (const c of cases) {
    const raw = rawQueueQuery(c.filters, c.page, QUEUE_PAGE_SIZE);
    // The floor must be the same query: same rows in the same order.
    const pageRows = (await getReviewQueue(reviewer, c.filters, c.page, now)).rows.map((r) => r.id);
    const rawRows = (await database.query(raw.sql, raw.params)).rows.map((r) => r.id);
    if (JSON.stringify(pageRows) !== JSON.stringify(rawRows)) {
      throw new Error(`${database.label} queue "${c.name}": the raw query returned other rows than the page (${rawRows.length} vs ${pageRows.length})`);
    }
    const pageCall = () => Promise.all([getReviewQueue(reviewer, c.filters, c.page, new Date()), getVerificationBacklog(reviewer)]);
    const { subject, floor } = await timePair(pageCall, () => database.query(raw.sql, raw.params), options);
    const total = (await getReviewQueue(reviewer, c.filters, c.page, now)).total;
    results.push({ name: c.name, page: c.page, total, subject, floor, ratio: subject.p95 / floor.p95 });
    options.log(`  queue ${c.name}: page p50 ${subject.p50.toFixed(1)} / p95 ${subject.p95.toFixed(1)} ms, raw p50 ${floor.p50.toFixed(1)} / p95 ${floor.p95.toFixed(1)} ms (${total} items)`);
    if (options.explain) {
      const plan = await database.query(`EXPLAIN (ANALYZE, BUFFERS) ${raw.sql}`, raw.params);
      options.log(plan.rows.map((r) => `    ${String(Object.values(r)[0])}`).join('\n'));
    }
  }
  return results;
}
