// The storage behind the evidence store: immutable blobs, content-addressed by SHA-256.
// Local disk today (./local-disk-storage.ts); an object store can implement the same
// interface later without the rest of the application noticing. Callers never see paths.
import type { ByteSource } from './streams';

export interface StoredBlob {
  /** Where the storage keeps the bytes; opaque to callers (the Document row keeps it). */
  key: string;
  sha256: string;
  sizeBytes: number;
  /** The same bytes were already stored: nothing new was written. */
  deduplicated: boolean;
}

export interface PutOptions {
  /** Refuse (BlobTooLargeError) as soon as the stream passes this many bytes. */
  maxBytes: number;
}

/** An open blob. `chunks()` starts from the first byte each time it is called. */
export interface BlobReader {
  readonly sizeBytes: number;
  chunks(): AsyncIterable<Uint8Array>;
  close(): Promise<void>;
}

export interface SweepResult {
  removed: number;
  kept: number;
}

export interface BlobStorage {
  /**
   * Streams the source into the storage while hashing it; the blob is durable (synced to
   * disk) and in its final place when the promise resolves. On any failure (the cap, a
   * source error, a disk error) nothing is left behind and the error is rethrown.
   */
  put(source: ByteSource, options: PutOptions): Promise<StoredBlob>;
  /** The blob, or null when the key holds nothing. */
  open(key: string): Promise<BlobReader | null>;
  exists(key: string): Promise<boolean>;
  /**
   * Removes temporary files of uploads that never finished (a crash, a kill): those older
   * than `olderThanMs`, and those whose writer is known to be gone. Uploads this process is
   * still writing are never touched.
   */
  sweepTemporary(options: { olderThanMs: number; now?: Date }): Promise<SweepResult>;
}

/** The source passed PutOptions.maxBytes; nothing was stored. */
export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The upload is larger than ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
  }

  /**
   * Recognises the error by name, not instanceof: Next bundles instrumentation and each
   * route separately, so a storage object made in one bundle throws another bundle's class.
   */
  static is(error: unknown): error is BlobTooLargeError {
    return error instanceof Error && error.name === 'BlobTooLargeError' && typeof (error as BlobTooLargeError).maxBytes === 'number';
  }
}
