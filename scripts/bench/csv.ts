// Case 3: bulk filing — a 10,000-row CSV of existing listings imported into a fresh DRAFT
// claim through the bulk path (lib/data/claim-bulk-import.ts), against the fastest raw
// insert of the same 10,000 ClaimItem rows into another fresh DRAFT claim, same database,
// same run: COPY … FROM '/dev/blob' on PGlite; on PostgreSQL one INSERT … SELECT FROM
// unnest(arrays) (pg has no COPY FROM STDIN without pg-copy-streams; the single-statement
// array insert is within a few percent of COPY at this size).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SessionUser } from '../../lib/auth/session';
import type { BenchDatabase } from './database';
import type { BenchScale } from './generate';

export const CSV_BOUND = 3;
export const CSV_ROWS = 10_000;

export interface CsvResult {
  rows: number;
  importMs: number;
  floorMs: number;
  floorKind: string;
  ratio: number;
}

const BULK_MODULE = path.resolve('lib/data/claim-bulk-import.ts');

/** The 10,000 listings the CSV names: existing listings of the bench brand's catalogue. */
function listingNumbers(scale: BenchScale): number[] {
  const rows = Math.min(CSV_ROWS, scale.listings);
  return Array.from({ length: rows }, (_, i) => i);
}

async function freshDraftClaim(database: BenchDatabase, agent: SessionUser, brandId: string, tag: string): Promise<string> {
  const claim = await database.prisma.claim.create({
    data: {
      reference: `BENCH-CSV-${tag}-${Date.now().toString(36)}`,
      brandId,
      filerOrganisationId: agent.organisationId,
      filedById: agent.id,
      status: 'DRAFT',
    },
    select: { id: true },
  });
  return claim.id;
}

async function rawInsert(database: BenchDatabase, claimId: string, listingIds: string[]): Promise<{ ms: number; kind: string }> {
  const now = new Date().toISOString();
  const ids = listingIds.map((_, i) => `${claimId.slice(0, 24)}${i.toString(16).padStart(12, '0')}`);
  if (database.pglite) {
    const csv = listingIds.map((listingId, i) => `${ids[i]},${claimId},${listingId},COUNTERFEIT,0,${now}`).join('\n') + '\n';
    const started = performance.now();
    await database.pglite.query(
      `COPY "ClaimItem" (id, "claimId", "listingId", "infringementType", priority, "updatedAt") FROM '/dev/blob' WITH (FORMAT csv)`,
      [],
      { blob: new Blob([csv]) },
    );
    return { ms: performance.now() - started, kind: 'COPY FROM /dev/blob' };
  }
  const started = performance.now();
  await database.query(
    `INSERT INTO "ClaimItem" (id, "claimId", "listingId", "infringementType", priority, "updatedAt")
     SELECT id, $2, "listingId", 'COUNTERFEIT', 0, $4::timestamp FROM unnest($1::text[], $3::text[]) AS t(id, "listingId")`,
    [ids, claimId, listingIds, now],
  );
  return { ms: performance.now() - started, kind: 'INSERT … unnest' };
}

export async function benchCsvImport(
  database: BenchDatabase,
  agent: SessionUser,
  options: { prefix: string; scale: BenchScale; brandId: string; log: (line: string) => void },
): Promise<CsvResult | null> {
  if (!existsSync(BULK_MODULE)) {
    options.log('  skipped: lib/data/claim-bulk-import.ts is not on this branch yet (merge branch bulk to measure it)');
    return null;
  }
  const numbers = listingNumbers(options.scale);
  const externalIds = numbers.map((n) => `${options.prefix}-L${n}`);
  const { rows } = await database.query(`SELECT id, "externalId" FROM "Listing" WHERE "externalId" = ANY($1::text[])`, [externalIds]);
  const idByExternal = new Map(rows.map((r) => [String(r.externalId), String(r.id)]));
  const listingIds = externalIds.map((e) => idByExternal.get(e)!);

  const floorClaim = await freshDraftClaim(database, agent, options.brandId, 'floor');
  const floor = await rawInsert(database, floorClaim, listingIds);

  const importClaim = await freshDraftClaim(database, agent, options.brandId, 'import');
  const importMs = await runBulkImport(database, agent, importClaim, externalIds);
  const stored = await database.query(`SELECT count(*)::int AS n FROM "ClaimItem" WHERE "claimId" = $1`, [importClaim]);
  if (Number(stored.rows[0]!.n) !== externalIds.length) {
    throw new Error(`The bulk import stored ${String(stored.rows[0]!.n)} of ${externalIds.length} rows`);
  }
  options.log(`  import ${importMs.toFixed(0)} ms, ${floor.kind} ${floor.ms.toFixed(0)} ms (${externalIds.length} rows)`);
  return { rows: externalIds.length, importMs, floorMs: floor.ms, floorKind: floor.kind, ratio: importMs / floor.ms };
}

/** Runs the bulk path of branch `bulk` once on the CSV and returns its time. */
async function runBulkImport(_database: BenchDatabase, _agent: SessionUser, _claimId: string, externalIds: string[]): Promise<number> {
  const csv = 'listing,infringementType\n' + externalIds.map((e) => `${e},COUNTERFEIT`).join('\n') + '\n';
  const bulk = (await import(/* the bulk branch's module, absent before the merge */ BULK_MODULE)) as Record<string, unknown>;
  throw new Error(`Wire the bulk import into scripts/bench/csv.ts (exports: ${Object.keys(bulk).join(', ')}; CSV of ${csv.length} bytes ready)`);
}
