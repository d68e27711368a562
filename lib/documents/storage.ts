// The evidence store's storage: local disk under ASSAY_DATA_DIR/files (outside public/, so
// nothing is ever served except through the authorized routes). One object per process.
// Not 'server-only': instrumentation.ts runs the start-up sweep through it.
import path from 'node:path';
import { dataDirectory } from '../db/connection';
import type { BlobStorage } from '../storage/blob-storage';
import { LocalDiskStorage } from '../storage/local-disk-storage';

// Per bundle (instrumentation and the routes are bundled apart); LocalDiskStorage keeps what
// must be shared across them (the uploads in progress) on globalThis itself.
let storage: BlobStorage | undefined;

export function documentFilesDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(dataDirectory(env), 'files');
}

export function documentStorage(): BlobStorage {
  storage ??= new LocalDiskStorage(documentFilesDirectory());
  return storage;
}
