// Bulk filing by CSV, the data side: up to 10,000 listings added to a DRAFT claim from one
// file. The rules (reading the CSV, checking rows, deciding which become items) are pure,
// in lib/domain/bulk-claim-csv.ts.
//
//   importClaimItemsCsv(
//     actor: ImportActor,                       // the signed-in user: { id, role, organisationId }
//     claimId: string,                          // a DRAFT claim filed by actor.organisationId
//     source: { body: ByteSource; fileName?: string | null },
//                                               // the CSV bytes: a web ReadableStream (request.body)
//                                               // or any AsyncIterable<Uint8Array> (a Node Readable)
//     options?: {
//       onProgress?: (progress: ImportProgress) => void,   // { phase, processed, total }
//       meta?: RequestMeta,                     // ip/user agent for the audit events
//       storage?: BlobStorage, maxBytes?: number,          // defaults: the evidence store, ASSAY_MAX_UPLOAD_MB
//     },
//   ): Promise<ImportResult>                    // { imported, rows, rejected: [{ row, listing, reason, … }], documentId }
//
// It throws BulkImportError (its `refusal` says why; nothing is stored) when the actor may
// not file claims (forbidden), the claim is not this organisation's draft (notFound — the
// same answer for a claim that does not exist, so existence never leaks), the upload is
// refused by the evidence store (not UTF-8 text, too large, empty), the file as a whole is
// wrong (no header, a missing column, more than 10,000 rows, an open quote), or the claim
// would hold more than 10,000 items.
//
// How it runs, and what progress it reports:
//   1. reading   — the bytes stream through the evidence store's CSV check into the storage
//                  while the reader parses them; the rows (≤ 10,000) are kept in memory.
//                  Progress: rows read so far, total null (unknown until the end), then
//                  rows of rows once the last byte is parsed.
//   2. checking  — starts as soon as the last byte is parsed, while the storage is still
//                  syncing and renaming the file (the two overlap; a check only reads).
//                  ONE statement for the whole file looks the listings up, by externalId
//                  and by URL (two array parameters joined through unnest, index probes),
//                  and says which are on the claim already. Progress: 0 of the rows to
//                  check, then all of them.
//   3. importing — ONE transaction: lock the claim row and check again that it is this
//                  organisation's draft and has room, and which listings were added to it
//                  since the check (refused as alreadyOnClaim); write the CSV's Document
//                  row (kind BULK_CLAIM_CSV) and its document.upload event; insert the
//                  accepted rows BULK_INSERT_BATCH_SIZE (5,000) per INSERT … SELECT FROM
//                  unnest(…); write one claim.bulkImport event (counts, the file's SHA-256
//                  and Document id). Progress: 0 of the items to insert, then after each
//                  batch.
//
// Why so few statements: on PostgreSQL every round trip and every bound value costs, and
// `npm run bench` holds this path to 3× a raw insert of the same rows (docs/benchmarks.md).
//
// Why one transaction and not one per batch: an import is one act of the user, recorded by
// one audit event; with per-batch transactions a failure (or the server stopping) half-way
// would leave a claim with 4,000 of 10,000 listings and no record of how they got there,
// and the user could not simply retry (the first rows would now be "already on this
// claim"). The claim row stays locked meanwhile, so the draft cannot be submitted or
// imported into twice at once. The cost is one long transaction: ~10,000 rows take
// seconds, not minutes (measured in tests/integration/claim-bulk-import.test.ts).
//
// The CSV is kept as a Document of the filer's organisation (private to it and to the
// marketplace's staff, like every document), named in the audit event. It is deliberately
// NOT attached to the claim as ClaimEvidence: evidence of a whole claim is shown to every
// seller with a decided item on it, and this file lists other sellers' listings too.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { recordAudit } from '../audit';
import { db } from '../db';
import {
  BULK_INSERT_BATCH_SIZE,
  BulkClaimCsvReader,
  BulkCsvFileError,
  MAX_CLAIM_ITEMS,
  countByReason,
  decideRows,
  listingReferenceVariants,
  type BulkFileProblem,
  type ParsedRow,
  type RejectedRow,
  type ResolvedListing,
  type RowProblem,
} from '../domain/bulk-claim-csv';
import { UploadError, recordDocument, stageUpload, type StagedUpload, type UploadErrorKey } from '../documents/store-upload';
import type { RequestMeta } from '../request-meta';
import type { BlobStorage } from '../storage/blob-storage';
import type { ByteSource } from '../storage/streams';
import { uuid7 } from '../uuid7';

export type ImportActor = Pick<SessionUser, 'id' | 'role' | 'organisationId'>;

export type ImportPhase = 'reading' | 'checking' | 'importing';

export interface ImportProgress {
  phase: ImportPhase;
  processed: number;
  /** null while reading: the number of rows is known only at the end of the file. */
  total: number | null;
}

/** A refused row: its spreadsheet row number (header = 1), what it named, and why. */
export type ImportRejection = { row: number; listing: string } & RowProblem;

export interface ImportResult {
  /** Items added to the claim. */
  imported: number;
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  rejected: ImportRejection[];
  /** The stored CSV (kind BULK_CLAIM_CSV). */
  documentId: string;
}

export type BulkImportRefusal =
  | { code: 'forbidden' }
  | { code: 'notFound' }
  | { code: 'claimFull'; existing: number; adding: number; max: number }
  | { code: 'upload'; key: UploadErrorKey; status: number; params: Record<string, string | number> }
  | BulkFileProblem;

export class BulkImportError extends Error {
  constructor(readonly refusal: BulkImportRefusal) {
    super(`Bulk import refused: ${refusal.code}`);
    this.name = 'BulkImportError';
  }

  /** The HTTP status a route answers this refusal with. */
  get status(): number {
    switch (this.refusal.code) {
      case 'forbidden':
        return 403;
      case 'notFound':
        return 404;
      case 'upload':
        return this.refusal.status;
      case 'tooManyRows':
        return 413;
      case 'claimFull':
        return 409;
      default:
        return 422;
    }
  }
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  meta?: RequestMeta;
  storage?: BlobStorage;
  maxBytes?: number;
}

/** A long import holds one transaction open; Prisma's default (5 s) is for small changes. */
const IMPORT_TRANSACTION = { maxWait: 30_000, timeout: 10 * 60_000 } as const;
const READ_PROGRESS_EVERY = 1_000;

async function findDraft(claimId: string, organisationId: string | null) {
  if (!organisationId) return null;
  const prisma = await db();
  return prisma.claim.findFirst({
    where: { id: claimId, filerOrganisationId: organisationId, status: 'DRAFT' },
    select: { id: true },
  });
}

/**
 * Whether `actor` may import into `claimId` right now (for a route that wants to answer
 * 403/404 before it reads the body). importClaimItemsCsv checks again itself.
 */
export async function assertCanImport(actor: ImportActor, claimId: string): Promise<void> {
  if (!can(actor.role, 'claim.file')) throw new BulkImportError({ code: 'forbidden' });
  if (!(await findDraft(claimId, actor.organisationId))) throw new BulkImportError({ code: 'notFound' });
}

type ListingResolution = {
  resolve: (reference: string) => ResolvedListing | null;
  onClaim: ReadonlySet<string>;
};

/**
 * Reads the upload into the storage and the rows into memory (phase 1), and starts checking
 * the rows (phase 2) as soon as the last byte has been parsed, while the storage is still
 * syncing and renaming the file: the two overlap, and the checks only read.
 */
async function readAndCheck(
  actor: ImportActor,
  claimId: string,
  source: { body: ByteSource; fileName?: string | null },
  options: ImportOptions,
): Promise<{ staged: StagedUpload; rows: ParsedRow[]; resolution: ListingResolution }> {
  const reader = new BulkClaimCsvReader();
  const decoder = new TextDecoder('utf-8');
  let rows: ParsedRow[] = [];
  let reported = 0;
  let checking: Promise<ListingResolution> | undefined;
  try {
    const staged = await stageUpload({
      body: source.body,
      fileName: source.fileName ?? 'listings.csv',
      kind: 'BULK_CLAIM_CSV',
      confidential: true,
      uploader: actor,
      ...(options.meta ? { meta: options.meta } : {}),
      ...(options.storage ? { storage: options.storage } : {}),
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      inspect: {
        chunk: (bytes) => {
          reader.push(decoder.decode(bytes, { stream: true }));
          if (reader.rowCount - reported >= READ_PROGRESS_EVERY) {
            reported = reader.rowCount;
            options.onProgress?.({ phase: 'reading', processed: reported, total: null });
          }
        },
        // Refusing here, before the storage commits the file, leaves nothing behind.
        end: () => {
          reader.push(decoder.decode());
          rows = reader.finish();
          options.onProgress?.({ phase: 'reading', processed: rows.length, total: rows.length });
          checking = resolveListings(claimId, rows, options.onProgress);
          // Awaited below once the file is stored; if storing fails first, the caller gets
          // that error and this promise's own must not surface as an unhandled rejection.
          checking.catch(() => {});
        },
      },
    });
    if (!checking) throw new Error('Invariant: a staged bulk CSV has been read to its end');
    return { staged, rows, resolution: await checking };
  } catch (error) {
    if (error instanceof BulkCsvFileError) throw new BulkImportError(error.problem);
    if (error instanceof UploadError) {
      throw new BulkImportError({ code: 'upload', key: error.messageKey, status: error.status, params: error.params });
    }
    throw error;
  }
}

/**
 * Looks every row's listing up (by externalId and by URL), and which of those listings are
 * on the claim already, in ONE statement per file (phase 2): the references travel as two
 * array parameters, not thousands of bound values, and the claim's items are read once (a
 * hashed subplan over the claim's items, by the claimId index) instead of per batch.
 */
async function resolveListings(claimId: string, rows: readonly ParsedRow[], onProgress: ImportOptions['onProgress']): Promise<ListingResolution> {
  const checkable = rows.filter((r) => !r.problem);
  onProgress?.({ phase: 'checking', processed: 0, total: checkable.length });
  const externalIds = new Set<string>();
  const urls = new Set<string>();
  for (const row of checkable) {
    const variants = listingReferenceVariants(row.listing);
    variants.externalIds.forEach((id) => externalIds.add(id));
    variants.urls.forEach((url) => urls.add(url));
  }
  const prisma = await db();
  const listings =
    externalIds.size + urls.size === 0
      ? []
      : await prisma.$queryRaw<{ id: string; externalId: string; url: string | null; status: string; onClaim: boolean }[]>`
          WITH found AS (
            SELECT l.id, l."externalId", l.url, l.status
            FROM unnest(${[...externalIds]}::text[]) AS k(key) JOIN "Listing" l ON l."externalId" = k.key
            UNION
            SELECT l.id, l."externalId", l.url, l.status
            FROM unnest(${[...urls]}::text[]) AS k(key) JOIN "Listing" l ON l.url = k.key
          )
          SELECT f.id, f."externalId", f.url, f.status::text AS status,
                 f.id IN (SELECT ci."listingId" FROM "ClaimItem" ci WHERE ci."claimId" = ${claimId}) AS "onClaim"
          FROM found f
          ORDER BY f.id`;
  const byExternalId = new Map(listings.map((l) => [l.externalId, l]));
  // Two listings could share a URL; the first (oldest id) answers for it.
  const byUrl = new Map<string, (typeof listings)[number]>();
  for (const listing of listings) if (listing.url && !byUrl.has(listing.url)) byUrl.set(listing.url, listing);
  const byReference = new Map<string, ResolvedListing>();
  for (const row of checkable) {
    if (byReference.has(row.listing)) continue;
    const variants = listingReferenceVariants(row.listing);
    const found =
      variants.externalIds.map((id) => byExternalId.get(id)).find(Boolean) ?? variants.urls.map((url) => byUrl.get(url)).find(Boolean);
    // Only ACTIVE listings, as in the editor's other ways of adding listings
    // (lib/data/claim-filing.ts): a removed or restored one is refused with its reason.
    if (found) byReference.set(row.listing, { id: found.id, active: found.status === 'ACTIVE' });
  }
  const onClaim = new Set(listings.filter((l) => l.onClaim).map((l) => l.id));
  onProgress?.({ phase: 'checking', processed: checkable.length, total: checkable.length });
  return { resolve: (reference: string) => byReference.get(reference) ?? null, onClaim };
}

const rejection = ({ row, listing, problem }: RejectedRow): ImportRejection => ({ row, listing, ...problem });

/** Adds the listings of a CSV file to a draft claim. See the top of this file. */
export async function importClaimItemsCsv(
  actor: ImportActor,
  claimId: string,
  source: { body: ByteSource; fileName?: string | null },
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { onProgress } = options;
  const organisationId = actor.organisationId;
  await assertCanImport(actor, claimId);

  const { staged, rows, resolution } = await readAndCheck(actor, claimId, source, options);
  const { resolve, onClaim } = resolution;
  const { accepted, rejected } = decideRows(rows, resolve, onClaim);
  onProgress?.({ phase: 'importing', processed: 0, total: accepted.length });

  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    // The claim row, locked until the import commits: checked again (it may have been
    // submitted or deleted since the first check) and kept from changing meanwhile.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Claim"
      WHERE id = ${claimId} AND "filerOrganisationId" = ${organisationId} AND status = 'DRAFT'
      FOR UPDATE`;
    if (locked.length === 0) throw new BulkImportError({ code: 'notFound' });
    // An import counts as saving the draft, like every change in the editor ("last saved"
    // in the drafts list, lib/data/claim-filing.ts).
    await tx.claim.update({ where: { id: claimId }, data: { updatedAt: new Date() } });
    const existing = await tx.claimItem.count({ where: { claimId } });
    // Listings added to the draft between the check and the lock (another tab, the editor):
    // refused like the others already on it. Under the lock nothing else can add items to
    // this claim (an insert's foreign-key check takes a KEY SHARE lock on the claim row,
    // which FOR UPDATE excludes), so the inserts below need no ON CONFLICT clause — a
    // speculative insert per row costs more than a plain one.
    const lateRejections: RejectedRow[] = [];
    let toInsert = accepted;
    if (existing > 0 && accepted.length > 0) {
      const taken = await tx.$queryRaw<{ listingId: string }[]>`
        SELECT "listingId" FROM "ClaimItem"
        WHERE "claimId" = ${claimId} AND "listingId" = ANY(${accepted.map((row) => row.listingId)}::text[])`;
      if (taken.length > 0) {
        const onClaimNow = new Set(taken.map((item) => item.listingId));
        toInsert = accepted.filter((row) => !onClaimNow.has(row.listingId));
        for (const row of accepted) {
          if (onClaimNow.has(row.listingId)) lateRejections.push({ row: row.row, listing: row.listing, problem: { reason: 'alreadyOnClaim' } });
        }
      }
    }
    if (existing + toInsert.length > MAX_CLAIM_ITEMS) {
      throw new BulkImportError({ code: 'claimFull', existing, adding: toInsert.length, max: MAX_CLAIM_ITEMS });
    }

    const document = await recordDocument(tx, staged);

    let imported = 0;
    for (let start = 0; start < toInsert.length; start += BULK_INSERT_BATCH_SIZE) {
      const batch = toInsert.slice(start, start + BULK_INSERT_BATCH_SIZE);
      // One INSERT … SELECT FROM unnest(…) per batch: four array parameters instead of
      // thousands of bound values (createMany took ~1 s per 1,000 rows on PGlite), and no
      // rows back, only their count.
      imported += await tx.$executeRaw`
        INSERT INTO "ClaimItem" ("id", "claimId", "listingId", "infringementType", "note", "updatedAt")
        SELECT t.id, ${claimId}, t.listing_id, t.infringement_type::"InfringementType", t.note, now()
        FROM unnest(
          ${batch.map(() => uuid7())}::text[],
          ${batch.map((row) => row.listingId)}::text[],
          ${batch.map((row) => row.infringementType)}::text[],
          ${batch.map((row) => row.note)}::text[]
        ) AS t(id, listing_id, infringement_type, note)`;
      onProgress?.({ phase: 'importing', processed: start + batch.length, total: toInsert.length });
    }

    const allRejected = [...rejected, ...lateRejections].sort((a, b) => a.row - b.row);
    await recordAudit(tx, {
      actor: { id: actor.id, role: actor.role, organisationId },
      action: 'claim.bulkImport',
      objectType: 'Claim',
      objectId: claimId,
      after: {
        documentId: document.id,
        fileName: document.fileName,
        sha256: document.sha256,
        rows: rows.length,
        imported,
        rejected: allRejected.length,
        rejectedByReason: countByReason(allRejected),
      },
      ...(options.meta ? { meta: options.meta } : {}),
    });
    return { imported, rows: rows.length, rejected: allRejected.map(rejection), documentId: document.id };
  }, IMPORT_TRANSACTION);
}
