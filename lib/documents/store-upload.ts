// One upload into the evidence store: stream the bytes through a type check and into the
// storage (which hashes them and enforces the size cap as they pass), and only once the
// file is durably in place commit the Document row and its audit event together. A
// failure anywhere before the commit leaves no row, and the storage leaves no file.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { recordAudit } from '../audit';
import { db, type Tx } from '../db';
import type { Document } from '../generated/prisma/client';
import type { DocumentKind } from '../generated/prisma/enums';
import { env } from '../env';
import {
  SNIFF_BYTES,
  Utf8TextCheck,
  acceptedTypeLabels,
  acceptsType,
  fileNameForType,
  sanitiseFileName,
  sniffFileType,
  type DocumentMimeType,
} from '../domain/file-types';
import type { RequestMeta } from '../request-meta';
import { BlobTooLargeError, type BlobStorage } from '../storage/blob-storage';
import { chunksOf, type ByteSource } from '../storage/streams';
import { documentStorage } from './storage';

/** Message keys under the `documents.errors` namespace of the catalogue. */
export type UploadErrorKey =
  | 'tooLarge'
  | 'typeNotAllowed'
  | 'notCsv'
  | 'empty'
  | 'unknownKind'
  | 'missingFileName'
  | 'signedOut'
  | 'forbidden'
  | 'badOrigin'
  | 'failed';

/** A refused upload: the message the user sees (documents.errors.<key>) and an HTTP status. */
export class UploadError extends Error {
  constructor(
    readonly messageKey: UploadErrorKey,
    readonly status: number,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`Upload refused: ${messageKey}`);
    this.name = 'UploadError';
  }
}

const MIB = 1024 * 1024;

/** A size cap in the unit people read ("25"), without a long fraction for odd caps. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MIB) * 100) / 100;
}

export function tooLarge(maxBytes: number): UploadError {
  return new UploadError('tooLarge', 413, { maxMb: megabytes(maxBytes) });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.byteLength + b.byteLength);
  joined.set(a, 0);
  joined.set(b, a.byteLength);
  return joined;
}

/**
 * Passes the bytes through unchanged once their type is known and allowed for `kind`;
 * refuses (UploadError) as soon as it is not. Nothing is written before the decision: the
 * first SNIFF_BYTES are held back until the type is known. A bulk-filing CSV has no magic
 * bytes, so it is checked to be UTF-8 text without NUL bytes all the way to its end.
 */
async function* typeChecked(source: ByteSource, kind: DocumentKind, decided: (type: DocumentMimeType) => void): AsyncGenerator<Uint8Array> {
  let head: Uint8Array = new Uint8Array(0);
  // Set once the type is known (inside decide); an object so the checks below see it.
  const state: { known: boolean; text: Utf8TextCheck | null } = { known: false, text: null };

  const decide = (firstBytes: Uint8Array) => {
    const sniffed = sniffFileType(firstBytes);
    const type: DocumentMimeType | null = kind === 'BULK_CLAIM_CSV' ? (sniffed ? null : 'text/csv') : sniffed;
    if (!type || !acceptsType(kind, type)) throw new UploadError('typeNotAllowed', 415, { allowed: acceptedTypeLabels(kind) });
    if (type === 'text/csv') state.text = new Utf8TextCheck();
    decided(type);
    state.known = true;
  };
  const checked = (chunk: Uint8Array) => {
    if (state.text && !state.text.push(chunk)) throw new UploadError('notCsv', 415);
    return chunk;
  };

  for await (const chunk of chunksOf(source)) {
    if (chunk.byteLength === 0) continue;
    if (state.known) {
      yield checked(chunk);
      continue;
    }
    head = concat(head, chunk);
    if (head.byteLength >= SNIFF_BYTES) {
      decide(head);
      yield checked(head);
    }
  }
  if (!state.known) {
    if (head.byteLength === 0) throw new UploadError('empty', 400);
    decide(head);
    yield checked(head);
  }
  if (state.text && !state.text.finish()) throw new UploadError('notCsv', 415);
}

export interface StoreUploadInput {
  /** The file's bytes: a web ReadableStream (a route handler's request.body) or a Node Readable. */
  body: ByteSource;
  /** The name the uploader gave; sanitised, and its extension set by the real type. */
  fileName: string | null;
  kind: DocumentKind;
  confidential: boolean;
  uploader: Pick<SessionUser, 'id' | 'role' | 'organisationId'>;
  meta?: RequestMeta;
  /** Defaults: the process's storage (ASSAY_DATA_DIR/files) and ASSAY_MAX_UPLOAD_MB. */
  storage?: BlobStorage;
  maxBytes?: number;
  /**
   * Sees every chunk once its type is accepted, before it is written, and is told when the
   * last one has passed (bulk filing reads the CSV as it streams in). Throwing from either
   * refuses the upload: nothing is stored.
   */
  inspect?: { chunk: (bytes: Uint8Array) => void; end: () => void };
}

/** A file durably in the storage whose Document row is not written yet (see recordDocument). */
export interface StagedUpload {
  input: StoreUploadInput;
  type: DocumentMimeType;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/**
 * Streams an upload into the storage (type check, size cap, hash) without writing its row:
 * for a caller that commits the row together with other changes (bulk filing). Throws
 * UploadError, or whatever `inspect` throws; then nothing is stored.
 */
export async function stageUpload(input: StoreUploadInput): Promise<StagedUpload> {
  const { uploader, kind } = input;
  if (!can(uploader.role, 'document.upload')) throw new UploadError('forbidden', 403);
  const storage = input.storage ?? documentStorage();
  const maxBytes = input.maxBytes ?? env().maxUploadBytes;

  const sniffed: { type: DocumentMimeType | null } = { type: null };
  let chunks = typeChecked(input.body, kind, (type) => (sniffed.type = type));
  if (input.inspect) chunks = inspected(chunks, input.inspect);
  const blob = await storage.put(chunks, { maxBytes }).catch((error: unknown) => {
    throw BlobTooLargeError.is(error) ? tooLarge(error.maxBytes) : error;
  });
  const type = sniffed.type;
  if (!type) throw new Error('Invariant: a stored upload has a type');
  const fileName = fileNameForType(sanitiseFileName(input.fileName), type);
  return { input, type, fileName, sizeBytes: blob.sizeBytes, sha256: blob.sha256, storageKey: blob.key };
}

async function* inspected(chunks: AsyncIterable<Uint8Array>, inspect: NonNullable<StoreUploadInput['inspect']>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    inspect.chunk(chunk);
    yield chunk;
  }
  // Before the storage syncs and renames: a refusal here still leaves no file.
  inspect.end();
}

/** Writes a staged upload's Document row and its document.upload audit event in `tx`. */
export async function recordDocument(tx: Tx, staged: StagedUpload): Promise<Document> {
  const { input, type, fileName, sizeBytes, sha256, storageKey } = staged;
  const { uploader, kind } = input;
  const document = await tx.document.create({
    data: {
      kind,
      fileName,
      mimeType: type,
      sizeBytes,
      sha256,
      storageKey,
      confidential: input.confidential,
      uploadedById: uploader.id,
      organisationId: uploader.organisationId,
    },
  });
  await recordAudit(tx, {
    actor: { id: uploader.id, role: uploader.role, organisationId: uploader.organisationId },
    action: 'document.upload',
    objectType: 'Document',
    objectId: document.id,
    after: { kind, fileName, mimeType: type, sizeBytes, sha256, confidential: input.confidential },
    ...(input.meta ? { meta: input.meta } : {}),
  });
  return document;
}

/** Stores one upload and returns its Document row, or throws UploadError (nothing stored). */
export async function storeUpload(input: StoreUploadInput): Promise<Document> {
  const staged = await stageUpload(input);
  const prisma = await db();
  return prisma.$transaction((tx) => recordDocument(tx, staged));
}
