// Case 3: bulk filing — a 10,000-row CSV of existing listings imported into a fresh DRAFT
// claim through the bulk path (lib/data/claim-bulk-import.ts importClaimItemsCsv: the CSV
// streamed into the evidence store while parsed, listings looked up, one transaction of
// INSERT … unnest batches, audit events), against the fastest raw
// insert of the same 10,000 ClaimItem rows into another fresh DRAFT claim, same database,
// same run: COPY … FROM '/dev/blob' on PGlite; on PostgreSQL one INSERT … SELECT FROM
// unnest(arrays) (pg has no COPY FROM STDIN without pg-copy-streams; the single-statement
// array insert is within a few percent of COPY at this size).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { SessionUser } from '../../lib/auth/session';
import { LocalDiskStorage } from '../../lib/storage/local-disk-storage';
import type { BenchDatabase } from './database';

export const CSV_BOUND = 3;
export const CSV_ROWS = 10_000;

export interface CsvResult {
  rows: number;
  /** Time from the start to the first report of each phase of the import, and to its end. */
  phases: { reading: number; checking: number; importing: number };
  importMs: number;
  floorMs: number;
  floorKind: string;
  ratio: number;
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

/** The floor: the same ClaimItem rows written the fastest raw way the driver offers. */
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
  options: { brandId: string; log: (line: string) => void },
): Promise<CsvResult> {
  const { importClaimItemsCsv } = await import('../../lib/data/claim-bulk-import');
  // 10,000 existing ACTIVE listings (the bulk path takes only those), the same every run.
  const { rows } = await database.query(
    `SELECT id, "externalId" FROM "Listing" WHERE status = 'ACTIVE' ORDER BY id LIMIT ${CSV_ROWS}`,
  );
  const listingIds = rows.map((r) => String(r.id));
  const externalIds = rows.map((r) => String(r.externalId));

  const floorClaim = await freshDraftClaim(database, agent, options.brandId, 'floor');
  const floor = await rawInsert(database, floorClaim, listingIds);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'assay-bench-csv-'));
  try {
    const csv = 'listing,infringement_type,note\n' + externalIds.map((e) => `${e},COUNTERFEIT,Seen by the brand's monitoring`).join('\n') + '\n';
    const importClaim = await freshDraftClaim(database, agent, options.brandId, 'import');
    const started = performance.now();
    const phaseStarts: Partial<Record<'reading' | 'checking' | 'importing', number>> = {};
    const result = await importClaimItemsCsv(agent, importClaim, { body: Readable.from([Buffer.from(csv)], { objectMode: false }), fileName: 'bench.csv' }, {
      storage: new LocalDiskStorage(path.join(dir, 'files')),
      maxBytes: 64 * 1024 * 1024,
      onProgress: ({ phase }) => {
        phaseStarts[phase] ??= performance.now() - started;
      },
    });
    const importMs = performance.now() - started;
    const checkingAt = phaseStarts.checking ?? 0;
    const importingAt = phaseStarts.importing ?? checkingAt;
    const phases = { reading: checkingAt, checking: importingAt - checkingAt, importing: importMs - importingAt };
    if (result.imported !== listingIds.length) {
      throw new Error(`The bulk import added ${result.imported} of ${listingIds.length} rows (${result.rejected.length} refused, first: ${JSON.stringify(result.rejected[0])})`);
    }
    options.log(
      `  import ${importMs.toFixed(0)} ms (${result.imported} items: reading + storing the file ${phases.reading.toFixed(0)} ms, ` +
        `checking the listings ${phases.checking.toFixed(0)} ms, the insert transaction ${phases.importing.toFixed(0)} ms), ${floor.kind} ${floor.ms.toFixed(0)} ms`,
    );
    return { rows: result.imported, phases, importMs, floorMs: floor.ms, floorKind: floor.kind, ratio: importMs / floor.ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
