// Removes what interrupted uploads left behind: temporary files of uploads that never
// finished (the server crashed or was killed mid-upload). Their Document rows were never
// written (a row is committed only after its file is in place), so nothing refers to them.
// Stored files are never swept: they are content-addressed and may be shared by rows.
import type { BlobStorage, SweepResult } from '../storage/blob-storage';
import { documentStorage } from './storage';

/**
 * A temporary file untouched this long belongs to no upload still running anywhere (files
 * whose writer on this host is gone are removed at once: see LocalDiskStorage).
 */
export const ORPHAN_TEMP_AGE_MS = 60 * 60 * 1000;

export async function sweepOrphanUploads(
  storage: BlobStorage = documentStorage(),
  { olderThanMs = ORPHAN_TEMP_AGE_MS, now = new Date() }: { olderThanMs?: number; now?: Date } = {},
): Promise<SweepResult> {
  return storage.sweepTemporary({ olderThanMs, now });
}

/**
 * The sweep at server start, then hourly (a long-running server sees crashes of other
 * processes sharing the directory, and its own aborted uploads are already cleaned up
 * by the upload itself). Failures are logged, never fatal: a stale temporary file costs
 * only disk space.
 */
export function startUploadSweeps(storage: BlobStorage = documentStorage()): void {
  const sweep = async () => {
    try {
      const { removed } = await sweepOrphanUploads(storage);
      if (removed > 0) console.log(`[assay] Removed ${removed} temporary upload file(s) left by interrupted uploads.`);
    } catch (error) {
      console.error('[assay] Sweeping temporary upload files failed', error);
    }
  };
  void sweep();
  setInterval(sweep, ORPHAN_TEMP_AGE_MS).unref();
}
