// Serving a stored document: the bytes are hashed again before the first one is sent,
// through the same open file that is then streamed out, so a file damaged or tampered
// with on disk is refused (and logged) instead of reaching anyone. Nothing is read whole
// into memory: hashing and sending both go chunk by chunk.
import 'server-only';
import { createHash } from 'node:crypto';
import { contentDisposition } from '../domain/file-types';
import type { DocumentContentRef, DocumentDetails } from '../data/documents';
import type { BlobStorage } from '../storage/blob-storage';
import { toWebStream } from '../storage/streams';
import { documentStorage } from './storage';

/** The stored bytes do not hash to what the Document row recorded. */
export class DocumentIntegrityError extends Error {
  constructor(
    readonly documentId: string,
    readonly reason: 'missing' | 'size' | 'hash',
  ) {
    super(`Document ${documentId} failed its integrity check (${reason})`);
    this.name = 'DocumentIntegrityError';
  }
}

/**
 * A stream of the document's bytes, after checking their size and SHA-256 against the row.
 * Throws DocumentIntegrityError (after logging it) when they differ or the file is gone.
 */
export async function openVerifiedContent(ref: DocumentContentRef, storage: BlobStorage = documentStorage()): Promise<ReadableStream<Uint8Array>> {
  const refuse = (reason: DocumentIntegrityError['reason']) => {
    const error = new DocumentIntegrityError(ref.id, reason);
    console.error(`[assay] ${error.message}: refusing to serve it (storage key ${ref.storageKey}).`);
    return error;
  };
  const reader = await storage.open(ref.storageKey);
  if (!reader) throw refuse('missing');
  try {
    if (reader.sizeBytes !== ref.sizeBytes) throw refuse('size');
    const hash = createHash('sha256');
    for await (const chunk of reader.chunks()) hash.update(chunk);
    if (hash.digest('hex') !== ref.sha256) throw refuse('hash');
  } catch (error) {
    await reader.close();
    throw error;
  }
  return toWebStream(reader.chunks(), () => reader.close());
}

/**
 * Headers every served document carries: a sanitised name (RFC 5987), no MIME sniffing, and
 * a sandbox so a document opened in the browser can run nothing and reach nothing.
 */
export function documentHeaders(document: Pick<DocumentDetails, 'fileName' | 'mimeType' | 'sha256'>, disposition: 'attachment' | 'inline'): Headers {
  return new Headers({
    // (No Content-Length: Next drops it from streamed route responses and sends them chunked.)
    'Content-Type': document.mimeType,
    'Content-Disposition': contentDisposition(disposition, document.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Who may read a document can change (a role, a confidential flag): never keep a copy
    // in a shared cache, and revalidate privately (ETag: the content hash).
    'Cache-Control': 'private, no-cache',
    ETag: `"${document.sha256}"`,
  });
}
