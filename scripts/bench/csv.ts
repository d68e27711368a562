// Case 3: bulk filing — a 10,000-row CSV of existing listings imported into a fresh DRAFT
// claim through the bulk path (lib/data/claim-bulk-import.ts importClaimItemsCsv: the CSV
// streamed into the evidence store while parsed, the listings looked up in one statement,
// one transaction of INSERT … unnest batches, audit events), against the fastest raw
// insert of the same 10,000 ClaimItem rows into another fresh DRAFT claim, same database,
// same run: COPY … FROM '/dev/blob' on PGlite, COPY … FROM STDIN on PostgreSQL (through
// pg-copy-streams, a dev dependency: pg itself has no COPY FROM STDIN).
// One warm-up pair, then CSV_RUNS pairs, import and floor alternately (which goes first
// alternates): the figure is the median import over the median floor.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
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

/** The floor: the same ClaimItem rows written the fastest raw way the driver offers — COPY. */
async function rawInsert(database: BenchDatabase, claimId: string, listingIds: string[]): Promise<{ ms: number; kind: string }> {
  const now = new Date().toISOString();
  const ids = listingIds.map((_, i) => `${claimId.slice(0, 24)}${i.toString(16).padStart(12, '0')}`);
  const csv = listingIds.map((listingId, i) => `${ids[i]},${claimId},${listingId},COUNTERFEIT,0,${now}`).join('\n') + '\n';
  const copy = `COPY "ClaimItem" (id, "claimId", "listingId", "infringementType", priority, "updatedAt")`;
  if (database.pglite) {
    const started = performance.now();
    await database.pglite.query(`${copy} FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
    return { ms: performance.now() - started, kind: 'COPY FROM /dev/blob' };
  }
  if (!database.pgClient) throw new Error('The PostgreSQL bench database has no raw pg client');
  const started = performance.now();
  await pipeline(Readable.from([Buffer.from(csv)]), database.pgClient.query(copyFrom(`${copy} FROM STDIN WITH (FORMAT csv)`)));
  return { ms: performance.now() - started, kind: 'COPY FROM STDIN' };
}

/** Timed imports and floors (after one warm-up pair), alternately: the median of each. */
export const CSV_RUNS = 5;

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

export async function benchCsvImport(
  database: BenchDatabase,
  agent: SessionUser,
  options: { brandId: string; log: (line: string) => void; runs?: number },
): Promise<CsvResult> {
  const { importClaimItemsCsv } = await import('../../lib/data/claim-bulk-import');
  const runs = options.runs ?? CSV_RUNS;
  // 10,000 existing ACTIVE listings (the bulk path takes only those), the same every run.
  const { rows } = await database.query(
    `SELECT id, "externalId" FROM "Listing" WHERE status = 'ACTIVE' ORDER BY id LIMIT ${CSV_ROWS}`,
  );
  if (rows.length < CSV_ROWS) {
    throw new Error(`The bulk CSV case needs ${CSV_ROWS.toLocaleString('en')} ACTIVE listings, the generated marketplace has ${rows.length.toLocaleString('en')}: use --scale 0.02 or more (95% of listings are ACTIVE).`);
  }
  const listingIds = rows.map((r) => String(r.id));
  const externalIds = rows.map((r) => String(r.externalId));
  const csv = 'listing,infringement_type,note\n' + externalIds.map((e) => `${e},COUNTERFEIT,Seen by the brand's monitoring`).join('\n') + '\n';

  const dir = mkdtempSync(path.join(os.tmpdir(), 'assay-bench-csv-'));
  const imports: { ms: number; phases: CsvResult['phases'] }[] = [];
  const floors: { ms: number; kind: string }[] = [];
  let imported = 0;
  try {
    const runImport = async (run: number) => {
      const importClaim = await freshDraftClaim(database, agent, options.brandId, `import-${run}`);
      const started = performance.now();
      const phaseStarts: Partial<Record<'reading' | 'checking' | 'importing', number>> = {};
      const result = await importClaimItemsCsv(agent, importClaim, { body: Readable.from([Buffer.from(csv)], { objectMode: false }), fileName: 'bench.csv' }, {
        // A fresh directory per run: the same bytes stored twice would be deduplicated
        // (read back and hashed instead of renamed into place).
        storage: new LocalDiskStorage(path.join(dir, `files-${run + 1}`)),
        maxBytes: 64 * 1024 * 1024,
        onProgress: ({ phase }) => {
          phaseStarts[phase] ??= performance.now() - started;
        },
      });
      const importMs = performance.now() - started;
      const checkingAt = phaseStarts.checking ?? 0;
      const importingAt = phaseStarts.importing ?? checkingAt;
      if (result.imported !== listingIds.length) {
        throw new Error(`The bulk import added ${result.imported} of ${listingIds.length} rows (${result.rejected.length} refused, first: ${JSON.stringify(result.rejected[0])})`);
      }
      imported = result.imported;
      const phases = { reading: checkingAt, checking: importingAt - checkingAt, importing: importMs - importingAt };
      imports.push({ ms: importMs, phases });
      return { ms: importMs, phases };
    };
    const runFloor = async (run: number) => {
      const floorClaim = await freshDraftClaim(database, agent, options.brandId, `floor-${run}`);
      const floor = await rawInsert(database, floorClaim, listingIds);
      floors.push(floor);
      return floor;
    };
    // Warm-up: the first import also compiles the code paths (JIT) and warms the driver's
    // and the database's caches; the floor has nothing of that kind to warm.
    await runFloor(-1);
    const warmup = await runImport(-1);
    options.log(`  warm-up: import ${warmup.ms.toFixed(0)} ms, ${floors[0]!.kind} ${floors[0]!.ms.toFixed(0)} ms (not counted)`);
    imports.length = 0;
    floors.length = 0;
    for (let run = 0; run < runs; run++) {
      const [first, second] = run % 2 ? [runImport, runFloor] : [runFloor, runImport];
      await first(run);
      await second(run);
      const i = imports.at(-1)!;
      const f = floors.at(-1)!;
      options.log(
        `  run ${run + 1}: import ${i.ms.toFixed(0)} ms (reading + storing the file ${i.phases.reading.toFixed(0)} ms, ` +
          `checking the listings ${i.phases.checking.toFixed(0)} ms, the insert transaction ${i.phases.importing.toFixed(0)} ms), ${f.kind} ${f.ms.toFixed(0)} ms: ${(i.ms / f.ms).toFixed(2)}×`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const importMs = median(imports.map((i) => i.ms));
  const floorMs = median(floors.map((f) => f.ms));
  const phases = {
    reading: median(imports.map((i) => i.phases.reading)),
    checking: median(imports.map((i) => i.phases.checking)),
    importing: median(imports.map((i) => i.phases.importing)),
  };
  options.log(`  median of ${runs}: import ${importMs.toFixed(0)} ms, ${floors[0]!.kind} ${floorMs.toFixed(0)} ms`);
  return { rows: imported, phases, importMs, floorMs, floorKind: floors[0]!.kind, ratio: importMs / floorMs };
}
