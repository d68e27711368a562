// Case 4: a 25 MB upload through the real upload path (lib/documents/store-upload.ts
// storeUpload: type check, streaming hash and size cap, fsync + rename, Document row and
// audit event), with the process's RSS sampled every 5 ms; growth is over the RSS after a
// forced GC just before the upload. Floor: `sha256sum` of the same file (time only).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SessionUser } from '../../lib/auth/session';
import { LocalDiskStorage } from '../../lib/storage/local-disk-storage';
import { quantile } from './stats';

export const UPLOAD_RSS_BOUND_MB = 32;
const MIB = 1024 * 1024;

export interface UploadResult {
  sizeMb: number;
  runs: number;
  /** RSS growth over the baseline, per run (MB). */
  growthMb: number[];
  maxGrowthMb: number;
  uploadMs: number;
  sha256sumMs: number;
  ratio: number;
  gcExposed: boolean;
}

/** A PDF-like file of fresh random bytes (never the same twice: storage is content-addressed). */
function writePdfLike(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  try {
    const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
    const tail = Buffer.from('\n%%EOF\n', 'latin1');
    writeSync(fd, head);
    let left = bytes - head.length - tail.length;
    while (left > 0) {
      const chunk = randomBytes(Math.min(MIB, left));
      writeSync(fd, chunk);
      left -= chunk.length;
    }
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

function gc(): boolean {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return false;
  collect();
  collect();
  return true;
}

export async function benchUpload(uploader: SessionUser, options: { runs: number; sizeMb: number; log: (line: string) => void }): Promise<UploadResult> {
  const { storeUpload } = await import('../../lib/documents/store-upload');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'assay-bench-upload-'));
  const storage = new LocalDiskStorage(path.join(dir, 'files'));
  const growth: number[] = [];
  const uploadMs: number[] = [];
  const hashMs: number[] = [];
  let gcExposed = false;
  try {
    for (let run = 0; run < options.runs; run++) {
      const file = path.join(dir, `evidence-${run}.pdf`);
      writePdfLike(file, options.sizeMb * MIB);

      let started = performance.now();
      execFileSync('sha256sum', [file], { stdio: ['ignore', 'ignore', 'inherit'] });
      hashMs.push(performance.now() - started);

      gcExposed = gc();
      const baseline = process.memoryUsage.rss();
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage.rss());
      }, 5);
      started = performance.now();
      try {
        const document = await storeUpload({
          body: createReadStream(file),
          fileName: `evidence-${run}.pdf`,
          kind: 'TEST_PURCHASE',
          confidential: false,
          uploader,
          storage,
          maxBytes: (options.sizeMb + 1) * MIB,
        });
        if (document.sizeBytes !== options.sizeMb * MIB) throw new Error(`Upload stored ${document.sizeBytes} bytes`);
      } finally {
        uploadMs.push(performance.now() - started);
        clearInterval(sampler);
      }
      peak = Math.max(peak, process.memoryUsage.rss());
      growth.push((peak - baseline) / MIB);
      options.log(`  upload ${run + 1}: ${uploadMs.at(-1)!.toFixed(0)} ms, RSS +${growth.at(-1)!.toFixed(1)} MB; sha256sum ${hashMs.at(-1)!.toFixed(0)} ms`);
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const upload = quantile(uploadMs, 0.5);
  const hash = quantile(hashMs, 0.5);
  return {
    sizeMb: options.sizeMb,
    runs: options.runs,
    growthMb: growth,
    maxGrowthMb: Math.max(...growth),
    uploadMs: upload,
    sha256sumMs: hash,
    ratio: upload / hash,
    gcExposed,
  };
}
