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
//                  Progress: rows read so far, total null (unknown until the end).
//   2. checking  — the listings are looked up BULK_BATCH_SIZE (1,000) rows per query, by
//                  externalId and by URL, together with the items already on the claim.
//                  Progress after each batch: rows checked of all rows.
//   3. importing — ONE transaction: lock the claim row and check again that it is this
//                  organisation's draft and has room; write the CSV's Document row (kind
//                  BULK_CLAIM_CSV) and its document.upload event; insert the accepted rows
//                  1,000 per INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING (against
//                  @@unique([claimId, listingId])); write one claim.bulkImport event
//                  (counts, the file's SHA-256 and Document id). Progress after each batch:
//                  items inserted of items to insert.
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
  BULK_BATCH_SIZE,
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
import { UploadError, recordDocument, stageUpload, type UploadErrorKey } from '../documents/store-upload';
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

/** Reads the upload into the storage and the rows into memory (phase 1). */
async function readUpload(actor: ImportActor, source: { body: ByteSource; fileName?: string | null }, options: ImportOptions) {
  const reader = new BulkClaimCsvReader();
  const decoder = new TextDecoder('utf-8');
  let rows: ParsedRow[] = [];
  let reported = 0;
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
        },
      },
    });
    return { staged, rows };
  } catch (error) {
    if (error instanceof BulkCsvFileError) throw new BulkImportError(error.problem);
    if (error instanceof UploadError) {
      throw new BulkImportError({ code: 'upload', key: error.messageKey, status: error.status, params: error.params });
    }
    throw error;
  }
}

/**
 * Looks every row's listing up, BULK_BATCH_SIZE rows per query (by externalId and URL), and
 * which of those listings are on the claim already (phase 2).
 */
async function resolveListings(claimId: string, rows: readonly ParsedRow[], onProgress: ImportOptions['onProgress']) {
  const prisma = await db();
  const byReference = new Map<string, ResolvedListing>();
  const onClaim = new Set<string>();
  const checkable = rows.filter((r) => !r.problem);
  for (let start = 0; start < checkable.length; start += BULK_BATCH_SIZE) {
    const batch = checkable.slice(start, start + BULK_BATCH_SIZE);
    const externalIds = new Set<string>();
    const urls = new Set<string>();
    for (const row of batch) {
      const variants = listingReferenceVariants(row.listing);
      variants.externalIds.forEach((id) => externalIds.add(id));
      variants.urls.forEach((url) => urls.add(url));
    }
    const or = [
      ...(externalIds.size ? [{ externalId: { in: [...externalIds] } }] : []),
      ...(urls.size ? [{ url: { in: [...urls] } }] : []),
    ];
    const listings = await prisma.listing.findMany({
      where: { OR: or },
      select: { id: true, externalId: true, url: true, status: true },
      orderBy: { id: 'asc' },
    });
    const byExternalId = new Map(listings.map((l) => [l.externalId, l]));
    // Two listings could share a URL; the first (oldest id) answers for it.
    const byUrl = new Map<string, (typeof listings)[number]>();
    for (const listing of listings) if (listing.url && !byUrl.has(listing.url)) byUrl.set(listing.url, listing);
    for (const row of batch) {
      const variants = listingReferenceVariants(row.listing);
      const found =
        variants.externalIds.map((id) => byExternalId.get(id)).find(Boolean) ?? variants.urls.map((url) => byUrl.get(url)).find(Boolean);
      // Only ACTIVE listings, as in the editor's other ways of adding listings
      // (lib/data/claim-filing.ts): a removed or restored one is refused with its reason.
      if (found) byReference.set(row.listing, { id: found.id, active: found.status === 'ACTIVE' });
    }
    if (listings.length) {
      const existing = await prisma.claimItem.findMany({
        where: { claimId, listingId: { in: listings.map((l) => l.id) } },
        select: { listingId: true },
      });
      existing.forEach((item) => onClaim.add(item.listingId));
    }
    onProgress?.({ phase: 'checking', processed: Math.min(start + batch.length, checkable.length), total: checkable.length });
  }
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

  const { staged, rows } = await readUpload(actor, source, options);
  onProgress?.({ phase: 'reading', processed: rows.length, total: rows.length });

  const { resolve, onClaim } = await resolveListings(claimId, rows, onProgress);
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
    const existing = await tx.claimItem.count({ where: { claimId } });
    if (existing + accepted.length > MAX_CLAIM_ITEMS) {
      throw new BulkImportError({ code: 'claimFull', existing, adding: accepted.length, max: MAX_CLAIM_ITEMS });
    }

    const document = await recordDocument(tx, staged);

    const lateRejections: RejectedRow[] = [];
    let imported = 0;
    for (let start = 0; start < accepted.length; start += BULK_BATCH_SIZE) {
      const batch = accepted.slice(start, start + BULK_BATCH_SIZE);
      // One INSERT … SELECT FROM unnest(…) per batch: four array parameters instead of
      // thousands of bound values (createMany took ~1 s per 1,000 rows on PGlite).
      // ON CONFLICT DO NOTHING: a listing someone added to the draft since the check.
      const created = await tx.$queryRaw<{ listingId: string }[]>`
        INSERT INTO "ClaimItem" ("id", "claimId", "listingId", "infringementType", "note", "updatedAt")
        SELECT t.id, ${claimId}, t.listing_id, t.infringement_type::"InfringementType", t.note, now()
        FROM unnest(
          ${batch.map(() => uuid7())}::text[],
          ${batch.map((row) => row.listingId)}::text[],
          ${batch.map((row) => row.infringementType)}::text[],
          ${batch.map((row) => row.note)}::text[]
        ) AS t(id, listing_id, infringement_type, note)
        ON CONFLICT ("claimId", "listingId") DO NOTHING
        RETURNING "listingId"`;
      imported += created.length;
      if (created.length < batch.length) {
        const inserted = new Set(created.map((c) => c.listingId));
        for (const row of batch) {
          if (!inserted.has(row.listingId)) {
            lateRejections.push({ row: row.row, listing: row.listing, problem: { reason: 'alreadyOnClaim' } });
          }
        }
      }
      onProgress?.({ phase: 'importing', processed: start + batch.length, total: accepted.length });
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
